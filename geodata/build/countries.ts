/**
 * Node-side country helpers: ISO 3166 lookup (i18n-iso-countries) and Natural Earth country
 * polygons (world-atlas countries-10m) keyed by ISO3.
 */
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { COUNTRY_NAME_ALIASES, KOSOVO_ISO3 } from '../../src/domain/countries';

const require = createRequire(import.meta.url);

/** Subset of the i18n-iso-countries API used here. */
interface IsoLib {
  getAlpha3Code(name: string, lang: string): string | undefined;
  getName(code: string, lang: string): string | undefined;
  alpha3ToNumeric(code: string): string | undefined;
  alpha2ToAlpha3(code: string): string | undefined;
  numericToAlpha3(code: string | number): string | undefined;
  getAlpha3Codes(): Record<string, string>;
}

/** The i18n-iso-countries library (node entry registers all locales). */
export const iso = require('i18n-iso-countries') as IsoLib;

/**
 * Display-name overrides: common short English names for the app (e.g. "Most are in China"),
 * used instead of i18n-iso-countries' long official names ("People's Republic of China").
 * These are display names only, chosen for readability; they are not political statements and
 * imply no position on the status of any territory. ISO3 codes are never changed. Where the ISO
 * English short name is already short it is kept (Czechia, North Macedonia, Türkiye, Eswatini).
 */
const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  BOL: 'Bolivia',
  BRN: 'Brunei',
  CHN: 'China',
  CIV: "Côte d'Ivoire",
  COD: 'DR Congo',
  COG: 'Republic of the Congo',
  CZE: 'Czechia',
  FSM: 'Micronesia',
  GBR: 'United Kingdom',
  GMB: 'The Gambia',
  IRN: 'Iran',
  KOR: 'South Korea',
  LAO: 'Laos',
  MDA: 'Moldova',
  MKD: 'North Macedonia',
  PRK: 'North Korea',
  PSE: 'Palestine',
  RUS: 'Russia',
  SYR: 'Syria',
  TUR: 'Türkiye',
  TWN: 'Taiwan',
  TZA: 'Tanzania',
  USA: 'United States',
  VAT: 'Vatican City',
  VEN: 'Venezuela',
  VGB: 'British Virgin Islands',
  VIR: 'U.S. Virgin Islands',
  VNM: 'Vietnam',
  XKK: 'Kosovo',
};

/** All ISO3 codes known to i18n-iso-countries (includes Kosovo XKK). */
export const KNOWN_ISO3: ReadonlySet<string> = new Set(Object.keys(iso.getAlpha3Codes()));

/** English display name of an ISO3 code. */
export function countryName(iso3: string): string {
  return NAME_OVERRIDES[iso3] ?? iso.getName(iso3, 'en') ?? iso3;
}

/** ISO numeric (3-digit string) of an ISO3 code; null for Kosovo (no official code). */
export function countryNumeric(iso3: string): string | null {
  if (iso3 === KOSOVO_ISO3) return null;
  return iso.alpha3ToNumeric(iso3) ?? null;
}

/**
 * Resolves an upstream country name to ISO3: explicit aliases first, then i18n-iso-countries.
 * Returns undefined for an unmapped name (callers must fail loudly).
 */
export function resolveCountryName(name: string): string | undefined {
  const n = name.trim();
  return COUNTRY_NAME_ALIASES[n] ?? iso.getAlpha3Code(n, 'en');
}

/** Natural Earth feature names without an ISO id in world-atlas, mapped to the ISO3 they belong to. */
const UNNAMED_FEATURES: Readonly<Record<string, string>> = {
  Kosovo: KOSOVO_ISO3,
  Somaliland: 'SOM',
  'N. Cyprus': 'CYP',
  'Cyprus U.N. Buffer Zone': 'CYP',
  Dhekelia: 'CYP',
  Akrotiri: 'CYP',
  Baikonur: 'KAZ',
  'Siachen Glacier': 'IND',
  'USNB Guantanamo Bay': 'CUB',
  'Indian Ocean Ter.': 'AUS',
  'Coral Sea Is.': 'AUS',
};

/**
 * ISO3 codes whose territory Natural Earth admin-0 draws inside another country's feature
 * (France's feature includes its overseas departments, e.g. French Guiana).
 */
const TERRITORY_PARENT: Readonly<Record<string, string>> = {
  GUF: 'FRA',
  GLP: 'FRA',
  MTQ: 'FRA',
  REU: 'FRA',
  MYT: 'FRA',
};

/** Country polygons keyed by ISO3. */
export type CountryPolygons = ReadonlyMap<string, Feature<Polygon | MultiPolygon>[]>;

let cached: Map<string, Feature<Polygon | MultiPolygon>[]> | undefined;

/** Loads world-atlas countries-10m and indexes its features by ISO3 (cached). */
export function loadCountryPolygons(): CountryPolygons {
  if (cached) return cached;
  const topo = require('world-atlas/countries-10m.json') as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const fc = feature(topo, topo.objects.countries);
  const map = new Map<string, Feature<Polygon | MultiPolygon>[]>();
  for (const f of fc.features) {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    const name = f.properties.name;
    const numeric = f.id === undefined ? undefined : String(f.id);
    const iso3 =
      (numeric !== undefined ? iso.numericToAlpha3(numeric) : undefined) ?? UNNAMED_FEATURES[name];
    if (iso3 === undefined) continue;
    const list = map.get(iso3) ?? [];
    list.push(unwrapAntimeridian(f as Feature<Polygon | MultiPolygon>));
    map.set(iso3, list);
  }
  cached = map;
  return map;
}

/**
 * Natural Earth rings that cross the antimeridian (Russia, Fiji, USA's Aleutians...) jump from
 * +180 to -180; planar point-in-polygon then misclassifies whole latitude bands. Such rings are
 * unwrapped by adding 360 to their negative longitudes, so they span e.g. 170..190; points are
 * tested both at lon and lon + 360 (see geo.ts `insideAny`).
 */
export function unwrapAntimeridian(
  f: Feature<Polygon | MultiPolygon>,
): Feature<Polygon | MultiPolygon> {
  const fixRing = (ring: Position[]): Position[] => {
    const jumps = ring.some(
      (p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180,
    );
    return jumps ? ring.map((p) => ((p[0] ?? 0) < 0 ? [(p[0] ?? 0) + 360, p[1] ?? 0] : p)) : ring;
  };
  const g = f.geometry;
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: g.coordinates.map(fixRing) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(fixRing)) };
  return { ...f, geometry };
}

/** Polygons to test a point against for `iso3` (a territory uses its parent's polygons too). */
export function polygonsFor(
  polys: CountryPolygons,
  iso3: string,
): Feature<Polygon | MultiPolygon>[] {
  const own = polys.get(iso3) ?? [];
  const parent = TERRITORY_PARENT[iso3];
  return parent === undefined ? own : [...own, ...(polys.get(parent) ?? [])];
}
