/** Validators of deposits, corridors and blocs. Pure. */

import { LOCATION_PRECISIONS, STATUSES } from './vocabulary';
import { isRecord } from './values';
import {
  MAX_LENGTH,
  CORRIDOR_KINDS,
  isValidLonLat,
  type Issue,
  type RecordContext,
  type ValidationOptions,
} from './schema-values';
import { startRecord } from './issue-collector';

export const DEPOSIT_KEYS = [
  'id',
  'name',
  'country',
  'region',
  'minerals',
  'depositType',
  'locationPrecision',
  'sources',
  'asOf',
  'locationNote',
  'lat',
  'lon',
] as const;

/** Validates a deposit record (properties plus `lat`/`lon`) from `usgs-deposits.ndjson`. */
export function validateDeposit(
  input: unknown,
  ctx: RecordContext,
  opts: ValidationOptions,
): Issue[] {
  const { c, record } = startRecord(input, ctx, DEPOSIT_KEYS);
  if (!record) return c.issues;
  const value = record;
  c.country(value, 'country', opts.knownCountries, { nullable: true });
  if (value.country === null && (typeof value.region !== 'string' || value.region === '')) {
    c.add('required', 'a deposit without a country must name its region (ocean)');
  }
  c.string(value, 'region', MAX_LENGTH.name, { nullable: true });
  c.minerals(value, 'minerals');
  c.string(value, 'depositType', MAX_LENGTH.name);
  c.enumValue(value, 'locationPrecision', LOCATION_PRECISIONS);
  c.sources(value);
  c.date(value, 'asOf');
  if ('locationNote' in value) c.string(value, 'locationNote', MAX_LENGTH.note);
  if (!isValidLonLat(value.lon, value.lat)) {
    c.add(
      'coordinates',
      `lat/lon out of range or not numbers: lat=${JSON.stringify(value.lat)}, lon=${JSON.stringify(value.lon)}`,
    );
  }
  return c.issues;
}

/** Field names of corridor records (properties plus geometry). */
export const CORRIDOR_KEYS = [
  'id',
  'name',
  'kind',
  'status',
  'schematic',
  'description',
  'countries',
  'sources',
  'asOf',
  'geometry',
] as const;

/** Validates a corridor record's properties (geometry validity is checked in geodata/build/geo.ts). */
export function validateCorridor(
  input: unknown,
  ctx: RecordContext,
  opts: ValidationOptions,
): Issue[] {
  const { c, record } = startRecord(input, ctx, CORRIDOR_KEYS);
  if (!record) return c.issues;
  const value = record;
  c.enumValue(value, 'kind', CORRIDOR_KINDS);
  c.enumValue(value, 'status', STATUSES, true);
  c.boolean(value, 'schematic');
  c.string(value, 'description', MAX_LENGTH.note);
  const countries = value.countries;
  if (!Array.isArray(countries) || countries.length === 0) {
    c.add('country', 'field "countries" must be a non-empty array of ISO3 codes');
  } else {
    countries.forEach((x: unknown, i) =>
      c.countryCode(x, `countries[${i}]`, opts.knownCountries, []),
    );
  }
  c.sources(value);
  c.date(value, 'asOf');
  const g = value.geometry;
  if (!isRecord(g) || !['Polygon', 'MultiPolygon', 'LineString'].includes(String(g.type))) {
    c.add('geometry', 'geometry must be a GeoJSON Polygon, MultiPolygon or LineString');
  }
  return c.issues;
}

/** Field names of blocs.ndjson lines. */
export const BLOC_KEYS = [
  'id',
  'name',
  'shortName',
  'kind',
  'description',
  'founded',
  'includesEuropeanUnion',
  'sources',
  'asOf',
] as const;

/** Validates one bloc line (without members). */
export function validateBloc(input: unknown, ctx: RecordContext): Issue[] {
  const { c, record } = startRecord(input, ctx, BLOC_KEYS);
  if (!record) return c.issues;
  const value = record;
  c.string(value, 'shortName', MAX_LENGTH.name);
  c.string(value, 'kind', MAX_LENGTH.name);
  c.string(value, 'description', MAX_LENGTH.note);
  c.date(value, 'founded', true);
  c.boolean(value, 'includesEuropeanUnion');
  c.sources(value);
  c.date(value, 'asOf');
  return c.issues;
}

/** A parsed CSV row: column name -> cell text. */
