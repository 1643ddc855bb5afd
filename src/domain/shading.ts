import type { Bloc, CountryFigure, FigureMeasure } from './types';
import type { Filters } from './filters';
import { sliceFor } from './figures';

/** One legend row of a country shading. */
export interface ShadingClass {
  label: string;
  colour: string;
}

/** Country colours for the map plus what the legend must say about them. */
export interface Shading {
  /** Fill colour per ISO3 country; countries not listed are not shaded. */
  colours: ReadonlyMap<string, string>;
  classes: readonly ShadingClass[];
  /** One line saying what is shaded (or why nothing is). */
  caption: string;
  /** Citation of the figures, when a figure is shaded. */
  source: string | null;
}

/** Tint of bloc members. */
export const BLOC_TINT = '#b8a26e';

/** Viridis, light to dark: colour-blind safe and readable in both themes. */
export const SHARE_COLOURS = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'] as const;

/** Colour of countries whose source figure is zero (listed, but producing or holding none). */
export const ZERO_COLOUR = '#cfcfcf';

/** Upper bounds (exclusive) of the share classes, in percent of the world. */
export const SHARE_BREAKS = [1, 5, 15, 35] as const;

const MEASURE_WORDS: Record<FigureMeasure, string> = {
  reserves: 'reserves',
  'mine-production': 'mine production',
  'refinery-production': 'refinery production',
};

/** The class colour of a share of the world, in percent. */
export function shareColour(percent: number): string {
  const position = SHARE_BREAKS.findIndex((limit) => percent < limit);
  return SHARE_COLOURS[position === -1 ? SHARE_COLOURS.length - 1 : position] ?? SHARE_COLOURS[0];
}

/** Shades the members of the selected blocs (any or all of them, as the filters say). */
export function blocShading(blocs: readonly Bloc[], filters: Filters): Shading {
  const chosen = blocs.filter((bloc) => filters.blocs.includes(bloc.id));
  if (chosen.length === 0) {
    return {
      colours: new Map(),
      classes: [],
      caption: 'Select a bloc to shade its member countries.',
      source: null,
    };
  }
  const memberships = new Map<string, number>();
  for (const bloc of chosen) {
    for (const member of bloc.members)
      memberships.set(member.country, (memberships.get(member.country) ?? 0) + 1);
  }
  const needed = filters.blocMatch === 'all' ? chosen.length : 1;
  const colours = new Map<string, string>();
  for (const [country, count] of memberships) if (count >= needed) colours.set(country, BLOC_TINT);
  const names = chosen
    .map((bloc) => bloc.shortName || bloc.name)
    .join(filters.blocMatch === 'all' ? ' and ' : ' or ');
  return {
    colours,
    classes: [{ label: `Member of ${names}`, colour: BLOC_TINT }],
    caption: `${colours.size} countries in ${names}.`,
    source: null,
  };
}

/**
 * Shades countries by their share of the world figure for one mineral and measure in `year` (the
 * latest year with a world total when null, or when that year has none: the caption says so). Where the source splits a measure into sub-commodities (palladium and
 * platinum), the first is shown and named: rows are never summed across sub-commodities.
 */
export function figureShading(
  figures: readonly CountryFigure[],
  mineral: string | undefined,
  mineralLabel: string,
  measure: FigureMeasure,
  year: number | null = null,
): Shading {
  const empty = (caption: string): Shading => ({
    colours: new Map(),
    classes: [],
    caption,
    source: null,
  });
  if (!mineral)
    return empty(`Select a mineral to shade countries by its ${MEASURE_WORDS[measure]}.`);
  const slice = sliceFor(figures, mineral, measure, year);
  if (!slice) return empty(`No sourced ${MEASURE_WORDS[measure]} figures for ${mineralLabel}.`);
  const { world, listed } = slice;
  const part = slice.part ?? '';
  const colours = new Map<string, string>();
  for (const figure of listed) {
    const value = figure.value ?? 0;
    colours.set(
      figure.country,
      value === 0 ? ZERO_COLOUR : shareColour((value / world.value) * 100),
    );
  }
  const bounds = [0, ...SHARE_BREAKS];
  const shareClasses = SHARE_COLOURS.map((colour, position) => ({
    colour,
    label:
      position === SHARE_COLOURS.length - 1
        ? `${bounds[position]}% of world or more`
        : `${bounds[position]}–${bounds[position + 1]}% of world`,
  }));
  const classes = [{ colour: ZERO_COLOUR, label: 'Listed with zero' }, ...shareClasses];
  const subject = part ? `${mineralLabel} (${part})` : mineralLabel;
  return {
    colours,
    classes,
    caption: `${year !== null && year !== world.year ? `No ${year} figures; showing ${world.year}. ` : ''}${subject} ${MEASURE_WORDS[measure]}, ${world.year}${world.estimated ? ' (estimated)' : ''}, share of world total ${world.value.toLocaleString('en')} ${world.unit} (${world.edition}). Unshaded: no figure given.`,
    source: world.sources[0]?.citation ?? null,
  };
}
