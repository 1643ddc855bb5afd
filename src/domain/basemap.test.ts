import { describe, expect, it } from 'vitest';
import countries110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import { buildBasemapLayers } from './basemap';
import { largestLongitudeStep } from './antimeridian';

describe('buildBasemapLayers', () => {
  const layers = buildBasemapLayers(countries110);

  it('keeps every Natural Earth country with no antimeridian smear', () => {
    expect(layers.countries.features.length).toBe(177);
    for (const country of layers.countries.features) {
      expect(largestLongitudeStep(country.geometry), country.properties.name).toBeLessThanOrEqual(
        180,
      );
    }
  });

  it('places labels inside their country, including ones that cross the antimeridian', () => {
    const label = (name: string) =>
      layers.labels.features.find((feature) => feature.properties.name === name)?.geometry
        .coordinates;
    const [fijiLongitude = 0, fijiLatitude = 0] = label('Fiji') ?? [];
    expect(Math.abs(fijiLongitude)).toBeGreaterThan(175);
    expect(fijiLatitude).toBeLessThan(-15);
    const [russiaLongitude = 0, russiaLatitude = 0] = label('Russia') ?? [];
    expect(russiaLongitude).toBeGreaterThan(30);
    expect(russiaLatitude).toBeGreaterThan(50);
  });

  it('draws borders only where two countries meet (no coastlines, no ±180° cut lines)', () => {
    const lines = layers.borders.geometry.coordinates;
    const alongCut = lines.filter((line) =>
      line.every(([longitude = 0]) => Math.abs(Math.abs(longitude) - 180) < 1e-6),
    );
    expect(lines.length).toBeGreaterThan(100);
    expect(alongCut).toEqual([]);
  });
});
