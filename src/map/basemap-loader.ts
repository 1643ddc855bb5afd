import coarseUrl from 'world-atlas/countries-110m.json?url';
import detailUrl from 'world-atlas/countries-50m.json?url';
import { buildBasemapLayers, type BasemapLayers } from '../domain/basemap';

/** Natural Earth detail levels shipped with the app. */
export type BasemapDetail = 'coarse' | 'detail';

const URLS: Record<BasemapDetail, string> = { coarse: coarseUrl, detail: detailUrl };
const cache = new Map<BasemapDetail, Promise<BasemapLayers>>();

/**
 * Loads one Natural Earth level from the app's own origin (world-atlas is bundled as an asset)
 * and converts it once; later calls share the same promise.
 */
export function loadBasemap(detail: BasemapDetail): Promise<BasemapLayers> {
  let pending = cache.get(detail);
  if (!pending) {
    pending = fetch(URLS[detail])
      .then((response) => {
        if (!response.ok) throw new Error(`Basemap ${detail} failed to load (${response.status})`);
        return response.json() as Promise<unknown>;
      })
      .then(buildBasemapLayers);
    // A failed load is not kept, so a later call (zooming again, a new style) tries again.
    pending.catch(() => cache.delete(detail));
    cache.set(detail, pending);
  }
  return pending;
}
