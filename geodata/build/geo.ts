/**
 * Geographic validation rules: point inside its stated country (with coastal tolerance and a
 * swapped lat/lon hint) and RFC 7946 polygon/line checks (ring closure, winding,
 * self-intersection, antimeridian crossing). Pure functions over GeoJSON inputs.
 */
import {
  booleanClockwise,
  booleanPointInPolygon,
  kinks,
  point,
  pointToLineDistance,
  polygon,
  polygonToLine,
} from '@turf/turf';
import type {
  Feature,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';

/** Default coastal tolerance in kilometres. */
export const COASTAL_TOLERANCE_KM = 25;

/** Result of a point-in-country test. */
export interface PointInCountryResult {
  /** True when inside or within the tolerance of the boundary. */
  ok: boolean;
  /** True when strictly inside a polygon. */
  inside: boolean;
  /** Distance to the nearest boundary in km when outside (0 when inside; Infinity without polygons). */
  distanceKm: number;
  /** True when the swapped point (lon := lat, lat := lon) is inside the country. */
  swappedInside: boolean;
}

function bboxContains(
  f: Feature<Polygon | MultiPolygon>,
  lon: number,
  lat: number,
  padDeg: number,
): boolean {
  const b = f.bbox ?? computeBbox(f);
  return (
    lon >= b[0] - padDeg && lon <= b[2] + padDeg && lat >= b[1] - padDeg && lat <= b[3] + padDeg
  );
}

function computeBbox(f: Feature<Polygon | MultiPolygon>): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys) {
    for (const ring of poly) {
      for (const p of ring) {
        const x = p[0] ?? 0;
        const y = p[1] ?? 0;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  const bbox: [number, number, number, number] = [minX, minY, maxX, maxY];
  f.bbox = bbox;
  return bbox;
}

/** True when [lon, lat] is inside any of the polygons. */
export function insideAny(
  polys: readonly Feature<Polygon | MultiPolygon>[],
  lon: number,
  lat: number,
): boolean {
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90)
    return false;
  const test = (x: number): boolean => {
    const pt = point([x, lat]);
    return polys.some((f) => bboxContains(f, x, lat, 0) && booleanPointInPolygon(pt, f));
  };
  // Rings unwrapped across the antimeridian span longitudes > 180: also test lon + 360.
  return test(lon) || (lon < 0 && test(lon + 360));
}

/** Distance in km from [lon, lat] to the nearest polygon boundary (Infinity when no polygons). */
export function distanceToBoundaryKm(
  polys: readonly Feature<Polygon | MultiPolygon>[],
  lon: number,
  lat: number,
): number {
  const direct = distanceToBoundaryOnce(polys, lon, lat);
  return lon < 0 ? Math.min(direct, distanceToBoundaryOnce(polys, lon + 360, lat)) : direct;
}

function distanceToBoundaryOnce(
  polys: readonly Feature<Polygon | MultiPolygon>[],
  lon: number,
  lat: number,
): number {
  const pt = point([lon, lat]);
  let best = Infinity;
  for (const f of polys) {
    // Only rings whose bbox is within ~1 degree can be within the tolerance; skip the rest cheaply.
    if (!bboxContains(f, lon, lat, 1.5)) continue;
    const polysCoords =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polysCoords) {
      const outer = poly[0];
      if (!outer) continue;
      const lines = polygonToLine(polygon([outer]));
      const geoms: (LineString | MultiLineString)[] =
        lines.type === 'FeatureCollection'
          ? lines.features.map((l) => l.geometry)
          : [lines.geometry];
      for (const g of geoms) {
        const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
        for (const coords of parts) {
          const d = pointToLineDistance(
            pt,
            { type: 'LineString', coordinates: coords },
            { units: 'kilometers' },
          );
          if (d < best) best = d;
        }
      }
    }
  }
  return best;
}

/**
 * Tests whether [lon, lat] lies in the country given by `polys` or within `toleranceKm` of its
 * boundary (coastal points, points on a border). Also reports whether the swapped point is inside.
 */
export function checkPointInCountry(
  polys: readonly Feature<Polygon | MultiPolygon>[],
  lon: number,
  lat: number,
  toleranceKm = COASTAL_TOLERANCE_KM,
): PointInCountryResult {
  if (insideAny(polys, lon, lat))
    return { ok: true, inside: true, distanceKm: 0, swappedInside: false };
  const d = distanceToBoundaryKm(polys, lon, lat);
  const swappedInside = insideAny(polys, lat, lon);
  return { ok: d <= toleranceKm, inside: false, distanceKm: d, swappedInside };
}

