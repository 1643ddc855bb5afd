import type { SharePoint } from '../domain/bloc-share';
import { FIGURE_YEARS, type FigureYear } from '../domain/figures';
import type { AtlasStore } from '../store/store';
import { element } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

/** A year as the tables write it: "2025e" when the world total is an estimate. */
export function yearLabel(point: Pick<SharePoint, 'year' | 'estimated'>): string {
  return `${point.year}${point.estimated ? 'e' : ''}`;
}

/** A share as text: "41%", "0.4%", or "not listed". */
export function percentText(value: number | null): string {
  return value === null
    ? 'not listed'
    : `${value < 1 && value > 0 ? value.toFixed(1) : Math.round(value)}%`;
}

/** "from 38% in 2023" when the figures go back before the year shown, else ''. */
export function changeText(
  points: readonly SharePoint[],
  shownYear: number,
  pick: (p: SharePoint) => number | null,
): string {
  const first = points[0];
  if (!first || first.year >= shownYear) return '';
  return `from ${percentText(pick(first))} in ${yearLabel(first)}`;
}

/** One line of the chart: a name, a CSS class and its value per point. */
export interface TrendSeries {
  name: string;
  className: string;
  values: readonly (number | null)[];
}

function svgNode(name: string, attributes: Record<string, string>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

const WIDTH = 280;
const HEIGHT = 130;
const PAD = { left: 40, right: 40, top: 12, bottom: 22 };

/** A horizontal reference line (e.g. a price floor) with its label. */
export interface ChartReference {
  value: number;
  /** Said in the chart's description. */
  label: string;
  /** Written at the line's right end. */
  short: string;
}

/** What {@link lineChart} draws. */
export interface LineChartSpec {
  title: string;
  /** Labels of the x positions (years), in order. */
  xLabels: readonly string[];
  series: readonly TrendSeries[];
  /** How a value is written (in the chart and its description). */
  format: (value: number) => string;
  reference?: ChartReference | undefined;
}

/** A nice upper bound for the y axis: 10, 20, 50, 100, 200, 500 … above `max`. */
export function axisTop(max: number): number {
  let step = 1;
  while (step * 10 < max) step *= 10;
  return [1, 2, 5, 10].map((k) => k * step).find((v) => v >= max) ?? step * 10;
}

/**
 * A small line chart with every number written as text in the chart and in its accessible
 * description, so a screen-reader user hears the same numbers a sighted reader sees.
 */
export function lineChart(spec: LineChartSpec): SVGElement {
  const values = spec.series.flatMap((s) => s.values.map((v) => v ?? 0));
  const top = axisTop(Math.max(1, ...values, spec.reference?.value ?? 0));
  const n = spec.xLabels.length;
  const x = (i: number): number =>
    PAD.left + (n < 2 ? 0 : (i / (n - 1)) * (WIDTH - PAD.left - PAD.right));
  const y = (v: number): number => PAD.top + (1 - v / top) * (HEIGHT - PAD.top - PAD.bottom);
  const text = (v: number | null): string => (v === null ? 'no figure' : spec.format(v));
  const described = spec.series
    .map(
      (s) =>
        `${s.name}: ${spec.xLabels.map((l, i) => `${l} ${text(s.values[i] ?? null)}`).join(', ')}`,
    )
    .concat(spec.reference ? [spec.reference.label] : [])
    .join('; ');
  const label = `${spec.title}. ${described}.`;
  const root = svgNode('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    width: String(WIDTH),
    height: String(HEIGHT),
    role: 'img',
    class: 'trend-chart',
    'aria-label': label,
  });
  root.append(svgNode('title', {}, label));
  const axis = { x1: String(PAD.left), x2: String(WIDTH - PAD.right) };
  root.append(
    svgNode('line', { ...axis, y1: String(y(0)), y2: String(y(0)), class: 'trend-axis' }),
    svgNode('text', { x: '2', y: String(y(top) + 4), class: 'trend-tick' }, spec.format(top)),
    svgNode('text', { x: '2', y: String(y(0) + 4), class: 'trend-tick' }, spec.format(0)),
  );
  spec.xLabels.forEach((l, i) =>
    root.append(
      svgNode(
        'text',
        { x: String(x(i)), y: String(HEIGHT - 4), class: 'trend-tick', 'text-anchor': 'middle' },
        l,
      ),
    ),
  );
  if (spec.reference) {
    const ry = String(y(spec.reference.value));
    root.append(
      svgNode('line', { ...axis, y1: ry, y2: ry, class: 'trend-reference' }),
      svgNode(
        'text',
        {
          x: String(WIDTH - 2),
          y: String(y(spec.reference.value) + 3),
          class: 'trend-tick',
          'text-anchor': 'end',
        },
        spec.reference.short,
      ),
    );
  }
  for (const s of spec.series) {
    const coords = s.values
      .map((v, i) => (v === null ? null : `${x(i)},${y(v)}`))
      .filter((c): c is string => c !== null);
    root.append(
      svgNode('polyline', { points: coords.join(' '), class: `trend-line ${s.className}` }),
    );
    s.values.forEach((v, i) => {
      if (v === null) return;
      root.append(
        svgNode('circle', { cx: String(x(i)), cy: String(y(v)), r: '2.5', class: s.className }),
        svgNode(
          'text',
          { x: String(x(i) + 4), y: String(y(v) - 4), class: `trend-value ${s.className}` },
          spec.format(v),
        ),
      );
    });
  }
  return root;
}

/** Shares over the years (see {@link lineChart}). */
export function trendChart(
  title: string,
  points: readonly SharePoint[],
  series: readonly TrendSeries[],
): SVGElement {
  return lineChart({
    title,
    xLabels: points.map(yearLabel),
    series,
    format: (v) => percentText(v),
  });
}

/** The year control: latest figures or one year, written to the link. */
export function yearControl(store: AtlasStore): { node: HTMLElement; sync: () => void } {
  const select = element('select', { attributes: { id: 'figure-year' } }, [
    element('option', { text: 'Latest with figures', attributes: { value: '' } }),
    ...[...FIGURE_YEARS]
      .reverse()
      .map((year) =>
        element('option', { text: String(year), attributes: { value: String(year) } }),
      ),
  ]);
  select.addEventListener('change', () => {
    const year = Number(select.value);
    store.getState().setFigureYear(select.value === '' ? null : (year as FigureYear));
  });
  const sync = (): void => {
    select.value = String(store.getState().figureYear ?? '');
  };
  sync();
  const node = element('p', { className: 'year-control' }, [
    element('label', { text: 'Year of the figures ', attributes: { for: 'figure-year' } }),
    select,
  ]);
  return { node, sync };
}
