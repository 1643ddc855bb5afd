import {
  NO_FILTERS,
  normaliseOptions,
  STAGES,
  STATUS_OPTIONS,
  type Filters,
} from '../domain/filters';
import type { Stage } from '../domain/types';
import {
  COLOURINGS,
  DEFAULT_LAYER_NAMES,
  LAYER_NAMES,
  SHADINGS,
  type Colouring,
  type LayerName as LayerNameOf,
  type Shading,
} from '../domain/vocabulary';
import type { StatusOption } from '../domain/filters';

/** The URL format version written into every link (`v=1`), so later formats can read old links. */
export const FORMAT_VERSION = 1;

/** Longest URL part the codec reads; anything longer is cut before parsing. */
export const MAX_INPUT = 8 * 1024;

export { LAYER_NAMES, SHADINGS, COLOURINGS };
/** A layer name. */
export type LayerName = LayerNameOf;
/** A country shading. */
export type ShadingName = Shading;
/** A colouring. */
export type ColouringName = Colouring;

/** Embed themes. */
export const THEMES = ['auto', 'light', 'dark'] as const;

/** An embed theme. */
export type ThemeName = (typeof THEMES)[number];

/** A camera as the hash stores it. */
export interface UrlCamera {
  zoom: number;
  latitude: number;
  longitude: number;
  bearing: number;
  pitch: number;
}

/** What an embed shows. */
export interface EmbedOptions {
  legend: boolean;
  list: boolean;
  controls: boolean;
  theme: ThemeName;
}

/** Everything a link can carry. Absent camera = frame the world; absent ids = nothing selected. */
export interface UrlState {
  filters: Filters;
  layers: readonly LayerName[];
  shading: ShadingName;
  colourBy: ColouringName;
  site: string | null;
  corridor: string | null;
  embed: boolean;
  embedOptions: EmbedOptions;
  camera: UrlCamera | null;
}

/** Layers shown when a link names none. */
export const DEFAULT_LAYERS: readonly LayerName[] = DEFAULT_LAYER_NAMES;

/** Embed options when a link names none. */
export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  legend: true,
  list: false,
  controls: true,
  theme: 'auto',
};

/** The state of a link with no parameters. */
export const DEFAULT_URL_STATE: UrlState = {
  filters: NO_FILTERS,
  layers: DEFAULT_LAYERS,
  shading: 'blocs',
  colourBy: 'mineral',
  site: null,
  corridor: null,
  embed: false,
  embedOptions: DEFAULT_EMBED_OPTIONS,
  camera: null,
};

const ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
const ISO3 = /^[A-Z]{3}$/;
const MAX_LIST = 64;

function list(raw: string | undefined, valid: (value: string) => boolean): string[] {
  if (!raw) return [];
  return normaliseOptions(
    raw
      .split(',')
      .slice(0, MAX_LIST * 4)
      .filter(valid),
  ).slice(0, MAX_LIST);
}

function oneOf<T extends string>(raw: string | undefined, values: readonly T[], fallback: T): T {
  return values.find((value) => value === raw) ?? fallback;
}

function flag(raw: string | undefined, fallback: boolean): boolean {
  if (raw === '1') return true;
  if (raw === '0') return false;
  return fallback;
}

function id(raw: string | undefined): string | null {
  return raw !== undefined && ID.test(raw) ? raw : null;
}

/** Reads query parameters without `URLSearchParams` quirks: the first value of each key wins. */
function readParameters(query: string): Map<string, string> {
  const parameters = new Map<string, string>();
  for (const pair of query.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const separator = pair.indexOf('=');
    const rawKey = separator === -1 ? pair : pair.slice(0, separator);
    const rawValue = separator === -1 ? '' : pair.slice(separator + 1);
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      continue;
    }
    if (!parameters.has(key)) parameters.set(key, value);
  }
  return parameters;
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
  const longitude = round(((((camera.longitude + 180) % 360) + 360) % 360) - 180, decimals);
  return {
    zoom,
    latitude: round(Math.min(85.0511, Math.max(-85.0511, camera.latitude)), decimals),
    longitude: longitude === 180 ? -180 : longitude,
    bearing: round(((((camera.bearing + 180) % 360) + 360) % 360) - 180, 1),
    pitch: round(Math.min(85, Math.max(0, camera.pitch)), 1),
  };
}

const DECIMAL = /^-?(?:\d{1,12}(?:\.\d{0,12})?|\.\d{1,12})$/;

