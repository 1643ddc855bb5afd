import { describe, expect, it } from 'vitest';
import { sitesInCorridor, sumCapacities } from './corridor';

const sites = [
  { id: 'inside', coordinates: [0.5, 0.5] as [number, number] },
  { id: 'near', coordinates: [1.2, 0.5] as [number, number] },
  { id: 'far', coordinates: [5, 5] as [number, number] },
];

describe('sitesInCorridor', () => {
  const square = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  };

  it('finds sites inside an area, and near its edge only with a reach', () => {
    expect(sitesInCorridor(square, sites, 0)).toEqual(['inside']);
    expect(sitesInCorridor(square, sites, 30)).toEqual(['inside', 'near']);
  });

  it('finds sites within the reach of a route', () => {
    const route = {
      type: 'LineString' as const,
      coordinates: [
        [0, 0.5],
        [1, 0.5],
      ],
    };
    expect(sitesInCorridor(route, sites, 10)).toEqual(['inside']);
    expect(sitesInCorridor(route, sites, 30)).toEqual(['inside', 'near']);
    expect(sitesInCorridor(route, sites, 2000)).toEqual(['inside', 'near', 'far']);
  });
});

describe('sumCapacities', () => {
  it('adds up only like units and commodities', () => {
    expect(
      sumCapacities([
        { value: 10, unit: 't/yr', commodity: 'NdPr' },
        null,
        { value: 5, unit: 't/yr', commodity: 'NdPr' },
        { value: 7, unit: 'kt/yr', commodity: 'NdPr' },
      ]),
    ).toEqual([
      { unit: 'kt/yr', commodity: 'NdPr', value: 7, sites: 1 },
      { unit: 't/yr', commodity: 'NdPr', value: 15, sites: 2 },
    ]);
  });
});
