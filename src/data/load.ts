import type { AtlasStore } from '../store/store';
import type { AtlasData, Facility } from '../store/data-slice';
import type { Bloc, CountriesFile, MetaFile, MineralEntry } from '../domain/types';
import { isArrayOf, isFacilityCollection, isRecord } from './guards';

/** How long the app waits for a data file before it reports a failure. */
export const DATA_TIMEOUT_MS = 20_000;

/** Fetches a JSON file that ships with the app, failing after {@link DATA_TIMEOUT_MS}. */
export async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path, { signal: AbortSignal.timeout(DATA_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as unknown;
}

function expect<T>(value: unknown, check: (value: unknown) => boolean, name: string): T {
  if (!check(value)) throw new Error(`${name} is not in the expected shape`);
  return value as T;
}

/** Loads the built data files into the store, reporting any failure to the store. */
export async function loadAtlasData(store: AtlasStore): Promise<void> {
  store.getState().setDataLoading();
  try {
    const [facilities, blocs, countries, minerals, meta] = await Promise.all([
      fetchJson('data/facilities.geojson'),
      fetchJson('data/blocs.json'),
      fetchJson('data/countries.json'),
      fetchJson('data/minerals.json'),
      fetchJson('data/meta.json'),
    ]);
    const data: AtlasData = {
      facilities: expect<{ features: Facility[] }>(
        facilities,
        isFacilityCollection,
        'facilities.geojson',
      ).features,
      blocs: expect<Bloc[]>(blocs, isArrayOf('members'), 'blocs.json'),
      countries: expect<CountriesFile>(
        countries,
        (value) => isRecord(value) && Array.isArray(value.countries),
        'countries.json',
      ).countries,
      minerals: expect<MineralEntry[]>(minerals, isArrayOf('group'), 'minerals.json'),
      meta: expect<MetaFile>(
        meta,
        (value) => isRecord(value) && typeof value.asOf === 'string',
        'meta.json',
      ),
    };
    store.getState().setData(data);
  } catch (error) {
    store.getState().setDataError(`The site data could not be loaded (${String(error)}).`);
  }
}
