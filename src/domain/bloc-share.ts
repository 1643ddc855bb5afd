import type { CountryFigure, FigureMeasure, Source } from './types';
import { sliceFor, yearsWithTotals } from './figures';

/** What a set of countries holds of one mineral and measure, against China and the world. */
export interface ShareRow {
  mineral: string;
  measure: FigureMeasure;
  year: number;
  unit: string;
  /** Sub-commodity where the source splits the measure (e.g. "palladium"), else null. */
  part: string | null;
  world: number;
  /** Sum over the set's countries that have a figure. */
  setTotal: number;
  /** Percent of the world total. */
  setShare: number;
  chinaShare: number | null;
  /** Percent of the world held by the three largest listed countries. */
  topThreeShare: number;
  topThree: string[];
  /** Herfindahl–Hirschman index over listed countries' percent shares (0–10,000). */
  hhi: number;
  /** Members of the set with a figure for this row. */
  countriesWithFigures: string[];
  estimated: boolean;
  /** The edition the world total comes from (e.g. "MCS 2026"). */
  edition: string;
  sources: readonly Source[];
}

/**
 * Share of world reserves or production that a set of countries holds for one mineral, in `year`
 * (the latest year with a world total when null or when that year has none), next to China's
 * share, the top-three concentration and the HHI.
 * Where the source splits a measure into sub-commodities, the first one is used and named. Only
 * countries the source lists count; the rest of the world is in the world total but unattributed,
 * so the HHI is a lower bound.
 */
export function shareOf(
  figures: readonly CountryFigure[],
  members: ReadonlySet<string>,
  mineral: string,
  measure: FigureMeasure,
  year: number | null = null,
): ShareRow | null {
  const slice = sliceFor(figures, mineral, measure, year);
  if (!slice) return null;
  const { world, listed } = slice;
  const percent = (value: number): number => (value / world.value) * 100;
  const inSet = listed.filter((figure) => members.has(figure.country));
  const setTotal = inSet.reduce((sum, figure) => sum + (figure.value ?? 0), 0);
  const china = listed.find((figure) => figure.country === 'CHN');
  const ranked = [...listed].sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const topThree = ranked.slice(0, 3);
  return {
    mineral,
    measure,
    year: world.year,
    unit: world.unit,
    part: slice.part,
    world: world.value,
    setTotal,
    setShare: percent(setTotal),
    chinaShare: china ? percent(china.value ?? 0) : null,
    topThreeShare: percent(topThree.reduce((sum, figure) => sum + (figure.value ?? 0), 0)),
    topThree: topThree.map((figure) => figure.country),
    hhi: Math.round(listed.reduce((sum, figure) => sum + percent(figure.value ?? 0) ** 2, 0)),
    countriesWithFigures: inSet.map((figure) => figure.country).sort(),
    estimated: world.estimated,
    edition: world.edition,
    sources: world.sources,
  };
}

/** One year of a share trend. */
export interface SharePoint {
  year: number;
  setShare: number;
  chinaShare: number | null;
  /** True when the year's world total is an estimate. */
  estimated: boolean;
  /** The edition the year's world total comes from. */
  edition: string;
}

/**
 * The set's and China's share of the world for every year with a world total in the same unit and
 * sub-commodity as the latest year (so the years compare), oldest first.
 */
export function shareTrend(
  figures: readonly CountryFigure[],
  members: ReadonlySet<string>,
  mineral: string,
  measure: FigureMeasure,
): SharePoint[] {
  const latest = shareOf(figures, members, mineral, measure);
  if (!latest) return [];
  return yearsWithTotals(figures, mineral, measure)
    .map((year) => ({ year, share: shareOf(figures, members, mineral, measure, year) }))
    .filter(
      (entry): entry is { year: number; share: ShareRow } =>
        entry.share !== null &&
        entry.share.year === entry.year &&
        entry.share.unit === latest.unit &&
        entry.share.part === latest.part,
    )
    .map(({ year, share }) => ({
      year,
      setShare: share.setShare,
      chinaShare: share.chinaShare,
      estimated: share.estimated,
      edition: share.edition,
    }));
}

/** Ownership of a set of sites: how many have owner data, and how many are owned from a country. */
export interface OwnershipSummary {
  sites: number;
  withOwners: number;
  ownedFrom: number;
}

/** Counts, among sites, those with owner data and those with an owner from `country`. */
export function ownershipOf(
  sites: readonly { ownerCountries: readonly string[]; hasOwners: boolean }[],
  country: string,
): OwnershipSummary {
  return {
    sites: sites.length,
    withOwners: sites.filter((site) => site.hasOwners).length,
    ownedFrom: sites.filter((site) => site.ownerCountries.includes(country)).length,
  };
}
