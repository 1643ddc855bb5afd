import type { AtlasFeatureCollection, FacilityProperties } from '../domain/types';

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFacilityFeature(value: unknown): boolean {
  if (!isRecord(value) || value.type !== 'Feature' || typeof value.id !== 'string') return false;
  const geometry = value.geometry;
  const properties = value.properties;
  if (!isRecord(geometry) || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates))
    return false;
  const [longitude, latitude] = geometry.coordinates as unknown[];
  if (typeof longitude !== 'number' || typeof latitude !== 'number') return false;
  if (!isRecord(properties)) return false;
  return (
    typeof properties.name === 'string' &&
    typeof properties.country === 'string' &&
    Array.isArray(properties.minerals)
  );
}

/**
 * Cheap structural check of a loaded facilities file, so a truncated or foreign file fails with
 * a message instead of breaking rendering. Full validation happens in the data build.
 */
export function isFacilityCollection(
  value: unknown,
): value is AtlasFeatureCollection<FacilityProperties> {
  return (
    isRecord(value) &&
    value.type === 'FeatureCollection' &&
    Array.isArray(value.features) &&
    value.features.every(isFacilityFeature)
  );
}

/** A check that a value is an array of objects that each have the named key. */
export function isArrayOf(key: string): (value: unknown) => boolean {
  return (value) => Array.isArray(value) && value.every((item) => isRecord(item) && key in item);
}
