import type { MineralGroup, Stage } from '../domain/types';
import type { OwnerCategory } from '../symbols/symbology';
import { GROUP_COLORS, OWNER_COLORS, STAGE_SHAPES } from '../symbols/symbology';

/** Pixel size of one icon cell in the atlas (drawn at twice the display size for sharpness). */
const CELL = 32;

/** Where one icon sits in the atlas, in deck.gl's IconLayer mapping format. */
export interface IconPlacement {
  x: number;
  y: number;
  width: number;
  height: number;
  anchorX: number;
  anchorY: number;
  mask: boolean;
}

/** A generated icon atlas: one icon per stage shape and mineral-group colour. */
export interface IconAtlas {
  /**
   * The atlas canvas itself: deck.gl uploads it as a texture directly, so no `data:` URL has to
   * be fetched (which a strict `connect-src 'self'` policy would block).
   */
  image: HTMLCanvasElement;
  mapping: Record<string, IconPlacement>;
}

/** Name of the icon for a stage and a mineral group. */
export function iconName(stage: Stage, group: MineralGroup | OwnerCategory): string {
  return `${stage}:${group}`;
}

/**
 * Draws every stage shape in every group colour with an outline in the theme's outline colour, on
 * a canvas (no image file, no network). Rebuilt when the theme changes.
 */
export function buildIconAtlas(outline: string): IconAtlas {
  const stages = Object.keys(STAGE_SHAPES) as Stage[];
  const palette: Record<string, string> = { ...GROUP_COLORS, ...OWNER_COLORS };
  const groups = Object.keys(palette);
  const canvas = document.createElement('canvas');
  canvas.width = CELL * groups.length;
  canvas.height = CELL * stages.length;
  const context = canvas.getContext('2d');
  const mapping: Record<string, IconPlacement> = {};
  stages.forEach((stage, row) => {
    const path = new Path2D(STAGE_SHAPES[stage]);
    groups.forEach((group, column) => {
      const x = column * CELL;
      const y = row * CELL;
      if (context) {
        context.save();
        context.translate(x + 2, y + 2);
        context.scale((CELL - 4) / 24, (CELL - 4) / 24);
        context.fillStyle = palette[group] ?? '#808080';
        context.strokeStyle = outline;
        context.lineWidth = 2.2;
        context.lineJoin = 'round';
        context.fill(path);
        context.stroke(path);
        context.restore();
      }
      mapping[`${stage}:${group}`] = {
        x,
        y,
        width: CELL,
        height: CELL,
        anchorX: CELL / 2,
        anchorY: CELL / 2,
        mask: false,
      };
    });
  });
  return { image: canvas, mapping };
}
