import { booleanPointInPolygon, pointToLineDistance, point, polygonToLine } from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString } from 'geojson';

/** A point to test against a corridor. */
export interface PlacedSite {
  id: string;
  coordinates: [number, number];
}

/** Default reach of a line corridor (a route) on each side, in kilometres. */
export const LINE_CORRIDOR_REACH_KM = 50;

function lines(geometry: Geometry): (LineString | MultiLineString)[] {
  switch (geometry.type) {
    case 'LineString':
    case 'MultiLineString':
      return [geometry];
    case 'Polygon':
    case 'MultiPolygon': {
      const outline = polygonToLine(geometry);
      const features = outline.type === 'FeatureCollection' ? outline.features : [outline];
      return features.map((feature: Feature<LineString | MultiLineString>) => feature.geometry);
    }
    default:
      return [];
  }
}

function distanceToLinesKm(
  coordinates: [number, number],
  geometries: (LineString | MultiLineString)[],
): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (const geometry of geometries) {
    const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
    for (const part of parts) {
      const line: LineString = { type: 'LineString', coordinates: part };
      nearest = Math.min(
        nearest,
        pointToLineDistance(point(coordinates), line, { units: 'kilometers' }),
      );
    }
  }
  return nearest;
}

/**
 * Ids of the sites inside a corridor: inside an area (or within `reachKm` of its edge), or within
 * `reachKm` of a route. Pure; used for the corridor panel and its tests.
 */
export function sitesInCorridor(
  geometry: Geometry,
  sites: readonly PlacedSite[],
  reachKm: number,
): string[] {
  const isArea = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
  const edges = lines(geometry);
  return sites
    .filter(({ coordinates }) => {
      if (isArea && booleanPointInPolygon(coordinates, geometry)) return true;
      return reachKm > 0 && distanceToLinesKm(coordinates, edges) <= reachKm;
    })
    .map(({ id }) => id);
}

/** A capacity total for one unit and commodity, and how many sites it adds up. */
export interface CapacityTotal {
  unit: string;
  commodity: string;
  value: number;
  sites: number;
}

/**
 * Adds up sourced capacities, only within the same unit and commodity (capacities in different
 * units are never summed). Sites without a capacity are counted separately by the caller.
 */
export function sumCapacities(
  capacities: readonly ({ value: number; unit: string; commodity: string } | null)[],
): CapacityTotal[] {
  const totals = new Map<string, CapacityTotal>();
  for (const capacity of capacities) {
    if (!capacity) continue;
    const key = `${capacity.commodity}\u0000${capacity.unit}`;
    const total = totals.get(key) ?? {
      unit: capacity.unit,
      commodity: capacity.commodity,
      value: 0,
      sites: 0,
    };
    total.value += capacity.value;
    total.sites += 1;
    totals.set(key, total);
  }
  return [...totals.values()].sort(
    (a, b) => a.commodity.localeCompare(b.commodity) || a.unit.localeCompare(b.unit),
  );
}
