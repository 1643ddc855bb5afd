import type { AtlasStore } from '../store/store';
import type { FacilityDetails } from '../domain/sites-file';
import type { AtlasFeature } from '../domain/types';
import { expect, fetchJson } from './load';
import { isDetailsCollection } from './guards';

/** Details loads in flight, per store: a second call joins the first. */
const inFlight = new WeakMap<AtlasStore, Promise<void>>();

/** Resolves once the sites are loaded (details are merged into them). */
function sitesReady(store: AtlasStore): Promise<void> {
  if (store.getState().dataStatus === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe(
      (state) => state.dataStatus,
      (status) => {
        if (status !== 'ready') return;
        unsubscribe();
        resolve();
      },
    );
  });
}

/**
 * Loads the facilities' details (sources, notes, other names) from `facilities.geojson` and
 * merges them into the store's facilities, once: calls while a load runs join it, calls after it
 * succeeded return at once, a call after a failure tries again. Failures are reported to the
 * store (`detailsStatus: 'error'`), never thrown.
 */
export function loadFacilityDetails(store: AtlasStore): Promise<void> {
  const running = inFlight.get(store);
  if (running) return running;
  if (store.getState().detailsStatus === 'ready') return Promise.resolve();
  const load = loadOnce(store).finally(() => inFlight.delete(store));
  inFlight.set(store, load);
  return load;
}

async function loadOnce(store: AtlasStore): Promise<void> {
  store.getState().setDetailsLoading();
  try {
    const file = await fetchJson('data/facilities.geojson');
    const details = expect<{ features: AtlasFeature<FacilityDetails>[] }>(
      file,
      isDetailsCollection,
      'facilities.geojson',
    ).features;
    await sitesReady(store);
    store.getState().setDetails(details);
  } catch (error) {
    store
      .getState()
      .setDetailsError(`The sources and notes could not be loaded (${String(error)}).`);
  }
}
