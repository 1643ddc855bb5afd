import { describe, expect, it } from 'vitest';
import { figuresOf, membershipsOf } from './country-profile';
import type { Bloc, CountryFigure } from './types';
import { figureFixture } from './test-fixtures';

const source = [{ citation: 'fixture', url: null, rowId: null }];
const bloc = (id: string, founded: string | null, members: [string, string | null][]): Bloc => ({
  id,
  name: id,
  shortName: id.toUpperCase(),
  kind: 'initiative',
  description: '',
  founded,
  includesEuropeanUnion: false,
  members: members.map(([country, joined]) => ({
    country,
    role: 'member',
    joined,
    sources: source,
  })),
  sources: source,
  asOf: '2026',
});
const figure = (country: string, year: number, value: number): CountryFigure =>
  figureFixture(country, value, { mineral: 'rare-earths', year });

describe('country profile', () => {
  it('lists memberships by date, using the founding date when the join date is unknown', () => {
    const blocs = [
      bloc('quad', '2025-07-01', [['IND', null]]),
      bloc('msp', '2022-06-14', [['IND', '2023-06']]),
      bloc('eu', null, [['FRA', null]]),
    ];
    expect(membershipsOf(blocs, 'IND').map((entry) => [entry.bloc, entry.joined])).toEqual([
      ['MSP', '2023-06'],
      ['QUAD', '2025-07-01'],
    ]);
  });

  it('keeps the latest figure per measure with its world share', () => {
    const rows = figuresOf(
      [
        figure('IND', 2023, 1),
        figure('IND', 2024, 69),
        figure('WLD', 2024, 690),
        figure('CHN', 2024, 1),
      ],
      'IND',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.value).toBe(69);
    expect(rows[0]?.worldShare).toBeCloseTo(10);
  });
});
