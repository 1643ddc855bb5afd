import { booleanPointInPolygon, pointToLineDistance, point, polygonToLine } from '@turf/turf';
import type {
  Feature,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';

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
      if (isArea && booleanPointInPolygon(coordinates, geometry))
        return true;
      return reachKm > 0 && distanceToLinesKm(coordinates, edges) <= reachKm;
    })
    .map(({ id }) => id);
}
