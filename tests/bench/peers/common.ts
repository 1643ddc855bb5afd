import coarseUrl from 'world-atlas/countries-110m.json?url';
import type { FeatureCollection, Point } from 'geojson';
import { buildBasemapLayers, type BasemapLayers } from '../../../src/domain/basemap';

/** The sites as the peers read them: the same file the app fetches. */
export type Sites = FeatureCollection<Point, { minerals: string[] }>;

/** What the harness (tests/bench/probe.ts) calls on a peer page. */
export interface PeerApi {
  /** Shows only lithium sites (on) or all sites (off); resolves when the library says drawn. */
  filter: (on: boolean, method: string) => Promise<void>;
  /** Moves the camera without animation; resolves when the library says drawn. */
  jump: (longitude: number, latitude: number, zoom: number) => Promise<void>;
}

/** The camera framing of the app when no camera is in the link. */
export const WORLD_BOUNDS: [[number, number], [number, number]] = [
  [-140, -50],
  [165, 70],
];

/** Query parameters of the page: `mode` (floor, maplibre, leaflet) and `cpu`. */
export const params = new URLSearchParams(location.search);

/** Same Natural Earth countries as the app, converted by the app's own pure basemap code. */
export async function loadBasemap(): Promise<BasemapLayers> {
  const response = await fetch(coarseUrl);
  return buildBasemapLayers(await response.json());
}

/** The benchmark's current facilities file (real or synthetic, served at the app's path). */
export async function loadSites(): Promise<Sites> {
  const response = await fetch('data/facilities.geojson');
  return (await response.json()) as Sites;
}

/** True for a site the "lithium" filter keeps. */
export function isLithium(site: { properties: { minerals: string[] } }): boolean {
  return site.properties.minerals.includes('lithium');
}

/** Publishes the page's API once it drew everything it loads at start, and says so. */
export function publish(api: PeerApi): void {
  (window as unknown as { __peer: PeerApi }).__peer = api;
  window.dispatchEvent(new Event('peer-ready'));
}
