import { blocShading, figureShading, type Shading } from '../domain/shading';
import { depositPasses } from '../domain/deposit-filter';
import type { AtlasState } from './store';
import { toIndexableBloc } from '../domain/site-index';

/** The country shading the reader chose, for the map and the legend. */
export function selectShading(state: AtlasState): Shading | null {
  const { shading, filters } = state;
  if (shading === 'none') return null;
  if (shading === 'blocs') return blocShading(state.blocs, filters);
  const mineral = filters.minerals[0];
  const label = mineral ? (state.mineralsById.get(mineral)?.label ?? mineral) : '';
  return figureShading(state.figures, mineral, label, shading, state.figureYear);
}

/** 1 for each loaded deposit that passes the filters that apply to deposits. */
export function selectDepositPasses(state: AtlasState): Uint8Array {
  const deposits = state.deposits ?? [];
  return depositPasses(
    deposits.map((deposit) => deposit.properties),
    state.filters,
    state.blocs.map(toIndexableBloc),
  );
}
