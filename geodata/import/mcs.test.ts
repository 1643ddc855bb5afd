import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../build/csv';
import { resolveCountryName } from '../build/countries';
import {
  applyRevisions,
  chapterLineMismatches,
  decodeCp1252,
  isEstimated,
  mcsFigure,
  parseMcsValue,
  type McsRow,
} from './mcs';
import { MCS_CHAPTERS } from './mcs-chapters';
import { MCS2026_EDITION, MCS2026_REVISIONS } from './mcs2026-release';
import { marketRow } from './mcs-markets';

/** Real rows of the MCS 2026 release (rare earths, PGM and silicon world tables), re-encoded UTF-8. */
const rows: McsRow[] = parseCsvRecords(
  readFileSync(new URL('./fixtures/mcs2026-rows.csv', import.meta.url), 'utf8'),
).records.map((r) => r.values);
const chapter = (name: string) => MCS_CHAPTERS.find((c) => c.chapter === name)!;
const resolve = (name: string) => resolveCountryName(name) ?? null;
const figure = (country: string, detail: string, year: string, from = rows) => {
  const row = from.find(
    (r) => r.Country === country && r.Statistics_detail === detail && r.Year === year,
  )!;
  return mcsFigure(row, chapter(row['MCS chapter'] ?? ''), MCS2026_EDITION, resolve);
};

describe('MCS data release values', () => {
  it('reads the printed forms without guessing', () => {
    expect(parseMcsValue('270,000')).toEqual({ value: 270000, note: '' });
    expect(parseMcsValue('16.77')).toEqual({ value: 16.77, note: '' });
    expect(parseMcsValue('—')).toEqual({ value: 0, note: 'source shows — (zero)' });
    expect(parseMcsValue('W').value).toBeNull();
    expect(parseMcsValue('NA').note).toMatch(/not available/);
    expect(parseMcsValue('>85,000,000')).toEqual({
      value: 85000000,
      note: 'source states >85,000,000 (more than)',
    });
    expect(parseMcsValue('<200,000').value).toBeNull();
    expect(parseMcsValue('330 - 390').value).toBeNull();
    expect(parseMcsValue('Large').note).toMatch(/not a single figure/);
  });

  it('decodes the release encoding (Windows-1252), which Node reads as Latin-1', () => {
    const bytes = Uint8Array.from([0x43, 0xf4, 0x74, 0x65, 0x20, 0x64, 0x92, 0x49, 0x97]);
    expect(decodeCp1252(bytes)).toBe('Côte d’I—');
    expect(resolveCountryName('Côte d’Ivoire')).toBe('CIV');
  });

  it('flags estimates from the notes only', () => {
    expect(isEstimated('Estimated. -- Production quota')).toBe(true);
    expect(isEstimated('Estimated .-- Source: Intelligas')).toBe(true);
    expect(isEstimated('Reported.')).toBe(false);
  });
});

describe('MCS rows to atlas figures', () => {
  it('maps USGS country names, world totals and units with their basis', () => {
    const burma = figure('Burma', 'Mine production', '2025');
    expect(burma).toMatchObject({
      country_iso3: 'MMR',
      value: '22000',
      unit: 't REO equivalent',
      estimated: 'true',
      edition: 'MCS 2026',
    });
    expect(burma?.note).toContain('Estimated based on reported import data for China');
    const world = figure('World total', 'Mine production: rounded', '2025');
    expect(world).toMatchObject({ country_iso3: 'WLD', value: '390000' });
    expect(world?.note).toBe('World total (rounded)');
    expect(figure('Other countries', 'Mine production', '2025')).toBeNull();
  });

  it('keeps sub-commodities apart and withheld values empty', () => {
    const pd = figure('World total', 'Mine production: Palladium, rounded', '2025');
    expect(pd).toMatchObject({ part: 'palladium', unit: 'kg PGM content' });
    const us = figure('United States', 'Ferrosilicon', '2024');
    expect(us).toMatchObject({ part: 'ferrosilicon', value: '' });
    expect(us?.note).toMatch(/withheld/);
  });

  it('applies the version history: Brazil’s reserves and the world total revised in ver. 1.3', () => {
    const errors: string[] = [];
    const revised = applyRevisions(rows, MCS2026_REVISIONS, errors);
    expect(errors).toEqual([]);
    expect(figure('Brazil', 'Reserves', '2025', revised)).toMatchObject({
      value: '11000000',
      as_of: '2026-05-27',
    });
    const world = figure('World total', 'Reserves: rounded', '2025', revised);
    expect(world?.value).toBe('75000000');
    expect(world?.note).toContain('>85,000,000 revised to >75,000,000');
    expect(figure('China', 'Mine production', '2024', revised)?.note).not.toContain('quota');
    expect(figure('Brazil', 'Reserves', '2025')?.value).toBe('21000000');
  });

  it('reports a revision whose cell does not read as expected', () => {
    const errors: string[] = [];
    applyRevisions(rows, [{ ...MCS2026_REVISIONS[1]!, from: '20,000,000' }], errors);
    expect(errors[0]).toMatch(/expected Value "20,000,000", found "21,000,000"/);
  });
});

describe('checking against the chapter text', () => {
  // Lines of the ver. 1.3 Rare Earths chapter table as pypdf extracts them (footnotes glued).
  it('accepts a figure with a footnote number glued on, and catches a different figure', () => {
    expect(
      chapterLineMismatches('Australia 29,000 29,000 136,300,000', [
        '29,000',
        '29,000',
        '6,300,000',
      ]),
    ).toEqual([]);
    expect(
      chapterLineMismatches('Brazil 560 2,000 11,000,000', ['560', '2,000', '21,000,000']),
    ).toEqual([2]);
    expect(
      chapterLineMismatches('World total (rounded) 380,000 390,000 >75,000,000', [
        '380,000',
        '390,000',
        '>75,000,000',
      ]),
    ).toEqual([]);
  });
});