/** Message for a failed point-in-country check (names the "probably swapped lat/lon" case). */
export function pointInCountryMessage(
  country: string,
  lon: number,
  lat: number,
  r: PointInCountryResult,
): string {
  const where = `point (lat ${lat}, lon ${lon}) is outside ${country}`;
  const dist = Number.isFinite(r.distanceKm)
    ? ` (${Math.round(r.distanceKm)} km from its boundary)`
    : '';
  return r.swappedInside ? `${where}${dist}; probably swapped lat/lon` : `${where}${dist}`;
}

function ringIssues(ring: Position[], label: string, exterior: boolean): string[] {
  const out: string[] = [];
  if (ring.length < 4) {
    out.push(`${label} has ${ring.length} positions (a linear ring needs at least 4)`);
    return out;
  }
  const a = ring[0];
  const b = ring[ring.length - 1];
  if (!a || !b || a[0] !== b[0] || a[1] !== b[1])
    out.push(`${label} is not closed (first != last position)`);
  const cw = booleanClockwise(ring);
  if (exterior && cw)
    out.push(`${label} (exterior) is clockwise; RFC 7946 requires counter-clockwise`);
  if (!exterior && !cw)
    out.push(`${label} (hole) is counter-clockwise; RFC 7946 requires clockwise`);
  return out;
}

function positionIssues(coords: Position[], label: string): string[] {
  const out: string[] = [];
  coords.forEach((p, i) => {
    const [x, y] = p;
    if (
      typeof x !== 'number' ||
      typeof y !== 'number' ||
      !Number.isFinite(x) ||
      !Number.isFinite(y) ||
      Math.abs(x) > 180 ||
      Math.abs(y) > 90
    ) {
      out.push(`${label} position ${i} ${JSON.stringify(p)} is out of range`);
    }
    const prev = coords[i - 1];
    if (
      i > 0 &&
      prev &&
      typeof x === 'number' &&
      typeof prev[0] === 'number' &&
      Math.abs(x - prev[0]) > 180
    ) {
      out.push(
        `${label} crosses the antimeridian between positions ${i - 1} and ${i}; split it (RFC 7946 §3.1.9)`,
      );
    }
  });
  return out;
}

/**
 * Checks a corridor geometry against RFC 7946: positions in range, closed rings with ≥4
 * positions, exterior rings counter-clockwise and holes clockwise, no self-intersection
 * (turf kinks), no segment crossing the antimeridian. Returns messages (empty when valid).
 */
export function checkGeometry(geometry: unknown): string[] {
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (typeof g !== 'object' || g === null || !Array.isArray(g.coordinates)) {
    return ['geometry has no coordinates array'];
  }
  const out: string[] = [];
  try {
    if (g.type === 'LineString') {
      const coords = g.coordinates as Position[];
      if (coords.length < 2) out.push('LineString needs at least 2 positions');
      out.push(...positionIssues(coords, 'LineString'));
      return out;
    }
    const polys: Position[][][] =
      g.type === 'Polygon'
        ? [g.coordinates as Position[][]]
        : g.type === 'MultiPolygon'
          ? (g.coordinates as Position[][][])
          : [];
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon')
      return [`unsupported geometry type ${String(g.type)}`];
    polys.forEach((poly, pi) => {
      const pl = g.type === 'MultiPolygon' ? `polygon ${pi} ` : '';
      if (poly.length === 0) out.push(`${pl}has no rings`);
      poly.forEach((ring, ri) => {
        const label = `${pl}ring ${ri}`;
        const pos = positionIssues(ring, label);
        out.push(...pos);
        if (pos.length === 0) out.push(...ringIssues(ring, label, ri === 0));
      });
      if (out.length === 0) {
        const k = kinks(polygon(poly));
        if (k.features.length > 0) {
          const first = k.features[0]?.geometry.coordinates;
          out.push(
            `${pl}self-intersects (${k.features.length} kink(s), first at ${JSON.stringify(first)})`,
          );
        }
      }
    });
  } catch (e) {
    out.push(`geometry could not be checked: ${e instanceof Error ? e.message : String(e)}`);
  }
  return out;
}
