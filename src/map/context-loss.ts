import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';

/*
 * WebGL context loss, as MapLibre 6 and deck.gl 9.4 handle it (found by trying):
 * - MapLibre restores itself: on `webglcontextlost` it destroys its painter *and its style*
 *   (`map.style` is null until the restore), keeps a snapshot, and rebuilds both on
 *   `webglcontextrestored`.
 * - deck.gl / luma.gl do not: after a loss every buffer, texture and program is dead and stays
 *   dead. While MapLibre's style is gone the non-interleaved overlay also throws on every prop
 *   update (it reads `map.getProjection()`).
 * So the overlay is taken off the map while the context is lost (which finalizes its Deck) and
 * put back on restore (a new Deck, canvas and device, with the overlay's props and callbacks);
 * the caller then hands it freshly built layers.
 */

const lostMaps = new WeakSet<MapLibreMap>();

/**
 * Records that a map's context was lost; true the first time (a second loss event before the
 * restore is the same loss). Pair with {@link markRestored} so busy/idle bookkeeping balances.
 */
export function markLost(map: MapLibreMap): boolean {
  if (lostMaps.has(map)) return false;
  lostMaps.add(map);
  return true;
}

/** Records that a map's context is back; true when it had been recorded as lost. */
export function markRestored(map: MapLibreMap): boolean {
  return lostMaps.delete(map);
}

/** True while the map's WebGL context is lost (between the two events). */
export function isContextLost(map: MapLibreMap): boolean {
  return lostMaps.has(map);
}

/**
 * Takes the deck.gl overlay off a map whose context was lost, finalizing its Deck. Layer updates
 * made meanwhile (`overlay.setProps`) are only stored until {@link reattachDeckOverlay}.
 */
export function detachDeckOverlay(map: MapLibreMap, overlay: MapboxOverlay): void {
  if (map.hasControl(overlay)) map.removeControl(overlay);
  // The finalized layers must not be handed to the next Deck.
  overlay.setProps({ layers: [] });
}

/** Puts the overlay back once MapLibre has restored its context: a fresh Deck on a fresh canvas. */
export function reattachDeckOverlay(map: MapLibreMap, overlay: MapboxOverlay): void {
  if (!map.hasControl(overlay)) map.addControl(overlay);
}
