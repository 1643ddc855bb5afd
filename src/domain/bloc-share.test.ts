import { describe, expect, it } from 'vitest';
import { ownershipOf, shareOf } from './bloc-share';
import type { CountryFigure } from './types';
import { figureFixture } from './test-fixtures';

const source = [{ citation: 'fixture', url: null, rowId: null }];
const row = (country: string, value: number, year = 2024, part = ''): CountryFigure =>
  figureFixture(country, value, { year, part: part || null, sources: source });

describe('shareOf', () => {
  const figures = [
    row('WLD', 1000),
    row('CHL', 400),
    row('AUS', 300),
    row('CHN', 100),
    row('ARG', 50),
    row('WLD', 5, 2023),
  ];

  it('sums the set, and gives China, top three and HHI with known answers', () => {
    const share = shareOf(figures, new Set(['AUS', 'ARG', 'JPN']), 'lithium', 'reserves');
    expect(share?.setTotal).toBe(350);
    expect(share?.setShare).toBeCloseTo(35);
    expect(share?.chinaShare).toBeCloseTo(10);
    expect(share?.topThree).toEqual(['CHL', 'AUS', 'CHN']);
    expect(share?.topThreeShare).toBeCloseTo(80);
    expect(share?.hhi).toBe(1600 + 900 + 100 + 25);
    expect(share?.countriesWithFigures).toEqual(['ARG', 'AUS']);
    expect(share?.year).toBe(2024);
  });

  it('returns null without a world total, and null China share when China is not listed', () => {
    expect(shareOf([row('CHL', 1)], new Set(['CHL']), 'lithium', 'reserves')).toBeNull();
    expect(
      shareOf([row('WLD', 10), row('CHL', 5)], new Set(['CHL']), 'lithium', 'reserves')?.chinaShare,
    ).toBeNull();
  });

  it('never mixes sub-commodities', () => {
    const split = [
      row('WLD', 100, 2024, 'palladium'),
      row('WLD', 200, 2024, 'platinum'),
      row('RUS', 40, 2024, 'palladium'),
      row('RUS', 10, 2024, 'platinum'),
    ];
    const share = shareOf(split, new Set(['RUS']), 'lithium', 'reserves');
    expect(share?.part).toBe('palladium');
    expect(share?.setShare).toBeCloseTo(40);
  });
});

describe('ownershipOf', () => {
  it('counts sites with owner data and those owned from a country', () => {
    const summary = ownershipOf(
      [
        { ownerCountries: ['CHN'], hasOwners: true },
        { ownerCountries: ['AUS', 'CHN'], hasOwners: true },
        { ownerCountries: [], hasOwners: true },
        { ownerCountries: [], hasOwners: false },
      ],
      'CHN',
    );
    expect(summary).toEqual({ sites: 4, withOwners: 3, ownedFrom: 2 });
  });
});
