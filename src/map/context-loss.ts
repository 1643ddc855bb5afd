import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';

/**
 * Gives the deck.gl overlay a fresh WebGL context after a context loss.
 *
 * MapLibre restores its own context (it listens for `webglcontextrestored` and rebuilds its GPU
 * state), but deck.gl 9 / luma.gl 9 do not: once their context is lost every buffer, texture and
 * program they hold is dead, and restoring the same canvas does not bring them back. So the
 * non-interleaved overlay is taken off the map and added again, which finalizes the old Deck and
 * creates a new one (new canvas, new device) with the same props and callbacks. The caller then
 * hands it freshly built layers: layer instances that lived in the old Deck are not reused.
 */
export function recreateDeckOverlay(map: MapLibreMap, overlay: MapboxOverlay): void {
  // Let the old Deck drop its layers before it is finalized; on a lost context these are no-ops.
  overlay.setProps({ layers: [] });
  if (map.hasControl(overlay)) map.removeControl(overlay);
  map.addControl(overlay);
}

/**
 * Watches deck.gl's own canvas, whose context can be lost on its own (a browser that runs out of
 * WebGL contexts evicts the oldest one). Calls `lost` when it goes and `restored` when the browser
 * offers it back; the caller should then {@link recreateDeckOverlay} and re-render the layers.
 * Returns a function that stops watching (call it before recreating: the canvas is replaced).
 */
export function watchDeckCanvas(
  overlay: MapboxOverlay,
  handlers: { lost: () => void; restored: () => void },
): () => void {
  const canvas = overlay.getCanvas();
  if (!canvas) return () => undefined;
  const onLost = (event: Event): void => {
    event.preventDefault(); // Without this the browser never offers the context back.
    handlers.lost();
  };
  const onRestored = (): void => handlers.restored();
  canvas.addEventListener('webglcontextlost', onLost);
  canvas.addEventListener('webglcontextrestored', onRestored);
  return () => {
    canvas.removeEventListener('webglcontextlost', onLost);
    canvas.removeEventListener('webglcontextrestored', onRestored);
  };
}
