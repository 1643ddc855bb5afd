import { MAX_INPUT, parseCamera, roundCamera, serializeCamera, type UrlCamera } from './camera';
import { isFigureYear, type FigureYear } from '../domain/figures';
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
import { DEFAULT_EMBED_OPTIONS, THEMES, type EmbedOptions, type ThemeName } from '../embed/options';
import type { StatusOption } from '../domain/filters';

/** The URL format version written into every link (`v=1`), so later formats can read old links. */
export const FORMAT_VERSION = 1;

export { MAX_INPUT, parseCamera, roundCamera, serializeCamera };
export type { UrlCamera };

export { LAYER_NAMES, SHADINGS, COLOURINGS, THEMES, DEFAULT_EMBED_OPTIONS };
export type { EmbedOptions, ThemeName };
/** A layer name. */
export type LayerName = LayerNameOf;
/** A country shading. */
export type ShadingName = Shading;
/** A colouring. */
export type ColouringName = Colouring;

/** Everything a link can carry. Absent camera = frame the world; absent ids = nothing selected. */
export interface UrlState {
  filters: Filters;
  layers: readonly LayerName[];
  shading: ShadingName;
  /** Year of the figures (shading, bloc panel); null = the latest. */
  figureYear: FigureYear | null;
  colourBy: ColouringName;
  site: string | null;
  corridor: string | null;
  embed: boolean;
  embedOptions: EmbedOptions;
  camera: UrlCamera | null;
}

/** Layers shown when a link names none. */
export const DEFAULT_LAYERS: readonly LayerName[] = DEFAULT_LAYER_NAMES;

