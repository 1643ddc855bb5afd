import type { AtlasStore } from '../store/store';
import { isFacilityCollection } from './guards';

/** How long the app waits for a data file before it reports a failure. */
export const DATA_TIMEOUT_MS = 20_000;

/** Fetches a JSON file that ships with the app, failing after {@link DATA_TIMEOUT_MS}. */
export async function fetchJson(path: string, signal?: AbortSignal): Promise<unknown> {
  const timeout = AbortSignal.timeout(DATA_TIMEOUT_MS);
  const response = await fetch(path, {
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as unknown;
}

/** Loads the built facilities file into the store, reporting any failure to the store. */
export async function loadFacilities(store: AtlasStore): Promise<void> {
  store.getState().setDataLoading();
  try {
    const collection = await fetchJson('data/facilities.geojson');
    if (!isFacilityCollection(collection))
      throw new Error('facilities.geojson is not in the expected shape');
    store.getState().setFacilities(collection.features);
  } catch (error) {
    store.getState().setDataError(`The site data could not be loaded (${String(error)}).`);
  }
}
