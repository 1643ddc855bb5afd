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

/** A decorative symbol: one SVG element with `attributes` in a square of `size` pixels. */
function symbol(size: number, tag: string, attributes: Record<string, string>): SVGSVGElement {
  const root = svg(size);
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  root.append(node);
  return root;
}

/** The shape a stage is drawn with on the map, in a neutral colour (decorative). */
export function stageShape(stage: Stage, size = 14): SVGSVGElement {
  return symbol(size, 'path', { d: STAGE_SHAPES[stage], class: 'symbol-shape' });
}

/** A small translucent dot, as deposits are drawn (decorative). */
export function smallDot(size = 14): SVGSVGElement {
  return symbol(size, 'circle', { cx: '12', cy: '12', r: '5', class: 'symbol-dot' });
}

/** A dashed stroke, as corridors are drawn (decorative). */
export function dashedLine(size = 14): SVGSVGElement {
  return symbol(size, 'path', { d: 'M2 12H22', class: 'symbol-corridor' });
}