/** The state of a link with no parameters. */
export const DEFAULT_URL_STATE: UrlState = {
  filters: NO_FILTERS,
  layers: DEFAULT_LAYERS,
  shading: 'blocs',
  figureYear: null,
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

/** Status names renamed since links were first made (`proposed` is now `planned`). */
const RENAMED_STATUSES: Readonly<Record<string, string>> = { proposed: 'planned' };

function renameStatuses(raw: string | undefined): string | undefined {
  return raw
    ?.split(',')
    .map((value) => RENAMED_STATUSES[value] ?? value)
    .join(',');
}

/** One link parameter: how it is read into a state and written from one. */
export interface UrlParam {
  /** The query key. */
  key: string;
  /** The state with this parameter's part set from its raw value (undefined when absent). */
  read: (raw: string | undefined, state: UrlState) => UrlState;
  /** The raw value to write, or null to leave the parameter out (it holds its default). */
  write: (state: UrlState) => string | null;
}

type FilterPatch = Partial<Filters>;
const filters = (state: UrlState, patch: FilterPatch): UrlState => ({
  ...state,
  filters: { ...state.filters, ...patch },
});
const options = (state: UrlState, patch: Partial<EmbedOptions>): UrlState => ({
  ...state,
  embedOptions: { ...state.embedOptions, ...patch },
});
const joined = (values: readonly string[]): string | null =>
  values.length === 0 ? null : values.join(',');
const bit = (on: boolean, fallback: boolean): string | null =>
  on === fallback ? null : on ? '1' : '0';
const isStage = (value: string): boolean => (STAGES as readonly string[]).includes(value);
const isStatus = (value: string): boolean => (STATUS_OPTIONS as readonly string[]).includes(value);
const isLayer = (value: string): boolean => (LAYER_NAMES as readonly string[]).includes(value);

/**
 * Every query parameter of a link, in the order links write them: the one table both
 * {@link parseUrl} and {@link serializeUrl} loop over (the camera lives in the hash).
 */
export const PARAMS: readonly UrlParam[] = [
  {
    key: 'mineral',
    read: (raw, s) => filters(s, { minerals: list(raw, (v) => ID.test(v)) }),
    write: (s) => joined(s.filters.minerals),
  },
  {
    key: 'byproducts',
    read: (raw, s) => filters(s, { byproducts: flag(raw, false) }),
    write: (s) => (s.filters.byproducts ? '1' : null),
  },
  {
    key: 'bloc',
    read: (raw, s) => filters(s, { blocs: list(raw, (v) => ID.test(v)) }),
    write: (s) => joined(s.filters.blocs),
  },
  {
    key: 'blocmode',
    read: (raw, s) =>
      filters(s, { blocMode: oneOf(raw, ['located', 'controlled'] as const, 'located') }),
    write: (s) => (s.filters.blocMode === 'located' ? null : s.filters.blocMode),
  },
  {
    key: 'blocmatch',
    read: (raw, s) => filters(s, { blocMatch: oneOf(raw, ['any', 'all'] as const, 'any') }),
    write: (s) => (s.filters.blocMatch === 'any' ? null : s.filters.blocMatch),
  },
  {
    key: 'stage',
    read: (raw, s) => filters(s, { stages: list(raw, isStage) as Stage[] }),
    write: (s) => joined(s.filters.stages),
  },
  {
    key: 'status',
    read: (raw, s) =>
      filters(s, { statuses: list(renameStatuses(raw), isStatus) as StatusOption[] }),
    write: (s) => joined(s.filters.statuses),
  },
  {
    key: 'country',
    read: (raw, s) => filters(s, { countries: list(raw, (v) => ISO3.test(v)) }),
    write: (s) => joined(s.filters.countries),
  },
  {
    key: 'layers',
    read: (raw, s) => ({
      ...s,
      layers: raw === undefined ? DEFAULT_LAYERS : (list(raw, isLayer) as LayerName[]),
    }),
    write: (s) =>
      sameList(normaliseOptions(s.layers), normaliseOptions(DEFAULT_LAYERS))
        ? null
        : s.layers.join(','),
  },
  {
    key: 'shade',
    read: (raw, s) => ({ ...s, shading: oneOf(raw, SHADINGS, DEFAULT_URL_STATE.shading) }),
    write: (s) => (s.shading === DEFAULT_URL_STATE.shading ? null : s.shading),
  },
  {
    key: 'year',
    read: (raw, s) => {
      const year = Number(raw);
      return { ...s, figureYear: /^\d{4}$/.test(raw ?? '') && isFigureYear(year) ? year : null };
    },
    write: (s) => (s.figureYear === null ? null : String(s.figureYear)),
  },
  {
    key: 'colour',
    read: (raw, s) => ({ ...s, colourBy: oneOf(raw, COLOURINGS, DEFAULT_URL_STATE.colourBy) }),
    write: (s) => (s.colourBy === DEFAULT_URL_STATE.colourBy ? null : s.colourBy),
  },
  { key: 'site', read: (raw, s) => ({ ...s, site: id(raw) }), write: (s) => s.site },
  { key: 'corridor', read: (raw, s) => ({ ...s, corridor: id(raw) }), write: (s) => s.corridor },
  {
    key: 'embed',
    read: (raw, s) => ({ ...s, embed: flag(raw, false) }),
    write: (s) => (s.embed ? '1' : null),
  },
  {
    key: 'legend',
    read: (raw, s) => options(s, { legend: flag(raw, DEFAULT_EMBED_OPTIONS.legend) }),
    write: (s) => bit(s.embedOptions.legend, DEFAULT_EMBED_OPTIONS.legend),
  },
  {
    key: 'list',
    read: (raw, s) => options(s, { list: flag(raw, DEFAULT_EMBED_OPTIONS.list) }),
    write: (s) => bit(s.embedOptions.list, DEFAULT_EMBED_OPTIONS.list),
  },
  {
    key: 'controls',
    read: (raw, s) => options(s, { controls: flag(raw, DEFAULT_EMBED_OPTIONS.controls) }),
    write: (s) => bit(s.embedOptions.controls, DEFAULT_EMBED_OPTIONS.controls),
  },
  {
    key: 'theme',
    read: (raw, s) => options(s, { theme: oneOf(raw, THEMES, DEFAULT_EMBED_OPTIONS.theme) }),
    write: (s) =>
      s.embedOptions.theme === DEFAULT_EMBED_OPTIONS.theme ? null : s.embedOptions.theme,
  },
];

/**
 * Reads a link. Never throws: every parameter of {@link PARAMS} is read on its own and falls back
 * to its default; unknown keys and malformed values are dropped; input beyond 8 KiB is ignored.
 */
export function parseUrl(search: string, hash: string): UrlState {
  const parameters = readParameters(search.slice(0, MAX_INPUT));
  const state = PARAMS.reduce(
    (draft, param) => param.read(parameters.get(param.key), draft),
    DEFAULT_URL_STATE,
  );
  return { ...state, camera: parseCamera(hash) };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * Writes a link's query string (with `?`) and hash (with `#`, empty when no camera). Defaults are
 * left out, so plain views get short links; the keys come from {@link PARAMS}.
 */
export function serializeUrl(state: UrlState): { search: string; hash: string } {
  const pairs: [string, string][] = [['v', String(FORMAT_VERSION)]];
  for (const param of PARAMS) {
    const value = param.write(state);
    if (value !== null) pairs.push([param.key, value]);
  }
  const search = `?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`).join('&')}`;
  return { search, hash: state.camera ? `#${serializeCamera(state.camera)}` : '' };
}

/** Normalises a state the way a round trip through a link would. */
export function normaliseUrlState(state: UrlState): UrlState {
  const { search, hash } = serializeUrl(state);
  return parseUrl(search, hash);
}
