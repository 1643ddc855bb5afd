import type { Map as MapLibreMap } from 'maplibre-gl';

/*
 * WebGL context loss, as MapLibre 6 and deck.gl 9.4 handle it (found by trying):
 * - MapLibre restores itself: on `webglcontextlost` it destroys its painter *and its style*
 *   (`map.style` is null until the restore), keeps a snapshot, and rebuilds both on
 *   `webglcontextrestored`, dropping custom layers (the interleaved deck.gl layers are custom).
 * - deck.gl / luma.gl do not: after a loss every buffer, texture and program is dead. luma.gl
 *   keeps its device, caches and state tracker on the context object itself (`gl.luma`,
 *   `gl.lumaState`), which the restore keeps: a new Deck on the restored context reuses the dead
 *   device ("object does not belong to this context"), and dropping those fields by hand leaves
 *   the two renderers' state caches out of step (draws fail with "no valid shader program").
 * So the controller mounts a whole new map (new canvas, new context, new Deck) from the store
 * once the browser restores the context; these helpers only keep the busy/idle books meanwhile.
 */

const lostMaps = new WeakSet<MapLibreMap>();

/**
 * Records that a map's context was lost; true the first time (a second loss event before the
 * restore is the same loss), so busy/idle bookkeeping counts it once.
 */
export function markLost(map: MapLibreMap): boolean {
  if (lostMaps.has(map)) return false;
  lostMaps.add(map);
  return true;
}

/** True once the map's WebGL context was lost (the map is replaced when it comes back). */
export function isContextLost(map: MapLibreMap): boolean {
  return lostMaps.has(map);
}
