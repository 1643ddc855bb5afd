import { describe, expect, it } from 'vitest';
import * as markets from './markets';
import type { MarketPoint, MarketSeries, MarketsFile } from './markets';

const source = [{ citation: 'USGS MCS 2026', url: null, rowId: null }];
const point = (
  period: string,
  value: number | null,
  text = String(value),
  country: string | null = 'USA',
): MarketPoint => ({
  period,
  country,
  value,
  text,
  estimated: period === '2025',
  note: country === null ? 'Other countries' : '',
});
const series = (over: Partial<MarketSeries>): MarketSeries => ({
  mineral: 'rare-earths',
  kind: 'price',
  series: 'Price, average, dollars per kilogram: Neodymium-praseodymium (NdPr) oxide, 99% minimum',
  unit: 'dollars per kilogram',
  assessor: 'Argus Media group, Argus Non-Ferrous Markets',
  edition: 'MCS 2026',
  points: [point('2024', 55), point('2025', 69)],
  sources: source,
  ...over,
});
const ndpr = series({});
const dysprosium = series({
  series: 'Price, average, dollars per kilogram: Dysprosium oxide, 99.5% minimum',
});
const file: MarketsFile = {
  format: 'atlas-markets/1',
  series: [ndpr, dysprosium, series({ mineral: 'lithium' })],
  floors: [
    {
      mineral: 'rare-earths',
      seriesContains: 'Neodymium-praseodymium (NdPr) oxide',
      value: 110,
      unit: 'dollars per kilogram',
      announced: '2025-07-10',
      description: 'DoD floor',
      sources: source,
      asOf: '2025-07-10',
    },
  ],
};

describe('US market figures', () => {
  it('finds the series of a mineral and kind, and labels them by what is priced', () => {
    expect(markets.seriesOf(file, 'rare-earths', 'price').map(markets.seriesLabel)).toEqual([
      'Neodymium-praseodymium (NdPr) oxide, 99% minimum',
      'Dysprosium oxide, 99.5% minimum',
    ]);
  });

  it('draws a floor only against the series it names, in the same unit', () => {
    expect(markets.floorsFor(file, ndpr).map((f) => f.value)).toEqual([110]);
    expect(markets.floorsFor(file, dysprosium)).toEqual([]);
    expect(markets.floorsFor(file, { ...ndpr, unit: 'dollars per pound' })).toEqual([]);
  });

  it('tells the latest printed value, bounds included, and ranks import sources with the rest last', () => {
    const reliance = series({
      kind: 'net-import-reliance',
      unit: 'percent',
      points: [point('2021', null, '>95'), point('2025', 67), point('2026', null, '')],
    });
    expect(markets.latestPoint(reliance)?.text).toBe('67');
    const imports = series({
      kind: 'import-source',
      unit: 'percent',
      points: [
        point('2021–24', 6, '6', null),
        point('2021–24', 13, '13', 'MYS'),
        point('2021–24', 71, '71', 'CHN'),
      ],
    });
    expect(markets.rankedSources(imports).map((p) => p.country)).toEqual(['CHN', 'MYS', null]);
  });
});
