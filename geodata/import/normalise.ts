/**
 * Pure normalisation of upstream rows (ICMM "External" sheet, USGS PP1802) into curated records
 * (`corrections.csv` is applied by `corrections.ts`).
 */
import {
  ICMM_AS_OF,
  ICMM_CITATION,
  ICMM_URL,
  ICMM_READ_VIA,
  PP1802_AS_OF,
  PP1802_CITATION,
  PP1802_READ_VIA,
  PP1802_SERVICE_URL,
} from '../build/io';
import { mapIcmmCommodity, mapPp1802Commodity, uniqueInOrder } from '../../src/domain/minerals';
import { OCEAN_NAMES } from '../../src/domain/countries';
import type { Confidence, MineralRole, Stage } from '../../src/domain/types';

/** A curated record as written to NDJSON (key order is the output order). */
export type ImportRecord = Record<string, unknown>;

/** ICMM "Asset Type" parts -> stages. */
export const ICMM_STAGE_MAP: Readonly<Record<string, Stage>> = {
  Mine: 'mine',
  Smelter: 'smelter',
  Refinery: 'refinery',
  Plant: 'processing',
  'Steel Plant': 'processing',
};

/** ICMM "Confidence Factor" -> confidence. */
export const ICMM_CONFIDENCE_MAP: Readonly<Record<string, Confidence>> = {
  High: 'high',
  Moderate: 'moderate',
  Low: 'low',
  'Very Low': 'very-low',
};

/**
 * Parses a coordinate cell. The Unicode minus sign (U+2212, seen in ICMM07721's latitude) is
 * read as '-'. Returns NaN for anything that is not a plain decimal number.
 */
export function parseCoordinate(cell: string | undefined): number {
  const s = (cell ?? '').trim().replace(/\u2212/g, '-');
  return /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(s) ? Number(s) : Number.NaN;
}

/**
 * Number of decimals a coordinate was given with, ignoring float noise from the shapefile export
 * (e.g. 50.80000000019993 has 1 decimal).
 */
export function coordinateDecimals(n: number): number {
  const s = String(Math.round(n * 1e6) / 1e6);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * Precision implied by the coordinates themselves: points given to at most one decimal degree in
 * both lat and lon (±11 km or worse) are `approximate`; otherwise `fallback`.
 */
export function precisionFromCoordinates(
  lat: number,
  lon: number,
  fallback: 'exact' | 'district',
): 'exact' | 'approximate' | 'district' {
  if (fallback === 'district') return fallback;
  return coordinateDecimals(lat) <= 1 && coordinateDecimals(lon) <= 1 ? 'approximate' : fallback;
}

/** Splits a `;`-joined cell into trimmed, non-empty parts. */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(';')
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter((s) => s !== '');
}

/** ICMM's commodity columns and the role each gives a mineral, strongest first. */
const ICMM_ROLE_COLUMNS: readonly [string, MineralRole][] = [
  ['Primary Commodity', 'primary'],
  ['Secondary Commodity', 'secondary'],
  ['Other Commodities', 'by-product'],
];

/**
 * The minerals of an ICMM row with their roles: Primary Commodity → primary, Secondary →
 * secondary, Other Commodities → by-product. A mineral named in two columns keeps its stronger
 * role; unmapped commodities are dropped.
 */
export function icmmMinerals(row: Readonly<Record<string, string>>): {
  minerals: string[];
  mineralRoles: MineralRole[];
} {
  const minerals: string[] = [];
  const mineralRoles: MineralRole[] = [];
  for (const [column, role] of ICMM_ROLE_COLUMNS) {
    for (const mineral of splitList(row[column]).flatMap((c) => mapIcmmCommodity(c))) {
      if (minerals.includes(mineral)) continue;
      minerals.push(mineral);
      mineralRoles.push(role);
    }
  }
  return { minerals, mineralRoles };
}

/**
 * Normalises one ICMM row. Returns undefined when the site has no critical mineral among its
 * primary/secondary/other commodities. Throws on an unknown asset type or confidence value.
 */
