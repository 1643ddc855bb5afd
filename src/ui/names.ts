import type { AtlasState } from '../store/store';
import type { Names } from '../domain/describe';
import type { StatusOption } from '../domain/filters';
import type { Stage } from '../domain/types';
import { STAGE_LABELS } from '../symbols/symbology';
import { STATUS_LABELS } from './labels';

/** Readable names for the ids in a state, as the view description and exports use them. */
export function namesOf(state: AtlasState): Names {
  const blocs = new Map(state.blocs.map((bloc) => [bloc.id, bloc.shortName || bloc.name]));
  return {
    mineral: (id) => (state.mineralsById.get(id)?.label ?? id).toLowerCase(),
    bloc: (id) => blocs.get(id) ?? id,
    country: (iso3) => state.countryNames.get(iso3) ?? iso3,
    stage: (id) => STAGE_LABELS[id as Stage] ?? id,
    status: (id) => STATUS_LABELS[id as StatusOption] ?? id,
  };
}
