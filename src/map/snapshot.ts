import type { Map as MapLibreMap } from 'maplibre-gl';

/** Text burned into a map picture, top to bottom: title, filters, legend lines, date and sources. */
export interface SnapshotText {
  title: string;
  lines: readonly string[];
  footer: string;
}

const PADDING = 12;
const LINE = 18;

/**
 * Draws the map (MapLibre's canvas, read inside its own render event, then deck.gl's canvas,
 * which keeps its drawing buffer) onto one picture with a text panel below it, as a PNG data URL.
 */
export function takeSnapshot(
  map: MapLibreMap,
  container: HTMLElement,
  text: SnapshotText,
): Promise<string> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        const base = map.getCanvas();
        const width = base.width;
        const scale = width / Math.max(1, base.clientWidth);
        const lines = [text.title, ...text.lines, text.footer];
        const panel = Math.round((PADDING * 2 + lines.length * LINE) * scale);
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = base.height + panel;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('No 2D canvas');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(base, 0, 0);
        for (const overlay of container.querySelectorAll('canvas')) {
          if (overlay !== base && overlay.width > 0)
            context.drawImage(overlay, 0, 0, base.width, base.height);
        }
        context.scale(scale, scale);
        context.fillStyle = '#1f1f1c';
        lines.forEach((line, index) => {
          context.font =
            index === 0 ? '600 15px "Noto Sans", sans-serif' : '12px "Noto Sans", sans-serif';
          context.fillText(
            line,
            PADDING,
            base.height / scale + PADDING + (index + 0.8) * LINE,
            width / scale - 2 * PADDING,
          );
        });
        resolve(canvas.toDataURL('image/png'));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    map.triggerRepaint();
  });
}
