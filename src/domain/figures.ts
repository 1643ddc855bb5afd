import type { CountryFigure, FigureMeasure } from './types';

/** The first `;`-separated part of a figure's note: how the sources name a sub-commodity. */
export function noteHead(figure: CountryFigure): string {
  return (figure.note ?? '').split(';')[0]?.trim() ?? '';
}

/** One comparable slice of the figures: a world total and the country rows measured like it. */
export interface FigureSlice {
  world: CountryFigure & { value: number };
  /** Sub-commodity where the source splits the measure (palladium, platinum), else null. */
  part: string | null;
  /** Country rows of the same year, unit and sub-commodity (never the world row). */
  listed: CountryFigure[];
}

/**
 * The latest year with a world total for a mineral and measure, and the country rows that can be
 * compared with it. Where the source splits the measure into sub-commodities, the first one is
 * used and named, so rows are never summed across sub-commodities.
 */
export function latestSlice(
  figures: readonly CountryFigure[],
  mineral: string,
  measure: FigureMeasure,
): FigureSlice | null {
  const rows = figures.filter(
    (figure) => figure.mineral === mineral && figure.measure === measure && figure.value !== null,
  );
  const worlds = rows
    .filter((figure) => figure.country === 'WLD')
    .sort((a, b) => b.year - a.year || noteHead(a).localeCompare(noteHead(b)));
  const world = worlds[0];
  if (!world?.value) return null;
  const split = worlds.filter((figure) => figure.year === world.year).length > 1;
  const part = split ? noteHead(world) : '';
  const listed = rows.filter(
    (figure) =>
      figure.country !== 'WLD' &&
      figure.year === world.year &&
      figure.unit === world.unit &&
      (!split || noteHead(figure) === part),
  );
  return { world: world as CountryFigure & { value: number }, part: part || null, listed };
}
