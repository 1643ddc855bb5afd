import type { StateCreator } from 'zustand/vanilla';
import { evaluate, type Evaluation } from '../domain/evaluate';
import { NO_FILTERS, type Filters } from '../domain/filters';
import { buildSiteIndex } from '../domain/site-index';
import type { AtlasState } from './store';

/** The reader's filters and their outcome (which sites pass, live counts per option). */
export interface FilterSlice {
  filters: Filters;
  /** Derived from `filters` and the data's index; recomputed only by the actions that change them. */
  evaluation: Evaluation;
  setFilters: (filters: Filters) => void;
  resetFilters: () => void;
}

/** Creates the filter slice. */
export const createFilterSlice: StateCreator<AtlasState, [], [], FilterSlice> = (set, get) => ({
  filters: NO_FILTERS,
  evaluation: evaluate(buildSiteIndex([], []), NO_FILTERS),
  setFilters: (filters) => set({ filters, evaluation: evaluate(get().index, filters) }),
  resetFilters: () => set({ filters: NO_FILTERS, evaluation: evaluate(get().index, NO_FILTERS) }),
});
