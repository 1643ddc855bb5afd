import { describe, expect, it } from 'vitest';
import {
  boundsContain,
  listedPositions,
  shortLabel,
  siteRow,
  sortRows,
  type SiteRow,
} from './site-rows';

const labels = {
  country: (iso3: string) => ({ AUS: 'Australia', CHN: 'China', CHL: 'Chile' })[iso3] ?? iso3,
  stage: (stage: string) => (stage === 'magnet-plant' ? 'Magnet plant' : stage),
  mineral: (id: string) => (id === 'rare-earths' ? 'Rare earths (REE)' : id),
};
const row = (id: string, name: string, country: string, lon = 0, lat = 0): SiteRow =>
  siteRow(
    { id, name, country, stages: ['mine'], minerals: ['lithium'], coordinates: [lon, lat] },
    labels,
  );

describe('site rows', () => {
  it('builds readable cells, with short mineral labels', () => {
    const built = siteRow(
      {
        id: 'a',
        name: 'Baotou magnets',
        country: 'CHN',
        stages: ['magnet-plant', 'refinery'],
        minerals: ['rare-earths'],
        coordinates: [110, 40],
      },
      labels,
    );
    expect(built.cells).toEqual({
      name: 'Baotou magnets',
      country: 'China',
      stage: 'Magnet plant, refinery',
      minerals: 'Rare earths',
    });
    expect(shortLabel('Platinum-group metals (PGM)')).toBe('Platinum-group metals');
  });

  it('sorts by a column in either direction, ties by name then id, accents and numbers natural', () => {
    const rows = [
      row('c', 'Mine 10', 'CHL'),
      row('a', 'Mine 9', 'AUS'),
      row('b', 'Éa', 'AUS'),
      row('d', 'Mine 9', 'AUS'),
    ];
    const names = (order: Int32Array) => [...order].map((p) => rows[p]?.id);
    expect(names(sortRows(rows, 'name', 'ascending'))).toEqual(['b', 'a', 'd', 'c']);
    expect(names(sortRows(rows, 'country', 'descending'))).toEqual(['c', 'b', 'a', 'd']);
  });

  it('lists the rows that pass, in order, and only those in view when bounds are given', () => {
    const rows = [
      row('a', 'A', 'AUS', 179, 0),
      row('b', 'B', 'AUS', -179, 0),
      row('c', 'C', 'AUS', 0, 0),
    ];
    const order = Int32Array.from([2, 1, 0]);
    expect(listedPositions(rows, order, [1, 1, 0], null)).toEqual([1, 0]);
    expect(listedPositions(rows, order, [1, 1, 1], [170, -10, 190, 10])).toEqual([1, 0]);
  });

  it('reads bounds across the antimeridian and around the world', () => {
    expect(boundsContain([170, -10, -170, 10], 175, 0)).toBe(true);
    expect(boundsContain([170, -10, -170, 10], 0, 0)).toBe(false);
    expect(boundsContain([-200, -10, 200, 10], 0, 0)).toBe(true);
    expect(boundsContain([0, -10, 10, 10], 5, 20)).toBe(false);
  });
});
