import { STAGES, STATUSES, type FacilityStatus, type Stage } from './vocabulary';

export { STAGES };

/** A status filter option: a status, or `unknown` for sites whose source gives none. */
export type StatusOption = FacilityStatus | 'unknown';

/** Every status option, in the order the UI lists them. */
export const STATUS_OPTIONS: readonly StatusOption[] = [...STATUSES, 'unknown'];

/** Whether blocs select sites by where they are or by who owns them. */
export type BlocMode = 'located' | 'controlled';

/** Whether a site must match any or all selected blocs. */
export type BlocMatch = 'any' | 'all';

/**
 * The reader's filters. Within a group the options combine with OR (any selected mineral); groups
 * combine with AND. An empty group means "no filter". Arrays are kept sorted and unique so that
 * equal filters are equal values (and serialise to equal URLs).
 */
export interface Filters {
  minerals: readonly string[];
  /** Match by-product minerals too (by default only primary and secondary minerals match). */
  byproducts: boolean;
  blocs: readonly string[];
  blocMode: BlocMode;
  blocMatch: BlocMatch;
  stages: readonly Stage[];
  statuses: readonly StatusOption[];
  countries: readonly string[];
}

/** No filter at all: every site is shown. */
export const NO_FILTERS: Filters = {
  minerals: [],
  byproducts: false,
  blocs: [],
  blocMode: 'located',
  blocMatch: 'any',
  stages: [],
  statuses: [],
  countries: [],
};

/** The filter groups that have options with counts. */
export type FacetGroup = 'minerals' | 'blocs' | 'stages' | 'statuses' | 'countries';

/** Sorted, de-duplicated copy of a list of option ids. */
export function normaliseOptions<T extends string>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort();
}

/** Adds or removes one option of a group, keeping the list normalised. */
export function toggleOption<T extends string>(values: readonly T[], value: T, on: boolean): T[] {
  const next = new Set(values);
  if (on) next.add(value);
  else next.delete(value);
  return normaliseOptions(next);
}

/** True when no group filters anything. */
export function isUnfiltered(filters: Filters): boolean {
  return (
    filters.minerals.length === 0 &&
    filters.blocs.length === 0 &&
    filters.stages.length === 0 &&
    filters.statuses.length === 0 &&
    filters.countries.length === 0
  );
}
