import type { Filters } from './filters';
import type { IndexableBloc, IndexableSite } from './site-index';

/**
 * The filter rules written plainly, one site at a time: the specification that the bit-set
 * evaluator is property-tested against, and the rule end-to-end tests check the map with.
 */
export function siteMatches(
  site: IndexableSite,
  filters: Filters,
  blocs: readonly IndexableBloc[],
  skip?: 'minerals' | 'blocs' | 'stages' | 'statuses' | 'countries',
): boolean {
  if (skip !== 'minerals' && filters.minerals.length > 0) {
    const minerals = filters.byproducts ? site.minerals : site.mainMinerals;
    if (!minerals.some((mineral) => filters.minerals.includes(mineral))) return false;
  }
  if (skip !== 'stages' && filters.stages.length > 0) {
    if (!site.stages.some((stage) => filters.stages.includes(stage))) return false;
  }
  if (skip !== 'statuses' && filters.statuses.length > 0) {
    if (!filters.statuses.includes(site.status ?? 'unknown')) return false;
  }
  if (skip !== 'countries' && filters.countries.length > 0) {
    if (!filters.countries.includes(site.country)) return false;
  }
  if (skip !== 'blocs' && filters.blocs.length > 0) {
    const countries = filters.blocMode === 'located' ? [site.country] : site.ownerCountries;
    const inBloc = (id: string): boolean => {
      const bloc = blocs.find((candidate) => candidate.id === id);
      return Boolean(bloc && countries.some((country) => bloc.members.includes(country)));
    };
    const matched =
      filters.blocMatch === 'all' ? filters.blocs.every(inBloc) : filters.blocs.some(inBloc);
    if (!matched) return false;
  }
  return true;
}
