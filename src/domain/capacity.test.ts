import { describe, expect, it } from 'vitest';
import { capacityRollup, ownerSplit, productsOf, UNATTRIBUTED } from './capacity';
import type { FacilityProperties } from './types';
import { facilityFixture } from './test-fixtures';

const plant = (extra: Partial<FacilityProperties>): FacilityProperties =>
  facilityFixture('p', {
    stages: ['refinery'],
    minerals: ['lithium'],
    mineralRoles: ['primary'],
    ...extra,
  }).properties;
const cap = (value: number, product: 'lce' | 'lithium-hydroxide' = 'lithium-hydroxide') => ({
  value,
  unit: 't/yr',
  commodity: 'LiOH',
  year: 2024,
  product,
});

const SITES: FacilityProperties[] = [
  // A Chinese plant in China, sole owner without a share: all to CHN.
  plant({
    country: 'CHN',
    owners: [{ name: 'A', country: 'CHN', share: null }],
    capacity: cap(50000),
  }),
  // A plant in Australia, 51% Chinese / 49% Australian.
  plant({
    country: 'AUS',
    owners: [
      { name: 'T', country: 'CHN', share: 51 },
      { name: 'I', country: 'AUS', share: 49 },
    ],
    capacity: cap(24000),
  }),
  // Two owners without shares: unattributed.
  plant({
    country: 'KOR',
    owners: [
      { name: 'P', country: 'KOR', share: null },
      { name: 'M', country: 'AUS', share: null },
    ],
    capacity: cap(43000),
  }),
  // No capacity figure; another product; a mine; lithium as a by-product: counted or left out.
  plant({ country: 'CHN', owners: [], capacity: null }),
  plant({ country: 'CHN', capacity: cap(20000, 'lce') }),
  plant({ country: 'CHL', stages: ['mine'], capacity: cap(99999) }),
  plant({
    country: 'CHN',
    minerals: ['nickel', 'lithium'],
    mineralRoles: ['primary', 'by-product'],
    capacity: cap(1),
  }),
];

describe('capacity rollup', () => {
  it('adds up one product in t/yr by location and by owner home country, saying what is missing', () => {
    const rollup = capacityRollup(SITES, 'lithium', 'lithium-hydroxide');
    expect(rollup.plants).toBe(5);
    expect(rollup.withFigure).toBe(3);
    expect(rollup.total).toBe(117000);
    expect(rollup.byLocation.map((s) => [s.country, s.value])).toEqual([
      ['CHN', 50000],
      ['KOR', 43000],
      ['AUS', 24000],
    ]);
    expect(rollup.byOwner.map((s) => [s.country, Math.round(s.value)])).toEqual([
      ['CHN', 62240],
      [UNATTRIBUTED, 43000],
      ['AUS', 11760],
    ]);
    expect(rollup.byOwner.reduce((sum, s) => sum + s.percent, 0)).toBeCloseTo(100);
  });

  it('splits by sourced shares and leaves the rest unattributed', () => {
    const split = ownerSplit(
      plant({
        owners: [
          { name: 'X', country: 'JPN', share: 30 },
          { name: 'Y', country: null, share: 20 },
        ],
      }),
      100,
    );
    expect(Object.fromEntries(split)).toEqual({ JPN: 30, [UNATTRIBUTED]: 70 });
  });

  it('lists the products plants of a mineral have figures for', () => {
    expect(productsOf(SITES, 'lithium')).toEqual(['lithium-hydroxide', 'lce']);
    expect(productsOf(SITES, 'cobalt')).toEqual([]);
  });
});
