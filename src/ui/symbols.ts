import type { MineralGroup, Stage } from '../domain/types';
import { GROUP_COLORS, STAGE_SHAPES } from '../symbols/symbology';

const SVG = 'http://www.w3.org/2000/svg';

function svg(size: number): SVGSVGElement {
  const root = document.createElementNS(SVG, 'svg');
  root.setAttribute('width', String(size));
  root.setAttribute('height', String(size));
  root.setAttribute('viewBox', '0 0 24 24');
  root.setAttribute('aria-hidden', 'true');
  root.setAttribute('class', 'symbol');
  return root;
}

/** A small square swatch of a mineral group's colour (decorative: the label names it). */
export function groupSwatch(group: MineralGroup, size = 14): SVGSVGElement {
  return colourSwatch(GROUP_COLORS[group], size);
}

/** A small square swatch of any colour (decorative). */
export function colourSwatch(colour: string, size = 14): SVGSVGElement {
  const root = svg(size);
  const square = document.createElementNS(SVG, 'rect');
  square.setAttribute('x', '2');
  square.setAttribute('y', '2');
  square.setAttribute('width', '20');
  square.setAttribute('height', '20');
  square.setAttribute('rx', '4');
  square.setAttribute('fill', colour);
  square.setAttribute('class', 'symbol-outline');
  root.append(square);
  return root;
}

/** The shape a stage is drawn with on the map, in a neutral colour (decorative). */
export function stageShape(stage: Stage, size = 14): SVGSVGElement {
  const root = svg(size);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', STAGE_SHAPES[stage]);
  path.setAttribute('class', 'symbol-shape');
  root.append(path);
  return root;
}

/** A small translucent dot, as deposits are drawn (decorative). */
export function smallDot(size = 14): SVGSVGElement {
  const root = svg(size);
  const dot = document.createElementNS(SVG, 'circle');
  dot.setAttribute('cx', '12');
  dot.setAttribute('cy', '12');
  dot.setAttribute('r', '5');
  dot.setAttribute('class', 'symbol-dot');
  root.append(dot);
  return root;
}

/** A dashed stroke, as corridors are drawn (decorative). */
export function dashedLine(size = 14): SVGSVGElement {
  const root = svg(size);
  const line = document.createElementNS(SVG, 'path');
  line.setAttribute('d', 'M2 12H22');
  line.setAttribute('class', 'symbol-corridor');
  root.append(line);
  return root;
}
