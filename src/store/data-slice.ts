import type { StateCreator } from 'zustand/vanilla';
import type { AtlasFeature, FacilityProperties } from '../domain/types';
import type { AtlasState } from './store';

/** A facility as the app holds it: a point feature from `facilities.geojson`. */
export type Facility = AtlasFeature<FacilityProperties>;

/** Where loading the atlas data stands. */
export type DataStatus = 'loading' | 'ready' | 'error';

/** Loaded data and its loading state. */
export interface DataSlice {
  dataStatus: DataStatus;
  dataError: string | null;
  facilities: readonly Facility[];
  /** Facilities by id, built once per load. */
  facilitiesById: ReadonlyMap<string, Facility>;
  setDataLoading: () => void;
  setFacilities: (facilities: readonly Facility[]) => void;
  setDataError: (message: string) => void;
}

/** Creates the data slice. */
export const createDataSlice: StateCreator<AtlasState, [], [], DataSlice> = (set) => ({
  dataStatus: 'loading',
  dataError: null,
  facilities: [],
  facilitiesById: new Map(),
  setDataLoading: () => set({ dataStatus: 'loading', dataError: null }),
  setFacilities: (facilities) =>
    set({
      dataStatus: 'ready',
      dataError: null,
      facilities,
      facilitiesById: new Map(facilities.map((facility) => [facility.id, facility])),
    }),
  setDataError: (message) => set({ dataStatus: 'error', dataError: message }),
});
