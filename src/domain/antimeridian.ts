import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Largest longitude step, in degrees, that a ring may take between two vertices. */
const MAX_STEP = 180;

/** Latitude used to close rings that circle a pole, kept inside Web Mercator's range. */
const POLE_LATITUDE = 85.0511;

/**
 * Rewrites a ring so that consecutive vertices never jump more than 180° in longitude.
 *
 * Natural Earth rings that cross the antimeridian (Russia's Chukotka, Fiji) are stored with a
 * jump from +180 to −180; drawn in plain longitude/latitude that jump becomes a horizontal smear
 * across the whole map. Unwrapping continues the ring past ±180 instead (e.g. to 181.5), which
 * renderers that wrap worlds (MapLibre's geojson-vt) draw correctly on both sides.
 * A ring that circles a pole (Antarctica) is closed along the pole instead.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  let previous: number | undefined;
  for (const vertex of ring) {
    const [longitude = 0, latitude = 0] = vertex;
    if (previous !== undefined) {
      const step = longitude + shift - previous;
      if (step > MAX_STEP) shift -= 360;
      else if (step < -MAX_STEP) shift += 360;
    }
    previous = longitude + shift;
    out.push([longitude + shift, latitude]);
  }
  if (shift !== 0 && out.length > 0) return closeAroundPole(out);
  return out;
}

/** Closes a ring whose ends differ by a whole turn by walking along the nearer pole. */
function closeAroundPole(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last) return ring;
  const meanLatitude = ring.reduce((sum, [, latitude = 0]) => sum + latitude, 0) / ring.length;
  const pole = meanLatitude < 0 ? -POLE_LATITUDE : POLE_LATITUDE;
  const [lastLongitude = 0] = last;
  const [firstLongitude = 0] = first;
  const closed = ring.slice(0, -1);
  const direction = Math.sign(firstLongitude - lastLongitude);
  for (let longitude = lastLongitude; (firstLongitude - longitude) * direction > 0;) {
    closed.push([longitude, pole]);
    longitude += direction * Math.min(90, Math.abs(firstLongitude - longitude));
  }
  closed.push([firstLongitude, pole], first);
  return normaliseRange(closed);
}

/** Shifts a ring by a whole turn so that its longitudes start inside [−180, 180]. */
function normaliseRange(ring: Position[]): Position[] {
  const minimum = Math.min(...ring.map(([longitude = 0]) => longitude));
  const offset = minimum < -180 ? 360 : minimum >= 180 ? -360 : 0;
  if (offset === 0) return ring;
  return ring.map(([longitude = 0, latitude = 0]) => [longitude + offset, latitude]);
}

/** Applies {@link unwrapRing} to every ring of a polygon or multipolygon. */
export function unwrapPolygon<T extends Polygon | MultiPolygon>(geometry: T): T {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  }
  return {
    ...geometry,
    coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)),
  };
}

/** Largest longitude step between consecutive vertices of any ring: 180 or less means no smear. */
export function largestLongitudeStep(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest = 0;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let index = 1; index < ring.length; index += 1) {
        const step = Math.abs((ring[index]?.[0] ?? 0) - (ring[index - 1]?.[0] ?? 0));
        largest = Math.max(largest, step);
      }
    }
  }
  return largest;
}
