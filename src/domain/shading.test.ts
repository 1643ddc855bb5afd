import { describe, expect, it } from 'vitest';
import {
  blocShading,
  figureShading,
  shareColour,
  SHARE_COLOURS,
  BLOC_TINT,
  ZERO_COLOUR,
} from './shading';
import { NO_FILTERS } from './filters';
import type { Bloc, CountryFigure } from './types';
import { figureFixture } from './test-fixtures';

const source = [{ citation: 'USGS MCS 2025', url: null, rowId: null }];
const figure = (country: string, value: number, part = '', year = 2024): CountryFigure =>
  figureFixture(country, value, {
    mineral: 'platinum-group-metals',
    measure: 'mine-production',
    part: part || null,
    year,
    unit: 'kg',
    estimated: true,
    sources: source,
  });

describe('shading', () => {
  it('classes shares of the world', () => {
    expect(shareColour(0.5)).toBe(SHARE_COLOURS[0]);
    expect(shareColour(20)).toBe(SHARE_COLOURS[3]);
    expect(shareColour(70)).toBe(SHARE_COLOURS[4]);
  });

  it('uses the latest year and never sums sub-commodities', () => {
    const figures = [
      figure('WLD', 100, 'palladium'),
      figure('WLD', 200, 'platinum'),
      figure('RUS', 40, 'palladium'),
      figure('ZAF', 150, 'platinum'),
      figure('ZAF', 30, 'palladium'),
      figure('WLD', 999, 'palladium', 2023),
      figure('CAN', 999, 'palladium', 2023),
      figure('USA', 0, 'palladium'),
    ];
    const shading = figureShading(figures, 'platinum-group-metals', 'PGM', 'mine-production');
    expect([...shading.colours]).toEqual([
      ['RUS', SHARE_COLOURS[4]],
      ['ZAF', SHARE_COLOURS[3]],
      ['USA', ZERO_COLOUR],
    ]);
    expect(shading.caption).toContain('PGM (palladium) mine production, 2024 (estimated)');
    expect(shading.source).toBe('USGS MCS 2025');
  });

  it('asks for a mineral, and says when there are no figures', () => {
    expect(figureShading([], undefined, '', 'reserves').caption).toMatch(/Select a mineral/);
    expect(figureShading([], 'gallium', 'Gallium', 'reserves').caption).toMatch(
      /No sourced reserves/,
    );
  });

  it('shades bloc members for any or all selected blocs', () => {
    const bloc = (id: string, members: string[]): Bloc => ({
      id,
      name: id,
      shortName: id,
      kind: 'initiative',
      description: '',
      founded: null,
      includesEuropeanUnion: false,
      members: members.map((country) => ({
        country,
        role: 'member',
        joined: null,
        sources: source,
      })),
      sources: source,
      asOf: '2025',
    });
    const blocs = [bloc('a', ['AUS', 'IND']), bloc('b', ['IND', 'USA'])];
    const any = blocShading(blocs, { ...NO_FILTERS, blocs: ['a', 'b'] });
    expect([...any.colours.keys()].sort()).toEqual(['AUS', 'IND', 'USA']);
    const all = blocShading(blocs, { ...NO_FILTERS, blocs: ['a', 'b'], blocMatch: 'all' });
    expect([...all.colours]).toEqual([['IND', BLOC_TINT]]);
    expect(blocShading(blocs, NO_FILTERS).caption).toMatch(/Select a bloc/);
  });
});