export function normaliseIcmmRow(
  row: Readonly<Record<string, string>>,
  critical: ReadonlySet<string>,
  resolveCountry: (name: string) => string | null,
): ImportRecord | undefined {
  const icmmId = (row.ICMMID ?? '').trim();
  const { minerals, mineralRoles } = icmmMinerals(row);
  const crit = minerals.filter((m) => critical.has(m));
  if (crit.length === 0) return undefined;
  const stages = uniqueInOrder(
    splitList(row['Asset Type']).map((t) => {
      const s = ICMM_STAGE_MAP[t];
      if (s === undefined)
        throw new Error(`${icmmId}: unknown ICMM asset type ${JSON.stringify(t)}`);
      return s;
    }),
  );
  const confRaw = (row['Confidence Factor'] ?? '').trim();
  const confidence = ICMM_CONFIDENCE_MAP[confRaw];
  if (confidence === undefined)
    throw new Error(`${icmmId}: unknown confidence ${JSON.stringify(confRaw)}`);
  const name = (row['Mine Name'] ?? '').trim().replace(/\s+/g, ' ');
  const lat = parseCoordinate(row.Latitude);
  const lon = parseCoordinate(row.Longitude);
  return {
    id: `icmm-${icmmId.toLowerCase()}`,
    name,
    country: resolveCountry(row.Country ?? ''),
    stages,
    status: null,
    statusDate: null,
    minerals,
    mineralRoles,
    primaryMineral: minerals[0],
    critical: crit,
    operator: null,
    owners: [],
    capacity: null,
    confidence,
    locationPrecision: precisionFromCoordinates(lat, lon, 'exact'),
    groupNames: uniqueInOrder(splitList(row['Group Names'])),
    sources: [{ citation: ICMM_CITATION, url: ICMM_URL, rowId: icmmId, readVia: ICMM_READ_VIA }],
    asOf: ICMM_AS_OF,
    lat,
    lon,
  };
}

/**
 * PP1802 names that denote a district, belt, state or group of deposits rather than one deposit;
 * their points are district-level centroids.
 */
const DISTRICT_NAME =
  /\b(district|districts|deposits|belt|province|field|fields|region|regions|area|sands)\b/i;

/** Indian state names used as PP1802 DEPOSIT_NAME for state-level points (no LOC_DETAIL given). */
const STATE_NAMES: ReadonlySet<string> = new Set([
  'andhra pradesh',
  'gujarat',
  'karnataka',
  'kerala',
  'madhya pradesh',
  'odisha',
  'tamil nadu',
]);

/**
 * True when a PP1802 point is a district / state / country-level centroid: the name says
 * district, belt, area etc., or equals its state (LOC_DETAIL), its country (LOCATION) or an
 * Indian state.
 */
export function isDistrictName(name: string, detail: string, location: string): boolean {
  const n = name.toLowerCase();
  return (
    DISTRICT_NAME.test(name) ||
    n === detail.toLowerCase() ||
    n === location.toLowerCase() ||
    STATE_NAMES.has(n)
  );
}

/** Normalises one PP1802 row (all rows are kept). Unknown commodities are reported in `errors`. */
export function normalisePp1802Row(
  row: Readonly<Record<string, string>>,
  resolveCountry: (name: string) => string | null,
  errors: string[],
): ImportRecord {
  const index = (row[''] ?? '').trim();
  const minerals = uniqueInOrder(
    splitList(row.CRITICAL_MINERAL).flatMap((c) => {
      const m = mapPp1802Commodity(c);
      if (m === undefined) {
        errors.push(`PP1802 row ${index}: unknown commodity ${JSON.stringify(c)}`);
        return [];
      }
      return m;
    }),
  );
  const location = (row.LOCATION ?? '').trim();
  const detail = (row.LOC_DETAIL ?? '').trim();
  const ocean = OCEAN_NAMES.has(location);
  const country = ocean ? null : resolveCountry(location);
  // "Tibet" and "England" are LOCATION values below country level; keep them as the region.
  const subNational = location === 'Tibet' || location === 'England';
  const region = detail !== '' ? detail : ocean || subNational ? location : null;
  const name = (row.DEPOSIT_NAME ?? '').trim().replace(/\s+/g, ' ');
  const lat = parseCoordinate(row.LATITUDE);
  const lon = parseCoordinate(row.LONGITUDE);
  return {
    id: `usgs-pp1802-${index}`,
    name,
    country,
    region,
    minerals,
    depositType: (row.DEPOSIT_TYPE ?? '').trim().replace(/\s+/g, ' '),
    locationPrecision: precisionFromCoordinates(
      lat,
      lon,
      isDistrictName(name, detail, location) ? 'district' : 'exact',
    ),
    sources: [
      {
        citation: PP1802_CITATION,
        url: PP1802_SERVICE_URL,
        rowId: `PP1802 row ${index}`,
        readVia: PP1802_READ_VIA,
      },
    ],
    asOf: PP1802_AS_OF,
    lat,
    lon,
  };
}

export {
  applyCorrections,
  parseCorrections,
  CORRECTABLE_FIELDS,
  type Correction,
} from './corrections';
