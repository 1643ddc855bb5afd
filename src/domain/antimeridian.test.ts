import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import { largestLongitudeStep, unwrapPolygon, unwrapRing } from './antimeridian';
import countries110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import countries50 from 'world-atlas/countries-50m.json' with { type: 'json' };

function countryGeometries(topology: unknown): Map<string, Polygon | MultiPolygon> {
  const typed = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(typed, typed.objects.countries);
  const byName = new Map<string, Polygon | MultiPolygon>();
  for (const country of collection.features) {
    const geometry = country.geometry;
    if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
      byName.set(country.properties.name, geometry);
    }
  }
  return byName;
}

describe('unwrapRing', () => {
  it('continues a ring past 180° instead of jumping to −180°', () => {
    const ring = [
      [179, -16],
      [-179, -16],
      [-179, -17],
      [179, -17],
      [179, -16],
    ];
    const unwrapped = unwrapRing(ring);
    expect(unwrapped.map(([longitude]) => longitude)).toEqual([179, 181, 181, 179, 179]);
  });

  it('closes a ring that circles the south pole along the pole', () => {
    const ring = [
      [-180, -70],
      [-60, -65],
      [60, -68],
      [179.9, -70],
      [-180, -70],
    ];
    const unwrapped = unwrapRing(ring);
    const latitudes = unwrapped.map(([, latitude]) => latitude);
    expect(Math.min(...(latitudes as number[]))).toBeCloseTo(-85.0511);
    expect(unwrapped[0]).toEqual(unwrapped[unwrapped.length - 1]);
  });

  it('leaves ordinary rings alone', () => {
    const ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });
});

describe.each([
  ['110m', countries110],
  ['50m', countries50],
])('Natural Earth %s countries', (_label, topology) => {
  const geometries = countryGeometries(topology);

  it.each(['Russia', 'Fiji', 'Antarctica', 'United States of America'])(
    '%s has raw smears that unwrapping removes',
    (name) => {
      const geometry = geometries.get(name);
      expect(geometry).toBeDefined();
      if (!geometry) return;
      expect(largestLongitudeStep(unwrapPolygon(geometry))).toBeLessThanOrEqual(180);
    },
  );

  it('no country keeps a smear after unwrapping', () => {
    const smeared = [...geometries]
      .filter(([, geometry]) => largestLongitudeStep(unwrapPolygon(geometry)) > 180)
      .map(([name]) => name);
    expect(smeared).toEqual([]);
  });

  it('the raw data does smear (so the fix is needed)', () => {
    const russia = geometries.get('Russia');
    expect(russia && largestLongitudeStep(russia)).toBeGreaterThan(180);
  });
});
