import type { CountryFigure, FigureMeasure } from './types';

/** The years the figures cover (MCS 2025's 2023 column, MCS 2026's 2024 and 2025). */
export const FIGURE_YEARS = [2023, 2024, 2025] as const;
export type FigureYear = (typeof FIGURE_YEARS)[number];

/** True for a year of {@link FIGURE_YEARS}. */
export function isFigureYear(value: unknown): value is FigureYear {
  return FIGURE_YEARS.includes(value as FigureYear);
}

/** One comparable slice of the figures: a world total and the country rows measured like it. */
export interface FigureSlice {
  world: CountryFigure & { value: number };
  /** Sub-commodity where the source splits the measure (palladium, platinum), else null. */
  part: string | null;
  /** Country rows of the same year, unit and sub-commodity (never the world row). */
  listed: CountryFigure[];
}

/** Rows of one mineral and measure that have a value. */
function valued(
  figures: readonly CountryFigure[],
  mineral: string,
  measure: FigureMeasure,
): CountryFigure[] {
  return figures.filter(
    (figure) => figure.mineral === mineral && figure.measure === measure && figure.value !== null,
  );
}

/**
 * The sub-commodity shown for a mineral and measure: none when the source has an undivided
 * world total, else the first part by name (palladium before platinum), so rows are never summed
 * across sub-commodities.
 */
export function shownPart(worlds: readonly CountryFigure[]): string | null {
  if (worlds.some((figure) => figure.part === null)) return null;
  return [...worlds].map((figure) => figure.part ?? '').sort()[0] ?? null;
}

/**
 * The world total and comparable country rows for a mineral and measure in `year` (the latest
 * year with a world total when `year` is null, or when that year has none: the caller compares
 * `world.year` with the year asked for and says so).
 */
export function sliceFor(
  figures: readonly CountryFigure[],
  mineral: string,
  measure: FigureMeasure,
  year: number | null = null,
): FigureSlice | null {
  const rows = valued(figures, mineral, measure);
  const worlds = rows.filter((figure) => figure.country === 'WLD' && figure.value !== 0);
  const years = [...new Set(worlds.map((figure) => figure.year))].sort((a, b) => b - a);
  const shownYear = year !== null && years.includes(year) ? year : years[0];
  if (shownYear === undefined) return null;
  const ofYear = worlds.filter((figure) => figure.year === shownYear);
  const part = shownPart(ofYear);
  const world = ofYear.find((figure) => figure.part === part);
  if (!world) return null;
  const listed = rows.filter(
    (figure) =>
      figure.country !== 'WLD' &&
      figure.year === shownYear &&
      figure.unit === world.unit &&
      figure.part === part,
  );
  return { world: world as CountryFigure & { value: number }, part, listed };
}

/** The years with a world total for a mineral and measure, oldest first. */
export function yearsWithTotals(
  figures: readonly CountryFigure[],
  mineral: string,
  measure: FigureMeasure,
): number[] {
  const years = valued(figures, mineral, measure)
    .filter((figure) => figure.country === 'WLD')
    .map((figure) => figure.year);
  return [...new Set(years)].sort((a, b) => a - b);
}
