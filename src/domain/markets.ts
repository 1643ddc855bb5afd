/**
 * US market figures for a mineral from USGS MCS (price series, net import reliance, import
 * sources) and price floors, as `markets.json` ships them, with the pure helpers the mineral
 * panel uses. These are United States figures: the panel says so.
 */
import type { MarketKind } from './market-schema';
import type { Source } from './types';

/** One point of a market series: a year (or period) or, for import sources, a country. */
export interface MarketPoint {
  period: string;
  /** ISO3 for import sources and US rows; null for "Other countries" and combined rows. */
  country: string | null;
  /** The value, or null when the source shows none ("NA", "W", a bound such as ">95", "E"). */
  value: number | null;
  /** The value as printed. */
  text: string;
  estimated: boolean;
  /** What the source says beside the value (footnotes, "Other countries"), or ''. */
  note: string;
}

/** A series of one mineral, kind and description. */
export interface MarketSeries {
  mineral: string;
  kind: MarketKind;
  series: string;
  unit: string;
  /** The credit USGS gives a price (e.g. "Argus Media group, Argus Non-Ferrous Markets"), or ''. */
  assessor: string;
  edition: string;
  points: MarketPoint[];
  sources: Source[];
}

/** A price floor: a sourced guaranteed price for a series. */
export interface PriceFloor {
  mineral: string;
  /** Text that names the USGS price series it is drawn against. */
  seriesContains: string;
  value: number;
  unit: string;
  announced: string;
  description: string;
  sources: Source[];
  asOf: string;
}

/** `markets.json`. */
export interface MarketsFile {
  format: 'atlas-markets/1';
  series: MarketSeries[];
  floors: PriceFloor[];
}

/** The series of one mineral and kind, in the file's order. */
export function seriesOf(file: MarketsFile, mineral: string, kind: MarketKind): MarketSeries[] {
  return file.series.filter((s) => s.mineral === mineral && s.kind === kind);
}

/** The floors drawn against a price series (same mineral, unit, and the series names them). */
export function floorsFor(file: MarketsFile, series: MarketSeries): PriceFloor[] {
  return file.floors.filter(
    (f) =>
      f.mineral === series.mineral &&
      f.unit === series.unit &&
      series.series.includes(f.seriesContains),
  );
}

/** Short label of a price series: the text after the last ":" of the USGS description. */
export function seriesLabel(series: MarketSeries): string {
  const at = series.series.lastIndexOf(':');
  return at >= 0 ? series.series.slice(at + 1).trim() : series.series.replace(/^Price,\s*/, '');
}

/** The latest point with a printed value (the reliance a reader is told first). */
export function latestPoint(series: MarketSeries): MarketPoint | null {
  const printed = series.points.filter((p) => p.text !== '');
  return printed[printed.length - 1] ?? null;
}

/** Import sources ranked by share, "Other countries" last. */
export function rankedSources(series: MarketSeries): MarketPoint[] {
  return [...series.points].sort(
    (a, b) =>
      Number(a.country === null) - Number(b.country === null) || (b.value ?? 0) - (a.value ?? 0),
  );
}
