import type { AtlasFeature } from '../domain/types';
import { MINERAL_ROLES, isOneOf } from '../domain/vocabulary';
import { isRecord } from '../domain/values';
import {
  SITES_COLUMNS,
  SITES_FORMAT,
  type FacilityDetails,
  type SitesColumns,
  type SitesFile,
} from '../domain/sites-file';

export { isRecord };

/** A check that a value is an array of objects that each have the named key. */
export function isArrayOf(key: string): (value: unknown) => boolean {
  return (value) => Array.isArray(value) && value.every((item) => isRecord(item) && key in item);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNullableString = (value: unknown): boolean => value === null || isString(value);
const isNullableNumber = (value: unknown): boolean =>
  value === null || (typeof value === 'number' && Number.isFinite(value));
const isStringArray = (value: unknown): boolean => Array.isArray(value) && value.every(isString);
const isRoleList = (value: unknown): boolean =>
  Array.isArray(value) && value.every((role) => isOneOf(MINERAL_ROLES, role));
const isCoordinate = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value);
const isOwnerList = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.every(
    (owner) =>
      isRecord(owner) &&
      isString(owner.name) &&
      isNullableString(owner.country) &&
      isNullableNumber(owner.share),
  );
const isCapacity = (value: unknown): boolean =>
  value === null ||
  (isRecord(value) &&
    typeof value.value === 'number' &&
    Number.isFinite(value.value) &&
    isString(value.unit) &&
    isString(value.commodity) &&
    isNullableNumber(value.year) &&
    isNullableString(value.product));

/** The check every value of each `sites.json` column must pass. */
const SITES_COLUMN_CHECKS: Readonly<Record<keyof SitesColumns, (value: unknown) => boolean>> = {
  id: isString,
  name: isString,
  country: isString,
  stages: isStringArray,
  status: isNullableString,
  statusDate: isNullableString,
  minerals: isStringArray,
  mineralRoles: isRoleList,
  primaryMineral: isString,
  critical: isStringArray,
  operator: isNullableString,
  owners: isOwnerList,
  capacity: isCapacity,
  confidence: isString,
  locationPrecision: isString,
  asOf: isString,
  lon: isCoordinate,
  lat: isCoordinate,
};

/**
 * Checks a loaded `sites.json`: its format tag, and that every column is an own array of
 * `count` values of the column's types. Full validation happens in the data build.
 */
export function isSitesFile(value: unknown): value is SitesFile {
  if (!isRecord(value) || value.format !== SITES_FORMAT) return false;
  const { count, columns } = value;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) return false;
  if (!isRecord(columns)) return false;
  return SITES_COLUMNS.every((name) => {
    const values = Object.hasOwn(columns, name) ? columns[name] : undefined;
    return (
      Array.isArray(values) && values.length === count && values.every(SITES_COLUMN_CHECKS[name])
    );
  });
}

const isSource = (value: unknown): boolean =>
  isRecord(value) &&
  isString(value.citation) &&
  isNullableString(value.url) &&
  isNullableString(value.rowId) &&
  (value.readVia === undefined || isString(value.readVia));

function isDetailsFeature(value: unknown): boolean {
  if (!isRecord(value) || !isString(value.id) || !isRecord(value.properties)) return false;
  const properties = value.properties;
  return (
    Array.isArray(properties.sources) &&
    properties.sources.every(isSource) &&
    isStringArray(properties.groupNames) &&
    (properties.note === undefined || isString(properties.note)) &&
    (properties.locationNote === undefined || isString(properties.locationNote))
  );
}

/** Checks `facilities.geojson` as the details file: each feature's id, sources, names and note. */
export function isDetailsCollection(
  value: unknown,
): value is { features: AtlasFeature<FacilityDetails>[] } {
  return (
    isRecord(value) &&
    value.type === 'FeatureCollection' &&
    Array.isArray(value.features) &&
    value.features.every(isDetailsFeature)
  );
}