describe('US prices, import reliance and import sources', () => {
  const resolveOrNull = (name: string) => resolveCountryName(name) ?? null;
  const market = rows
    .map((row) => marketRow(row, MCS2026_EDITION, resolveOrNull))
    .filter((row) => row !== null);

  it('keeps each NdPr oxide price with its unit, year, estimate flag and the assessor USGS credits', () => {
    const ndpr = market.filter((r) => r.kind === 'price' && r.series.includes('NdPr'));
    expect(ndpr.map((r) => [r.period, r.value, r.estimated])).toEqual([
      ['2021', '92', 'false'],
      ['2022', '124', 'false'],
      ['2023', '75', 'false'],
      ['2024', '55', 'false'],
      ['2025', '69', 'true'],
    ]);
    expect(ndpr[0]).toMatchObject({
      unit: 'dollars per kilogram',
      assessor: 'Argus Media group, Argus Non-Ferrous Markets',
      mineral: 'rare-earths',
    });
  });

  it('keeps bounds and "net exporter" as printed, never as a number', () => {
    const reliance = market.filter(
      (r) => r.kind === 'net-import-reliance' && r.series.endsWith('Compounds and metals'),
    );
    expect(reliance.map((r) => [r.period, r.value, r.value_text])).toEqual([
      ['2021', '', '>95'],
      ['2022', '', '>95'],
      ['2023', '', '>90'],
      ['2024', '53', '53'],
      ['2025', '67', '67'],
    ]);
    const concentrates = market.find((r) => r.series.endsWith('Mineral concentrates'));
    expect(concentrates?.note).toContain('net exporter');
  });

  it('maps import sources to countries, and keeps groups without a country', () => {
    const sources = market.filter((r) => r.kind === 'import-source' && r.mineral === 'rare-earths');
    expect(sources.map((r) => [r.country_iso3, r.value])).toEqual([
      ['CHN', '71'],
      ['MYS', '13'],
      ['JPN', '5'],
      ['EST', '5'],
      ['', '6'],
    ]);
    const combined = market.find((r) => r.note.startsWith('China, Germany, and Russia'));
    expect(combined?.country_iso3).toBe('');
  });
});

describe('the imported copper table against the chapter text', () => {
  // Every figure of the imported MCS 2026 copper table, compared cell by cell with the chapter's
  // own table as text extraction gives it (footnote digits glued on).
  const text = readFileSync(
    new URL('./fixtures/mcs2026-copper-table.txt', import.meta.url),
    'utf8',
  );
  const imported = parseCsvRecords(
    readFileSync(new URL('../curated/country-figures-mcs2026.csv', import.meta.url), 'utf8'),
  ).records.map((r) => r.values);
  const printedAs = (value: string | undefined): string =>
    value === undefined || value === ''
      ? '?'
      : value === '0'
        ? '—'
        : Number(value).toLocaleString('en');
  /** The imported value of one cell, written as the chapter prints it. */
  const cell = (mineral: string, iso3: string | undefined, measure: string, year: string): string =>
    printedAs(
      imported.find(
        (r) =>
          r.mineral === mineral &&
          r.country_iso3 === iso3 &&
          r.measure === measure &&
          r.year === year,
      )?.value,
    );
  const columns = [
    ['mine-production', '2024'],
    ['mine-production', '2025'],
    ['refinery-production', '2024'],
    ['refinery-production', '2025'],
    ['reserves', '2025'],
  ] as const;
  const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));

  it('matches all 18 lines, footnotes glued on or not', () => {
    expect(lines).toHaveLength(18);
    for (const line of lines) {
      const name = line.replace(/\s+(—|[\d,]+)(\s+(—|[\d,]+)){4}$/, '');
      const iso3 = name === 'World total (rounded)' ? 'WLD' : resolveCountryName(name);
      const expected = columns.map(([measure, year]) => cell('copper', iso3, measure, year));
      expect(chapterLineMismatches(line, expected), `${name}: ${expected.join(' ')}`).toEqual([]);
    }
  });

  it('matches lines of the rare-earth (ver. 1.3) and gold tables read from their chapter text', () => {
    const ree = (iso3: string) => [
      cell('rare-earths', iso3, 'mine-production', '2024'),
      cell('rare-earths', iso3, 'mine-production', '2025'),
      cell('rare-earths', iso3, 'reserves', '2025'),
    ];
    // pypdf text of the ver. 1.3 Rare Earths chapter (footnote 13 glued onto Australia's reserves).
    expect(chapterLineMismatches('Australia 29,000 29,000 136,300,000', ree('AUS'))).toEqual([]);
    expect(chapterLineMismatches('Brazil 560 2,000 11,000,000', ree('BRA'))).toEqual([]);
    expect(chapterLineMismatches('China 270,000 270,000 44,000,000', ree('CHN'))).toEqual([]);
    // The world reserves are a lower bound: the import keeps 75,000,000 and says "(more than)".
    expect(ree('WLD')).toEqual(['380,000', '390,000', '75,000,000']);
    // Gold chapter text (a public test fixture, find_string id 58508034107).
    const gold = ['2024', '2025'].map((y) => cell('gold', 'WLD', 'mine-production', y));
    expect(
      chapterLineMismatches('World total (rounded) 3,280 3,300 66,000', [
        ...gold,
        cell('gold', 'WLD', 'reserves', '2025'),
      ]),
    ).toEqual([]);
  });
});