function number(raw: string | undefined): number | null {
  if (raw === undefined || !DECIMAL.test(raw)) return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

/** Status names renamed since links were first made (`proposed` is now `planned`). */
const RENAMED_STATUSES: Readonly<Record<string, string>> = { proposed: 'planned' };

function renameStatuses(raw: string | undefined): string | undefined {
  return raw
    ?.split(',')
    .map((value) => RENAMED_STATUSES[value] ?? value)
    .join(',');
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

/**
 * Reads a link. Never throws: every field is parsed on its own and falls back to its default;
 * unknown keys and malformed values are dropped; input beyond 8 KiB is ignored.
 */
export function parseUrl(search: string, hash: string): UrlState {
  const parameters = readParameters(search.slice(0, MAX_INPUT));
  const get = (key: string): string | undefined => parameters.get(key);
  const layers = get('layers');
  return {
    filters: {
      minerals: list(get('mineral'), (value) => ID.test(value)),
      byproducts: flag(get('byproducts'), false),
      blocs: list(get('bloc'), (value) => ID.test(value)),
      blocMode: oneOf(get('blocmode'), ['located', 'controlled'] as const, 'located'),
      blocMatch: oneOf(get('blocmatch'), ['any', 'all'] as const, 'any'),
      stages: list(get('stage'), (value) =>
        (STAGES as readonly string[]).includes(value),
      ) as Stage[],
      statuses: list(renameStatuses(get('status')), (value) =>
        (STATUS_OPTIONS as readonly string[]).includes(value),
      ) as StatusOption[],
      countries: list(get('country'), (value) => ISO3.test(value)),
    },
    layers:
      layers === undefined
        ? DEFAULT_LAYERS
        : (list(layers, (value) =>
            (LAYER_NAMES as readonly string[]).includes(value),
          ) as LayerName[]),
    shading: oneOf(get('shade'), SHADINGS, DEFAULT_URL_STATE.shading),
    colourBy: oneOf(get('colour'), COLOURINGS, DEFAULT_URL_STATE.colourBy),
    site: id(get('site')),
    corridor: id(get('corridor')),
    embed: flag(get('embed'), false),
    embedOptions: {
      legend: flag(get('legend'), DEFAULT_EMBED_OPTIONS.legend),
      list: flag(get('list'), DEFAULT_EMBED_OPTIONS.list),
      controls: flag(get('controls'), DEFAULT_EMBED_OPTIONS.controls),
      theme: oneOf(get('theme'), THEMES, DEFAULT_EMBED_OPTIONS.theme),
    },
    camera: parseCamera(hash),
  };
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * Writes a link's query string (with `?`) and hash (with `#`, empty when no camera). Defaults are
 * left out, so plain views get short links; one table of keys is shared with {@link parseUrl}.
 */
export function serializeUrl(state: UrlState): { search: string; hash: string } {
  const pairs: [string, string][] = [['v', String(FORMAT_VERSION)]];
  const add = (key: string, value: string, skip: boolean): void => {
    if (!skip) pairs.push([key, value]);
  };
  const { filters } = state;
  add('mineral', filters.minerals.join(','), filters.minerals.length === 0);
  add('byproducts', '1', !filters.byproducts);
  add('bloc', filters.blocs.join(','), filters.blocs.length === 0);
  add('blocmode', filters.blocMode, filters.blocMode === 'located');
  add('blocmatch', filters.blocMatch, filters.blocMatch === 'any');
  add('stage', filters.stages.join(','), filters.stages.length === 0);
  add('status', filters.statuses.join(','), filters.statuses.length === 0);
  add('country', filters.countries.join(','), filters.countries.length === 0);
  add(
    'layers',
    state.layers.join(','),
    sameList(normaliseOptions(state.layers), normaliseOptions(DEFAULT_LAYERS)),
  );
  add('shade', state.shading, state.shading === DEFAULT_URL_STATE.shading);
  add('colour', state.colourBy, state.colourBy === DEFAULT_URL_STATE.colourBy);
  add('site', state.site ?? '', state.site === null);
  add('corridor', state.corridor ?? '', state.corridor === null);
  add('embed', '1', !state.embed);
  const options = state.embedOptions;
  add('legend', options.legend ? '1' : '0', options.legend === DEFAULT_EMBED_OPTIONS.legend);
  add('list', options.list ? '1' : '0', options.list === DEFAULT_EMBED_OPTIONS.list);
  add(
    'controls',
    options.controls ? '1' : '0',
    options.controls === DEFAULT_EMBED_OPTIONS.controls,
  );
  add('theme', options.theme, options.theme === DEFAULT_EMBED_OPTIONS.theme);
  const search = `?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`).join('&')}`;
  return { search, hash: state.camera ? `#${serializeCamera(state.camera)}` : '' };
}

/** Normalises a state the way a round trip through a link would. */
export function normaliseUrlState(state: UrlState): UrlState {
  const { search, hash } = serializeUrl(state);
  return parseUrl(search, hash);
}
