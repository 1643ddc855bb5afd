import type { Filters } from './filters';
import type { IndexableBloc } from './site-index';

/** What the deposit filter needs of a deposit. */
export interface FilterableDeposit {
  minerals: readonly string[];
  country: string | null;
}

/**
 * Which deposits pass the filters that apply to them: mineral, country, and bloc by location
 * (deposits have no stage, status or owners, so those filters leave them alone).
 */
export function depositPasses(
  deposits: readonly FilterableDeposit[],
  filters: Filters,
  blocs: readonly IndexableBloc[],
): Uint8Array {
  const passes = new Uint8Array(deposits.length);
  const minerals = new Set(filters.minerals);
  const countries = new Set(filters.countries);
  const chosen = blocs
    .filter((bloc) => filters.blocs.includes(bloc.id))
    .map((bloc) => new Set(bloc.members));
  const useBlocs = filters.blocs.length > 0 && filters.blocMode === 'located';
  deposits.forEach((deposit, row) => {
    if (minerals.size > 0 && !deposit.minerals.some((mineral) => minerals.has(mineral))) return;
    if (countries.size > 0 && !(deposit.country && countries.has(deposit.country))) return;
    if (useBlocs) {
      const country = deposit.country ?? '';
      const inBloc = (members: Set<string>): boolean => members.has(country);
      const matched =
        filters.blocMatch === 'all'
          ? chosen.every(inBloc) && chosen.length === filters.blocs.length
          : chosen.some(inBloc);
      if (!matched) return;
    }
    passes[row] = 1;
  });
  return passes;
}
