/**
 * US market rows (prices, net import reliance, import sources) and curated price floors,
 * validated and grouped into `markets.json` (fetched when a mineral's panel first needs it).
 */
import {
  MARKET_COLUMNS,
  PRICE_FLOOR_COLUMNS,
  validateMarketRow,
  validatePriceFloorRow,
  type MarketKind,
} from '../../src/domain/market-schema';
import { emptyToNull, figureSource } from '../../src/domain/schema';
import type { MarketSeries, MarketsFile, PriceFloor } from '../../src/domain/markets';
import { toJson } from './io';
import { csvRecords, ctxOf, CURATED_FILES, type BuildContext } from './context';

function buildSeries(ctx: BuildContext): MarketSeries[] {
  const text = ctx.inputs[CURATED_FILES.markets];
  if (text === undefined) return [];
  const bySeries = new Map<string, MarketSeries>();
  for (const r of csvRecords(text, CURATED_FILES.markets, MARKET_COLUMNS, ctx.dir, ctx.issues)) {
    const v = r.values;
    const rctx = ctxOf(
      ctx.dir,
      CURATED_FILES.markets,
      `${v.mineral ?? ''}/${v.kind ?? ''}`,
      `row ${r.row}`,
    );
    const issues = validateMarketRow(v, rctx);
    ctx.issues.push(...issues);
    if (issues.length > 0) continue;
    const key = [v.mineral, v.kind, v.series].join('|');
    const series = bySeries.get(key) ?? {
      mineral: v.mineral ?? '',
      kind: v.kind as MarketKind,
      series: v.series ?? '',
      unit: v.unit ?? '',
      assessor: v.assessor ?? '',
      edition: v.edition ?? '',
      points: [],
      sources: [figureSource(v)],
    };
    series.points.push({
      period: v.period ?? '',
      country: emptyToNull(v.country_iso3),
      value: (v.value ?? '') === '' ? null : Number(v.value),
      text: v.value_text ?? '',
      estimated: v.estimated === 'true',
      note: v.note ?? '',
    });
    bySeries.set(key, series);
  }
  return [...bySeries.values()];
}

function buildFloors(ctx: BuildContext): PriceFloor[] {
  const text = ctx.inputs[CURATED_FILES.priceFloors];
  if (text === undefined) return [];
  const floors: PriceFloor[] = [];
  const file = CURATED_FILES.priceFloors;
  for (const r of csvRecords(text, file, PRICE_FLOOR_COLUMNS, ctx.dir, ctx.issues)) {
    const v = r.values;
    const issues = validatePriceFloorRow(v, ctxOf(ctx.dir, file, v.mineral, `row ${r.row}`));
    ctx.issues.push(...issues);
    if (issues.length > 0) continue;
    floors.push({
      mineral: v.mineral ?? '',
      seriesContains: v.series_contains ?? '',
      value: Number(v.value),
      unit: v.unit ?? '',
      announced: v.announced ?? '',
      description: v.description ?? '',
      sources: [figureSource(v)],
      asOf: v.as_of ?? '',
    });
  }
  return floors;
}

/** Builds markets.json; returns how many series it holds. */
export function buildMarkets(ctx: BuildContext): number {
  const file: MarketsFile = {
    format: 'atlas-markets/1',
    series: buildSeries(ctx),
    floors: buildFloors(ctx),
  };
  const lines = file.series.map((s) => JSON.stringify(s)).join(',\n');
  ctx.outputs.set(
    'markets.json',
    `{"format":"${file.format}","floors":${toJson(file.floors).trim()},"series":[\n${lines}\n]}\n`,
  );
  return file.series.length;
}
