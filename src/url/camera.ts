/**
 * The camera part of a link, `#map=zoom/lat/lon[/bearing/pitch]`, as MapLibre's hash writes it:
 * read, rounded to what a link stores, and written. Pure.
 */
import { wrapDegrees } from '../domain/values';

/** Longest URL part the codec reads; anything longer is cut before parsing. */
export const MAX_INPUT = 8 * 1024;

/** A camera as the hash stores it. */
export interface UrlCamera {
  zoom: number;
  latitude: number;
  longitude: number;
  bearing: number;
  pitch: number;
}

/** Decimal places for coordinates at a zoom, as MapLibre's hash does (about a pixel). */
export function coordinateDecimals(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0;
}

/** Rounds a camera to what a link stores, so that decode(encode(camera)) is the same camera. */
export function roundCamera(camera: UrlCamera): UrlCamera {
  const zoom = round(Math.min(22, Math.max(0, camera.zoom)), 2);
  const decimals = coordinateDecimals(zoom);
  const longitude = round(wrapDegrees(camera.longitude), decimals);
  return {
    zoom,
    latitude: round(Math.min(85.0511, Math.max(-85.0511, camera.latitude)), decimals),
    longitude: longitude === 180 ? -180 : longitude,
    bearing: round(wrapDegrees(camera.bearing), 1),
    pitch: round(Math.min(85, Math.max(0, camera.pitch)), 1),
  };
}

const DECIMAL = /^-?(?:\d{1,12}(?:\.\d{0,12})?|\.\d{1,12})$/;

function number(raw: string | undefined): number | null {
  if (raw === undefined || !DECIMAL.test(raw)) return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

/** Reads `map=zoom/lat/lon[/bearing/pitch]` from a hash; null when absent or impossible. */
export function parseCamera(hash: string): UrlCamera | null {
  const match = /(?:^#?|&)map=([^&]*)/.exec(hash.slice(0, MAX_INPUT));
  if (!match) return null;
  const parts = (match[1] ?? '').split('/');
  if (parts.length !== 3 && parts.length !== 5) return null;
  const [zoom, latitude, longitude, bearing = 0, pitch = 0] = parts.map(number);
  if (
    zoom === null ||
    latitude === null ||
    longitude === null ||
    bearing === null ||
    pitch === null
  )
    return null;
  if (zoom === undefined || latitude === undefined || longitude === undefined) return null;
  if (zoom < 0 || zoom > 24 || Math.abs(latitude) > 90 || Math.abs(longitude) > 360) return null;
  return roundCamera({ zoom, latitude, longitude, bearing, pitch });
}

/** Writes a camera as `map=zoom/lat/lon[/bearing/pitch]` (bearing and pitch only when set). */
export function serializeCamera(camera: UrlCamera): string {
  const rounded = roundCamera(camera);
  const decimals = coordinateDecimals(rounded.zoom);
  const parts = [
    rounded.zoom.toFixed(2),
    rounded.latitude.toFixed(decimals),
    rounded.longitude.toFixed(decimals),
  ];
  if (rounded.bearing !== 0 || rounded.pitch !== 0)
    parts.push(String(rounded.bearing), String(rounded.pitch));
  return `map=${parts.join('/')}`;
}
