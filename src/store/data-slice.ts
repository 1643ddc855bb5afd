import type { StateCreator } from 'zustand/vanilla';
import type {
  AtlasFeature,
  Bloc,
  CountryEntry,
  CountryFigure,
  FacilityProperties,
  MetaFile,
  MineralEntry,
} from '../domain/types';
import {
  buildSiteIndex,
  toIndexableBloc,
  toIndexableSite,
  type SiteIndex,
} from '../domain/site-index';
import { mergeDetails, type FacilityDetails } from '../domain/sites-file';
import type { AtlasState } from './store';
import { evaluate } from '../domain/evaluate';

/**
 * A facility as the app holds it: a point feature with the properties of `facilities.geojson`.
 * Until the details are loaded (see `detailsStatus`), `sources` and `groupNames` are empty and
 * `note` is absent.
 */
export type Facility = AtlasFeature<FacilityProperties>;

/** Where loading the atlas data stands. */
export type DataStatus = 'loading' | 'ready' | 'error';

/** Where loading the facilities' details (sources, notes, other names) stands. */
export type DetailsStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Starts loading the facilities' details, or joins the load under way; resolves when it ends. */
export type DetailsLoader = () => Promise<void>;

/** Everything the app loads at start-up. */
export interface AtlasData {
  facilities: readonly Facility[];
  blocs: readonly Bloc[];
  countries: readonly CountryEntry[];
  figures: readonly CountryFigure[];
  minerals: readonly MineralEntry[];
  meta: MetaFile | null;
}

/** Loaded data, lookup tables built once per load, and the loading state. */
export interface DataSlice extends AtlasData {
  dataStatus: DataStatus;
  dataError: string | null;
  /** Facilities by id. */
  facilitiesById: ReadonlyMap<string, Facility>;
  /** Country names by ISO3. */
  countryNames: ReadonlyMap<string, string>;
  /** Mineral entries by id. */
  mineralsById: ReadonlyMap<string, MineralEntry>;
  /** Typed-array index of the facilities for filters and counts. */
  index: SiteIndex;
  setDataLoading: () => void;
  setData: (data: AtlasData) => void;
  setDataError: (message: string) => void;
  /** Whether the facilities carry their details yet. */
  detailsStatus: DetailsStatus;
  /** Why loading the details failed, or null. */
  detailsError: string | null;
  setDetailsLoading: () => void;
  /**
   * Merges the details (features of `facilities.geojson`) into new facility objects, by id.
   * Keeps `index` and `evaluation` as they are: they do not depend on details.
   */
  setDetails: (details: readonly AtlasFeature<FacilityDetails>[]) => void;
  setDetailsError: (message: string) => void;
}

/** Builds the filter index of a set of facilities and blocs. */
export function indexFacilities(
  facilities: readonly Facility[],
  blocs: readonly Bloc[],
): SiteIndex {
  return buildSiteIndex(
    facilities.map((facility) => toIndexableSite(facility.properties)),
    blocs.map(toIndexableBloc),
  );
}

const EMPTY_DATA: AtlasData = {
  facilities: [],
  blocs: [],
  countries: [],
  figures: [],
  minerals: [],
  meta: null,
};

/** Creates the data slice. */
export const createDataSlice: StateCreator<AtlasState, [], [], DataSlice> = (set, get) => ({
  ...EMPTY_DATA,
  dataStatus: 'loading',
  dataError: null,
  facilitiesById: new Map(),
  countryNames: new Map(),
  mineralsById: new Map(),
  index: indexFacilities([], []),
  detailsStatus: 'idle',
  detailsError: null,
  setDataLoading: () => set({ dataStatus: 'loading', dataError: null }),
  setData: (data) => {
    const index = indexFacilities(data.facilities, data.blocs);
    set({
      ...data,
      dataStatus: 'ready',
      dataError: null,
      detailsStatus: 'idle',
      detailsError: null,
      facilitiesById: new Map(data.facilities.map((facility) => [facility.id, facility])),
      countryNames: new Map(data.countries.map((country) => [country.iso3, country.name])),
      mineralsById: new Map(data.minerals.map((mineral) => [mineral.id, mineral])),
      index,
      evaluation: evaluate(index, get().filters),
    });
  },
  setDataError: (message) => set({ dataStatus: 'error', dataError: message }),
  setDetailsLoading: () => set({ detailsStatus: 'loading', detailsError: null }),
  setDetails: (details) => {
    const facilities = mergeDetails(get().facilities, details);
    set({
      facilities,
      facilitiesById: new Map(facilities.map((facility) => [facility.id, facility])),
      detailsStatus: 'ready',
      detailsError: null,
    });
  },
  setDetailsError: (message) => set({ detailsStatus: 'error', detailsError: message }),
});
