import type { AtlasStore } from '../store/store';
import { parseUrl, serializeUrl } from './codec';
import { applyUrlState, urlStateOf } from './state-bridge';

/** Shortest gap between two camera writes: 300 ms keeps well under ~100 writes per 30 s. */
export const CAMERA_WRITE_INTERVAL_MS = 300;

/**
 * Keeps the address bar and the store in step. Discrete actions (filters, layers, selection)
 * push a history entry so Back and Forward step through them; camera moves replace the entry,
 * throttled. Back/Forward and hand-edited hashes are applied without a reload.
 */
export function startUrlSync(store: AtlasStore): () => void {
  let applying = false;
  let cameraTimer: number | undefined;
  let lastCameraWrite = 0;

  const write = (mode: 'push' | 'replace'): void => {
    if (applying) return;
    const { search, hash } = serializeUrl(urlStateOf(store.getState()));
    const next = `${location.pathname}${search}${hash}`;
    if (next === `${location.pathname}${location.search}${location.hash}`) return;
    if (mode === 'push') history.pushState(null, '', next);
    else history.replaceState(null, '', next);
  };

  const writeCamera = (): void => {
    window.clearTimeout(cameraTimer);
    const wait = Math.max(0, lastCameraWrite + CAMERA_WRITE_INTERVAL_MS - Date.now());
    cameraTimer = window.setTimeout(() => {
      lastCameraWrite = Date.now();
      write('replace');
    }, wait);
  };

  const applyLocation = (): void => {
    applying = true;
    try {
      applyUrlState(store, parseUrl(location.search, location.hash));
    } finally {
      applying = false;
    }
  };

  window.addEventListener('popstate', applyLocation);
  window.addEventListener('hashchange', applyLocation);
  const unsubscribers = [
    store.subscribe(
      (state) =>
        [
          state.filters,
          state.layers,
          state.shading,
          state.figureYear,
          state.colourBy,
          state.selectedId,
          state.selectedCorridorId,
        ] as const,
      () => write('push'),
      { equalityFn: (a, b) => a.every((value, index) => value === b[index]) },
    ),
    store.subscribe((state) => state.camera, writeCamera),
  ];
  return () => {
    window.removeEventListener('popstate', applyLocation);
    window.removeEventListener('hashchange', applyLocation);
    unsubscribers.forEach((unsubscribe) => unsubscribe());
  };
}
