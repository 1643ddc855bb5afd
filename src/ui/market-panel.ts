import type { AtlasStore } from '../store/store';
import { loadMarkets } from '../data/load';
import {
  floorsFor,
  latestPoint,
  rankedSources,
  seriesLabel,
  seriesOf,
  type MarketPoint,
  type MarketSeries,
  type MarketsFile,
} from '../domain/markets';
import { element } from './dom';
import { lineChart } from './share-trend';

const number = (value: number): string =>
  value.toLocaleString('en', { maximumFractionDigits: value < 10 ? 2 : 0 });

/** "2025e" for an estimate. */
const periodLabel = (point: MarketPoint): string => `${point.period}${point.estimated ? 'e' : ''}`;

/** A value as printed, with "%" where the unit is percent. */
function printed(point: MarketPoint, unit: string): string {
  if (point.text === 'E') return 'net exporter';
  return unit === 'percent' ? `${point.text}%` : point.text;
}

/** The chart of one price series, with the floor drawn against it where one is sourced. */
function priceFigure(file: MarketsFile, series: MarketSeries): HTMLElement {
  const floor = floorsFor(file, series)[0];
  const chart = lineChart({
    title: `${seriesLabel(series)}, ${series.unit}`,
    xLabels: series.points.map(periodLabel),
    series: [
      {
        name: seriesLabel(series),
        className: 'share-bloc',
        values: series.points.map((p) => p.value),
      },
    ],
    format: number,
    reference: floor
      ? {
          value: floor.value,
          label: `Price floor ${number(floor.value)} (announced ${floor.announced})`,
          short: `floor ${number(floor.value)}`,
        }
      : undefined,
  });
  const credit = series.assessor ? ` Priced by ${series.assessor}, as credited by USGS.` : '';
  return element('figure', { className: 'share-trend' }, [
    chart,
    element('figcaption', {
      text: `${series.series} (${series.unit}), annual averages; e = estimated.${credit} Source: U.S. Geological Survey, Mineral Commodity Summaries 2026.`,
    }),
    ...(floor
      ? [
          element('p', {
            className: 'legend-note',
            text: `Price floor: ${floor.description} Source: ${floor.sources[0]?.citation ?? ''}.`,
          }),
        ]
      : []),
  ]);
}

/** "US net import reliance, …: 67% in 2025e (>95% in 2021)". */
function relianceLines(file: MarketsFile, mineral: string): HTMLElement[] {
  return seriesOf(file, mineral, 'net-import-reliance').flatMap((series) => {
    const last = latestPoint(series);
    const first = series.points.find((p) => p.text !== '');
    if (!last) return [];
    const what = series.series.replace(/^Net import reliance as a percentage of /, '');
    const since =
      first && first !== last ? ` (${printed(first, series.unit)} in ${periodLabel(first)})` : '';
    return [
      element('li', {
        text: `Net import reliance (share of ${what}): ${printed(last, series.unit)} in ${periodLabel(last)}${since}.`,
      }),
    ];
  });
}

/** "Import sources 2021–24 (…): China 71%, …, other countries 6%". */
function importLines(
  file: MarketsFile,
  mineral: string,
  countryName: (iso3: string) => string,
): HTMLElement[] {
  return seriesOf(file, mineral, 'import-source').map((series) => {
    const shares = rankedSources(series).map(
      (p) =>
        `${p.country ? countryName(p.country) : p.note.split(';')[0] || 'other'} ${printed(p, series.unit)}`,
    );
    return element('li', {
      text: `Import sources ${series.points[0]?.period ?? ''} (${series.series}): ${shares.join(', ')}.`,
    });
  });
}

/**
 * A mineral's price over five years (with a price floor where one is sourced) and how much the
 * United States relies on imports, and from where: for the first selected mineral.
 */
export function mountMarketPanel(node: HTMLElement, store: AtlasStore): () => void {
  let shownMineral: string | null = null;
  let chosen = 0;
  let error: string | null = null;
  const select = element('select', { attributes: { id: 'price-series' } });
  select.addEventListener('change', () => {
    chosen = Number(select.value);
    render();
  });
  function render(): void {
    const state = store.getState();
    const mineral = state.filters.minerals[0] ?? null;
    node.hidden = mineral === null;
    if (mineral === null) return node.replaceChildren();
    const label = state.mineralsById.get(mineral)?.label ?? mineral;
    const heading = element('h2', { text: `${label}: price and US imports` });
    const file = state.markets;
    if (!file) {
      node.replaceChildren(
        heading,
        element('p', {
          className: 'legend-note',
          text: error ?? 'Loading prices and import figures…',
        }),
      );
      if (!error)
        void loadMarkets(store).then((message) => {
          error = message;
          if (message) render();
        });
      return;
    }
    const prices = seriesOf(file, mineral, 'price');
    if (mineral !== shownMineral) {
      shownMineral = mineral;
      const withFloor = prices.findIndex((s) => floorsFor(file, s).length > 0);
      chosen = Math.max(0, withFloor);
      select.replaceChildren(
        ...prices.map((s, i) =>
          element('option', { text: seriesLabel(s), attributes: { value: String(i) } }),
        ),
      );
    }
    select.value = String(chosen);
    const series = prices[chosen];
    const name = (iso3: string): string => state.countryNames.get(iso3) ?? iso3;
    const us = [...relianceLines(file, mineral), ...importLines(file, mineral, name)];
    node.replaceChildren(
      heading,
      ...(series
        ? [
            ...(prices.length > 1
              ? [
                  element('p', { className: 'year-control' }, [
                    element('label', {
                      text: 'Price series ',
                      attributes: { for: 'price-series' },
                    }),
                    select,
                  ]),
                ]
              : []),
            priceFigure(file, series),
          ]
        : [
            element('p', {
              className: 'legend-note',
              text: `USGS gives no price series for ${label}.`,
            }),
          ]),
      element('h3', { text: 'United States imports' }),
      element('p', {
        className: 'legend-note',
        text: 'These are figures for the United States only (the bloc’s convener), from USGS Mineral Commodity Summaries 2026; they say how exposed the US is, not the world.',
      }),
      us.length > 0
        ? element('ul', { className: 'memberships' }, us)
        : element('p', {
            className: 'legend-note',
            text: `USGS gives no US import figures for ${label}.`,
          }),
    );
  }
  render();
  const unsubscribers = [
    store.subscribe((state) => state.filters.minerals, render),
    store.subscribe((state) => state.markets, render),
    store.subscribe((state) => state.mineralsById, render),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
