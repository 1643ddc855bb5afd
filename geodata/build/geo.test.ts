import { describe, expect, it } from 'vitest';
import { squareCountry } from './test-fixtures';
import { checkGeometry, checkPointInCountry, pointInCountryMessage } from './geo';
import { countryName, loadCountryPolygons, polygonsFor, resolveCountryName } from './countries';

// A 10 x 10 degree square country between lon 10..20 and lat 40..50 (counter-clockwise).
const square = squareCountry(10, 40);

describe('point in stated country', () => {
  it('accepts an inside point', () => {
    expect(checkPointInCountry([square], 15, 45).ok).toBe(true);
  });
  it('accepts a point just outside within the coastal tolerance', () => {
    const r = checkPointInCountry([square], 20.1, 45); // ~8 km east of the edge
    expect(r.inside).toBe(false);
    expect(r.ok).toBe(true);
  });
  it('rejects a far point and names the swapped lat/lon case', () => {
    const r = checkPointInCountry([square], 45, 15); // lat/lon swapped
    expect(r.ok).toBe(false);
    expect(r.swappedInside).toBe(true);
    expect(pointInCountryMessage('XXX', 45, 15, r)).toMatch(/probably swapped lat\/lon/);
    const far = checkPointInCountry([square], 100, -30);
    expect(far.ok).toBe(false);
    expect(pointInCountryMessage('XXX', 100, -30, far)).not.toMatch(/swapped/);
  });
  it('uses Natural Earth polygons, including rings across the antimeridian', () => {
    const polys = loadCountryPolygons();
    expect(checkPointInCountry(polygonsFor(polys, 'RUS'), 32.75, 67.88).inside).toBe(true); // Kola
    expect(checkPointInCountry(polygonsFor(polys, 'RUS'), 178.3, 68.07).inside).toBe(true); // Chukotka
    expect(checkPointInCountry(polygonsFor(polys, 'NCL'), 118.9047, -21.0639).ok).toBe(false); // Pilgangoora
    expect(checkPointInCountry(polygonsFor(polys, 'AUS'), 118.9047, -21.0639).ok).toBe(true);
    expect(checkPointInCountry(polygonsFor(polys, 'GUF'), -53.0, 4.0).ok).toBe(true); // via France
    expect(polygonsFor(polys, 'XKK').length).toBeGreaterThan(0); // Kosovo has no id: matched by name
  });
  it('maps upstream country names and leaves unknown names unmapped', () => {
    expect(resolveCountryName('Democratic Republic of the Congo')).toBe('COD');
    expect(resolveCountryName('Tibet')).toBe('CHN');
    expect(resolveCountryName('Atlantis')).toBeUndefined();
  });
  it('publishes short English display names, not long official names', () => {
    expect(countryName('CHN')).toBe('China');
    expect(countryName('COD')).toBe('DR Congo');
    expect(countryName('COG')).toBe('Republic of the Congo');
    expect(countryName('USA')).toBe('United States');
    expect(countryName('CZE')).toBe('Czechia');
    expect(countryName('AUS')).toBe('Australia'); // no override: ISO English name
  });
});

describe('RFC 7946 geometry checks', () => {
  it('accepts a valid polygon and line', () => {
    expect(checkGeometry(square.geometry)).toEqual([]);
    expect(
      checkGeometry({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      }),
    ).toEqual([]);
  });
  it('rejects a clockwise exterior ring', () => {
    const cw = {
      type: 'Polygon',
      coordinates: [
        [
          [10, 40],
          [10, 50],
          [20, 50],
          [20, 40],
          [10, 40],
        ],
      ],
    };
    expect(checkGeometry(cw).join()).toMatch(/counter-clockwise/);
  });
  it('rejects a counter-clockwise hole', () => {
    const g = {
      type: 'Polygon',
      coordinates: [
        square.geometry.coordinates[0],
        [
          [12, 42],
          [14, 42],
          [14, 44],
          [12, 44],
          [12, 42],
        ],
      ],
    };
    expect(checkGeometry(g).join()).toMatch(/hole/);
  });
  it('rejects a self-intersecting (bow-tie) ring', () => {
    const bowtie = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 10],
          [10, 0],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    expect(checkGeometry(bowtie).join()).toMatch(/self-intersects|clockwise/);
    const bowtie2 = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [0, 10],
          [10, 10],
          [0, 0],
        ],
      ],
    };
    expect(checkGeometry(bowtie2).join()).toMatch(/self-intersects|clockwise/);
  });
  it('rejects a ring crossing the antimeridian, an open ring and out-of-range positions', () => {
    const anti = {
      type: 'Polygon',
      coordinates: [
        [
          [179, 0],
          [-179, 0],
          [-179, 1],
          [179, 1],
          [179, 0],
        ],
      ],
    };
    expect(checkGeometry(anti).join()).toMatch(/antimeridian/);
    const open = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ],
      ],
    };
    expect(checkGeometry(open).join()).toMatch(/not closed/);
    expect(
      checkGeometry({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [0, 91],
        ],
      }).join(),
    ).toMatch(/out of range/);
  });
});
