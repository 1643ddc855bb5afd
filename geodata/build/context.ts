/**
 * What the dataset builders of the data build share: file names, options, the build context and
 * small helpers (sources, features, CSV records, the point-in-country rule).
 */
import {
  isRecord,
  isValidLonLat,
  type Issue,
  type RecordContext,
  type ValidationOptions,
} from '../../src/domain/schema';

import type { Source } from '../../src/domain/types';
import { parseCsvRecords, type CsvRecord } from './csv';
import { checkPointInCountry, pointInCountryMessage, COASTAL_TOLERANCE_KM } from './geo';
import { polygonsFor, type CountryPolygons } from './countries';

import type { Gazetteer } from './gazetteer';
import { round5 } from './io';

/** Point-in-country tolerance for `district`-precision points (district / state centroids). */
export const DISTRICT_TOLERANCE_KM = 100;

/** Curated input file names (in geodata/curated/). */
export const CURATED_FILES = {
  icmm: 'icmm-facilities.ndjson',
  sites: 'curated-sites.ndjson',
  enrichments: 'facility-enrichments.ndjson',
  deposits: 'usgs-deposits.ndjson',
  corridors: 'corridors.ndjson',
  blocs: 'blocs.ndjson',
  blocMembers: 'bloc-members.csv',
  figures: 'country-figures.csv',
  figures2026: 'country-figures-mcs2026.csv',
  markets: 'markets-mcs2026.csv',
  priceFloors: 'price-floors.csv',
  lists: 'critical-lists.csv',
  corrections: 'corrections.csv',
} as const;

/** Inputs: file name -> text (absent when the file does not exist). */
export type CuratedInputs = Partial<
  Record<(typeof CURATED_FILES)[keyof typeof CURATED_FILES], string>
>;

/** Build result: published files (name -> text) and all issues found. */
export interface BuildResult {
  /** Output file name (in public/data/) -> content. */
  outputs: Map<string, string>;
  /** Validation issues (build must fail when non-empty). */
  issues: Issue[];
  /** Summary counts for the console. */
  counts: Record<string, number>;
}

/** Options of the build. */
export interface BuildOptions {
  /** Country polygons for the point-in-country rule. */
  polygons: CountryPolygons;
  /** Known ISO3 codes. */
  knownCountries: ReadonlySet<string>;
  /** Directory label used in messages, e.g. "geodata/curated". */
  dir: string;
  /** Town positions for curated sites placed by town. */
  gazetteer: Gazetteer;
}

export function normSources(v: unknown): Source[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isRecord).map((s) => {
    const source: Source = {
      citation: String(s.citation),
      url: typeof s.url === 'string' ? s.url : null,
      rowId: typeof s.rowId === 'string' ? s.rowId : null,
    };
    if (typeof s.readVia === 'string') source.readVia = s.readVia;
    return source;
  });
}

/** Serialises a FeatureCollection with one feature per line (diffable, deterministic). */
export function featureCollectionText(features: readonly unknown[]): string {
  if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  return (
    '{"type":"FeatureCollection","features":[\n' +
    features.map((f) => JSON.stringify(f)).join(',\n') +
    '\n]}\n'
  );
}

export function roundCoords(c: unknown): unknown {
  if (typeof c === 'number') return round5(c);
  if (Array.isArray(c)) return c.map(roundCoords);
  return c;
}

export function ctxOf(
  dir: string,
  file: string,
  id: unknown,
  line: number | string,
): RecordContext {
  const where = typeof line === 'number' ? `line ${line}` : line;
  return {
    file: `${dir}/${file}`,
    record: typeof id === 'string' && id !== '' ? `${id} (${where})` : where,
  };
}

/** A GeoJSON point feature of a validated curated record, coordinates rounded to 5 decimals. */
export function pointFeature(
  record: Record<string, unknown>,
  properties: Record<string, unknown>,
): unknown {
  return {
    type: 'Feature',
    id: record.id,
    geometry: {
      type: 'Point',
      coordinates: [round5(record.lon as number), round5(record.lat as number)],
    },
    properties,
  };
}

/** What every dataset builder reads and writes: the inputs, the options and the shared results. */
export interface BuildContext {
  inputs: CuratedInputs;
  opts: BuildOptions;
  dir: string;
  /** Every issue found; builders push to it. */
  issues: Issue[];
  /** Published file name -> content; builders set theirs. */
  outputs: Map<string, string>;
  /** Countries the data refers to (they get an entry in countries.json). */
  referenced: Set<string>;
  vopts: ValidationOptions;
}

/** A built point record: its id, minerals (for counts) and GeoJSON feature. */
export interface BuiltPoint {
  id: string;
  feature: unknown;
  minerals: string[];
}

export function csvRecords(
  text: string,
  file: string,
  columns: readonly string[],
  dir: string,
  issues: Issue[],
): CsvRecord[] {
  try {
    const { header, records } = parseCsvRecords(text, file);
    const missing = columns.filter((c) => !header.includes(c));
    const extra = header.filter((c) => !columns.includes(c));
    if (missing.length > 0 || extra.length > 0) {
      issues.push({
        file: `${dir}/${file}`,
        record: 'header',
        rule: 'columns',
        message: `expected columns ${columns.join(',')}${missing.length ? `; missing ${missing.join(',')}` : ''}${extra.length ? `; unexpected ${extra.join(',')}` : ''}`,
      });
    }
    return records;
  } catch (e) {
    issues.push({
      file: `${dir}/${file}`,
      record: '-',
      rule: 'csv',
      message: e instanceof Error ? e.message : String(e),
    });
    return [];
  }
}

export function pointIssues(
  v: Record<string, unknown>,
  ctx: RecordContext,
  opts: BuildOptions,
): Issue[] {
  const { lon, lat, country } = v;
  if (typeof country !== 'string' || !opts.knownCountries.has(country)) return [];
  if (!isValidLonLat(lon, lat)) {
    // Out of range, but valid when swapped and then inside the country: say so.
    if (isValidLonLat(lat, lon)) {
      const swapped = checkPointInCountry(
        polygonsFor(opts.polygons, country),
        lat as number,
        lon as number,
      );
      if (swapped.ok) {
        return [
          {
            ...ctx,
            rule: 'point-in-country',
            message: `lat ${String(lat)} / lon ${String(lon)} lie in ${country} only when swapped; probably swapped lat/lon`,
          },
        ];
      }
    }
    return [];
  }
  const polys = polygonsFor(opts.polygons, country);
  if (polys.length === 0) {
    return [
      {
        ...ctx,
        rule: 'point-in-country',
        message: `no Natural Earth polygon for country ${country}`,
      },
    ];
  }
  // District / state centroids get a wider tolerance than site coordinates.
  const tolerance =
    v.locationPrecision === 'district' ? DISTRICT_TOLERANCE_KM : COASTAL_TOLERANCE_KM;
  const r = checkPointInCountry(polys, lon as number, lat as number, tolerance);
  return r.ok
    ? []
    : [
        {
          ...ctx,
          rule: 'point-in-country',
          message: pointInCountryMessage(country, lon as number, lat as number, r),
        },
      ];
}
