import { describe, expect, it } from 'vitest';
import { ownershipOf, shareOf, shareTrend } from './bloc-share';
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

describe('shares over the years', () => {
  // Rare-earth mine production as MCS 2025 (2023) and MCS 2026 (2024 revised, 2025e) give it.
  const ree = (country: string, year: number, value: number, edition = 'MCS 2026') =>
    figureFixture(country, value, {
      mineral: 'rare-earths',
      measure: 'mine-production',
      year,
      unit: 't REO equivalent',
      estimated: year !== 2024,
      edition,
    });
  const figures = [
    ree('WLD', 2023, 376000, 'MCS 2025'),
    ree('CHN', 2023, 255000, 'MCS 2025'),
    ree('AUS', 2023, 16000, 'MCS 2025'),
    ree('WLD', 2024, 380000),
    ree('CHN', 2024, 270000),
    ree('AUS', 2024, 29000),
    ree('WLD', 2025, 390000),
    ree('CHN', 2025, 270000),
    ree('AUS', 2025, 29000),
    // Another unit for 2022 does not compare, and is left out of the trend.
    { ...ree('WLD', 2022, 300), unit: 't' },
  ];
  const quad = new Set(['AUS', 'IND', 'JPN', 'USA']);

  it('gives the share in a chosen year, or the latest when the year has no figures', () => {
    expect(shareOf(figures, quad, 'rare-earths', 'mine-production', 2023)?.setShare).toBeCloseTo(
      (16000 / 376000) * 100,
    );
    expect(shareOf(figures, quad, 'rare-earths', 'mine-production', 2019)?.year).toBe(2025);
    expect(shareOf(figures, quad, 'rare-earths', 'mine-production')?.edition).toBe('MCS 2026');
  });

  it('lists each comparable year with the set’s and China’s share, oldest first', () => {
    const trend = shareTrend(figures, quad, 'rare-earths', 'mine-production');
    expect(
      trend.map((p) => [
        p.year,
        Math.round(p.setShare * 10) / 10,
        Math.round(p.chinaShare ?? 0),
        p.estimated,
      ]),
    ).toEqual([
      [2023, 4.3, 68, true],
      [2024, 7.6, 71, false],
      [2025, 7.4, 69, true],
    ]);
    expect(trend.map((p) => p.edition)).toEqual(['MCS 2025', 'MCS 2026', 'MCS 2026']);
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
