import { createStore, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { createDataSlice, type DataSlice } from './data-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createFilterSlice, type FilterSlice } from './filter-slice';
import { createLayerSlice, type LayerSlice } from './layer-slice';
import { createLinkSlice, type LinkSlice } from './link-slice';
import type { Facility } from './data-slice';

/** The whole app state: the only channel between the map and the UI. */
export type AtlasState = DataSlice &
  FilterSlice &
  LayerSlice &
  LinkSlice &
  SelectionSlice &
  ViewSlice;

/** The store type, with `subscribe(selector, listener)` for per-slice listeners. */
export type AtlasStore = ReturnType<typeof createAtlasStore>;

/** Creates a fresh store; tests create one each, the app one at start-up. */
export function createAtlasStore(initial: Partial<AtlasState> = {}) {
  return createStore<AtlasState>()(
    subscribeWithSelector((...args) => ({
      ...createDataSlice(...args),
      ...createFilterSlice(...args),
      ...createLayerSlice(...args),
      ...createLinkSlice(...args),
      ...createSelectionSlice(...args),
      ...createViewSlice(...args),
      ...initial,
    })),
  );
}

/** The selected facility, or undefined. */
export function selectSelectedFacility(state: AtlasState) {
  return state.selectedId === null ? undefined : state.facilitiesById.get(state.selectedId);
}

export type { StoreApi };

/** The facilities that pass the current filters, in data order. */
export function selectShownFacilities(state: AtlasState): Facility[] {
  const { passes } = state.evaluation;
  return state.facilities.filter((_facility, row) => passes[row] === 1);
}
