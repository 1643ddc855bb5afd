import { describe, expect, it } from 'vitest';
import { runBuild, type CuratedInputs } from './pipeline';
import { gazetteerOf } from './gazetteer';
import { FIGURE_HEADER, LISTS_CSV } from './test-fixtures';
import { decodeFigures, type FiguresFile } from '../../src/domain/figures-file';
import { roundingUnit } from './figure-editions';

const opts = {
  polygons: new Map(),
  knownCountries: new Set(['AUS', 'CHN', 'MMR']),
  dir: 'geodata/curated',
  gazetteer: gazetteerOf([]),
};
const usgs = 'USGS MCS,https://doi.org/10.5066/P1WKQ63T,https://github.com/x/y/blob/1/mcs.csv';
/** A rare-earth mine-production row: country, year, value, unit, edition. */
const row = (
  country: string,
  year: number,
  value: string,
  edition: string,
  unit = 't REO',
): string =>
  `${country},rare-earths,,mine-production,${year},${value},${unit},true,${edition},,${usgs},2026-02\n`;

function build(mcs2025: string, mcs2026: string) {
  const inputs: CuratedInputs = {
    'critical-lists.csv': LISTS_CSV,
    'country-figures.csv': FIGURE_HEADER + mcs2025,
    'country-figures-mcs2026.csv': FIGURE_HEADER + mcs2026,
  };
  const result = runBuild(inputs, opts);
  const countries = JSON.parse(result.outputs.get('countries.json') ?? '{}') as {
    figures: FiguresFile;
  };
  return {
    rules: result.issues.map((i) => `${i.file.split('/').pop() ?? ''}:${i.rule}`),
    messages: result.issues.map((i) => i.message),
    figures: decodeFigures(countries.figures),
  };
}

describe('country figures from two editions', () => {
  it('lets the later edition win for a year and says what it revised', () => {
    const { rules, figures } = build(
      row('AUS', 2023, '16000', 'MCS 2025') + row('AUS', 2024, '13000', 'MCS 2025'),
      row('AUS', 2024, '29000', 'MCS 2026') + row('AUS', 2025, '29000', 'MCS 2026'),
    );
    expect(rules).toEqual([]);
    const aus = figures.map((f) => [f.year, f.value, f.edition, f.revises?.value ?? null]);
    expect(aus).toEqual([
      [2023, 16000, 'MCS 2025', null],
      [2024, 29000, 'MCS 2026', 13000],
      [2025, 29000, 'MCS 2026', null],
    ]);
  });

  it('rejects a figure without edition, unit, year or source', () => {
    const { rules } = build(
      'AUS,rare-earths,,mine-production,2024,1,t,true,,,c,https://x.org,,2025\n' +
        'AUS,rare-earths,,reserves,2024,1,,true,MCS 2025,,c,https://x.org,,2025\n' +
        'CHN,rare-earths,,reserves,,1,t,true,MCS 2025,,c,https://x.org,,2025\n' +
        'MMR,rare-earths,,reserves,2024,1,t,true,MCS 2025,,,,,2025\n',
      '',
    );
    expect(rules).toEqual([
      'country-figures.csv:edition',
      expect.stringMatching(/^country-figures\.csv:(required|type|max-length)$/),
      'country-figures.csv:type',
      'country-figures.csv:source',
      'country-figures.csv:source',
    ]);
  });

  it('rejects countries adding up to more than the world total beyond its rounding', () => {
    const within = row('WLD', 2025, '390000', 'MCS 2026') + row('CHN', 2025, '270000', 'MCS 2026');
    expect(build('', within + row('MMR', 2025, '125000', 'MCS 2026')).rules).toEqual([]);
    const over = build('', within + row('MMR', 2025, '131000', 'MCS 2026'));
    expect(over.rules).toEqual(['country-figures-mcs2026.csv:world-total']);
    expect(over.messages[0]).toContain('add up to 401000, world total is 390000');
  });

  it('rejects an edition that changes the unit of a figure', () => {
    const { rules } = build(
      row('CHN', 2024, '1', 'MCS 2025', '% of world'),
      row('CHN', 2024, '839000', 'MCS 2026', 'kg'),
    );
    expect(rules).toEqual(['country-figures-mcs2026.csv:edition-unit']);
  });

  it('reads the rounding of a total from its last significant digit', () => {
    expect([390000, 112000, 848000, 1, 0].map(roundingUnit)).toEqual([10000, 1000, 1000, 1, 0]);
  });
});
