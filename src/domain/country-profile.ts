import type { Bloc, CountryFigure, FigureMeasure } from './types';

/** A country's membership of one bloc, with its date and role where sourced. */
export interface Membership {
  blocId: string;
  bloc: string;
  role: string;
  joined: string | null;
}

/** The blocs a country belongs to, earliest known date first (undated last). */
export function membershipsOf(blocs: readonly Bloc[], iso3: string): Membership[] {
  return blocs
    .flatMap((bloc) =>
      bloc.members
        .filter((member) => member.country === iso3)
        .map((member) => ({
          blocId: bloc.id,
          bloc: bloc.shortName || bloc.name,
          role: member.role,
          joined: member.joined ?? bloc.founded,
        })),
    )
    .sort(
      (a, b) =>
        (a.joined ?? '9999').localeCompare(b.joined ?? '9999') || a.bloc.localeCompare(b.bloc),
    );
}

/** A country's figure for one mineral and measure, with its share of the world. */
export interface CountryFigureRow {
  mineral: string;
  measure: FigureMeasure;
  year: number;
  value: number;
  unit: string;
  note: string | null;
  /** Sub-commodity where the source splits the measure (e.g. "palladium"), else null. */
  part: string | null;
  worldShare: number | null;
  estimated: boolean;
}

/** A country's latest figures per mineral and measure (one row per sub-commodity), with world shares. */
export function figuresOf(figures: readonly CountryFigure[], iso3: string): CountryFigureRow[] {
  const latest = new Map<string, CountryFigure>();
  for (const figure of figures) {
    if (figure.country !== iso3 || figure.value === null) continue;
    const key = `${figure.mineral}|${figure.measure}|${figure.part ?? ''}`;
    const current = latest.get(key);
    if (!current || figure.year > current.year) latest.set(key, figure);
  }
  return [...latest.values()]
    .map((figure) => {
      const world = figures.find(
        (candidate) =>
          candidate.country === 'WLD' &&
          candidate.mineral === figure.mineral &&
          candidate.measure === figure.measure &&
          candidate.year === figure.year &&
          candidate.unit === figure.unit &&
          candidate.part === figure.part,
      );
      return {
        mineral: figure.mineral,
        measure: figure.measure,
        year: figure.year,
        value: figure.value ?? 0,
        unit: figure.unit,
        note: figure.note,
        part: figure.part,
        worldShare: world?.value ? ((figure.value ?? 0) / world.value) * 100 : null,
        estimated: figure.estimated,
      };
    })
    .sort(
      (a, b) =>
        a.mineral.localeCompare(b.mineral) ||
        a.measure.localeCompare(b.measure) ||
        (a.part ?? '').localeCompare(b.part ?? ''),
    );
}
