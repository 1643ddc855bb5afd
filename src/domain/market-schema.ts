/**
 * The US market rows of the MCS data release (prices, net import reliance, import sources) and
 * the curated price floors: their CSV columns and row validators, shared by the import and the
 * build. Pure.
 */
import { isMineralId } from './minerals';
import { MARKET_KINDS, type MarketKind } from './vocabulary';
import { MAX_LENGTH, isPartialDate, type Issue, type RecordContext } from './schema-values';
import { IssueCollector } from './issue-collector';
import { figureSource, type CsvRow } from './table-schemas';

export { MARKET_KINDS, type MarketKind };

/** Columns of `markets-mcs2026.csv`. */
export const MARKET_COLUMNS = [
  'mineral',
  'kind',
  'series',
  'country_iso3',
  'period',
  'value',
  'value_text',
  'unit',
  'estimated',
  'assessor',
  'note',
  'edition',
  'source_citation',
  'source_url',
  'source_read_via',
  'as_of',
] as const;
export type MarketCsvRow = Record<(typeof MARKET_COLUMNS)[number], string>;

/** Columns of `price-floors.csv`. */
export const PRICE_FLOOR_COLUMNS = [
  'mineral',
  'series_contains',
  'value',
  'unit',
  'announced',
  'description',
  'source_citation',
  'source_url',
  'source_read_via',
  'as_of',
] as const;

const NUMBER = /^-?\d+(\.\d+)?$/;

function common(row: CsvRow, c: IssueCollector): void {
  if (!isMineralId(row.mineral ?? ''))
    c.add('enum', `mineral ${JSON.stringify(row.mineral)} is not a mineral id`);
  c.string(row, 'unit', MAX_LENGTH.name);
  c.sources({ sources: [figureSource(row)] });
  if (!isPartialDate(row.as_of))
    c.add('date', `as_of must be YYYY[-MM[-DD]], got ${JSON.stringify(row.as_of)}`);
}

/** Validates one market row. */
export function validateMarketRow(row: CsvRow, ctx: RecordContext): Issue[] {
  const c = new IssueCollector(ctx);
  common(row, c);
  c.enumValue(row, 'kind', MARKET_KINDS);
  c.string(row, 'series', MAX_LENGTH.name);
  c.string(row, 'period', 20);
  c.string(row, 'value_text', 40, { allowEmpty: true });
  c.string(row, 'assessor', MAX_LENGTH.note, { allowEmpty: true });
  c.string(row, 'note', MAX_LENGTH.note, { allowEmpty: true });
  c.string(row, 'edition', 40);
  if ((row.value ?? '') !== '' && !NUMBER.test(row.value ?? ''))
    c.add('type', `value must be a plain number or empty, got ${JSON.stringify(row.value)}`);
  if (!['true', 'false'].includes(row.estimated ?? ''))
    c.add('enum', `estimated must be "true" or "false", got ${JSON.stringify(row.estimated)}`);
  return c.issues;
}

/** Validates one price-floor row: a sourced number, unit and announcement date. */
export function validatePriceFloorRow(row: CsvRow, ctx: RecordContext): Issue[] {
  const c = new IssueCollector(ctx);
  common(row, c);
  c.string(row, 'series_contains', MAX_LENGTH.name);
  c.string(row, 'description', MAX_LENGTH.note);
  if (!NUMBER.test(row.value ?? ''))
    c.add('type', `value must be a plain number, got ${JSON.stringify(row.value)}`);
  if (!isPartialDate(row.announced))
    c.add('date', `announced must be YYYY[-MM[-DD]], got ${JSON.stringify(row.announced)}`);
  return c.issues;
}
