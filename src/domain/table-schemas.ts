/** Validators of the researcher CSV files (bloc members, figures, critical lists, corrections). Pure. */
import { isMineralId } from './minerals';
import { EU_ISO3, WORLD_ISO3 } from './countries';
import {
  MAX_LENGTH,
  FIGURE_MEASURES,
  isValidId,
  isHttpUrl,
  isPartialDate,
  emptyToNull,
  type Issue,
  type RecordContext,
  type ValidationOptions,
} from './schema-values';
import { IssueCollector } from './issue-collector';

export type CsvRow = Readonly<Record<string, string>>;

/** Columns of bloc-members.csv. */
export const BLOC_MEMBER_COLUMNS = [
  'bloc_id',
  'country_iso3',
  'role',
  'joined',
  'source_citation',
  'source_url',
  'source_read_via',
  'as_of',
] as const;

/** Validates one bloc-members.csv row against the known bloc ids. */
export function validateBlocMemberRow(
  row: CsvRow,
  ctx: RecordContext,
  opts: ValidationOptions,
  blocIds: ReadonlySet<string>,
): Issue[] {
  const c = new IssueCollector(ctx);
  const blocId = row.bloc_id ?? '';
  if (!isValidId(blocId)) c.add('id-format', `bloc_id ${JSON.stringify(blocId)} is malformed`);
  else if (!blocIds.has(blocId)) c.add('reference', `bloc_id ${blocId} is not in blocs.ndjson`);
  c.countryCode(row.country_iso3, 'country_iso3', opts.knownCountries, [EU_ISO3]);
  c.string(row, 'role', MAX_LENGTH.name);
  if ((row.joined ?? '') !== '' && !isPartialDate(row.joined)) {
    c.add('date', `joined must be empty or YYYY[-MM[-DD]], got ${JSON.stringify(row.joined)}`);
  }
  const readVia = emptyToNull(row.source_read_via);
  const source: Record<string, unknown> = {
    citation: row.source_citation,
    url: emptyToNull(row.source_url),
    rowId: null,
  };
  if (readVia !== null) source.readVia = readVia;
  c.sources({ sources: [source] });
  if (!isPartialDate(row.as_of))
    c.add('date', `as_of must be YYYY[-MM[-DD]], got ${JSON.stringify(row.as_of)}`);
  return c.issues;
}

/** Columns of the country-figure CSV files (one per edition of a source). */
export const FIGURE_COLUMNS = [
  'country_iso3',
  'mineral',
  'part',
  'measure',
  'year',
  'value',
  'unit',
  'estimated',
  'edition',
  'note',
  'source_citation',
  'source_url',
  'source_read_via',
  'as_of',
] as const;

/** An edition names the publication a figure comes from, e.g. "MCS 2026". */
const EDITION_PATTERN = /^[A-Z][A-Za-z]* \d{4}$/;

/** Validates one country-figure row: every figure has an edition, unit, year and source. */
export function validateFigureRow(
  row: CsvRow,
  ctx: RecordContext,
  opts: ValidationOptions,
): Issue[] {
  const c = new IssueCollector(ctx);
  c.countryCode(row.country_iso3, 'country_iso3', opts.knownCountries, [WORLD_ISO3]);
  if (!isMineralId(row.mineral ?? ''))
    c.add('enum', `mineral ${JSON.stringify(row.mineral)} is not a mineral id`);
  c.string(row, 'part', MAX_LENGTH.name, { allowEmpty: true });
  c.enumValue(row, 'measure', FIGURE_MEASURES);
  if (!/^\d{4}$/.test(row.year ?? ''))
    c.add('type', `year must be a 4-digit year, got ${JSON.stringify(row.year)}`);
  const v = row.value ?? '';
  if (v !== '' && !/^-?\d+(\.\d+)?$/.test(v))
    c.add('type', `value must be a plain number or empty, got ${JSON.stringify(v)}`);
  c.string(row, 'unit', MAX_LENGTH.name);
  if (!['true', 'false'].includes(row.estimated ?? '')) {
    c.add('enum', `estimated must be "true" or "false", got ${JSON.stringify(row.estimated)}`);
  }
  if (!EDITION_PATTERN.test(row.edition ?? ''))
    c.add(
      'edition',
      `edition must name the publication and year, got ${JSON.stringify(row.edition)}`,
    );
  c.string(row, 'note', MAX_LENGTH.note, { allowEmpty: true });
  c.sources({ sources: [figureSource(row)] });
  if (!isPartialDate(row.as_of))
    c.add('date', `as_of must be YYYY[-MM[-DD]], got ${JSON.stringify(row.as_of)}`);
  return c.issues;
}

/** The source of a country-figure row, with its copy as `readVia` when one is named. */
export function figureSource(row: CsvRow): {
  citation: string;
  url: string | null;
  rowId: null;
  readVia?: string;
} {
  const readVia = emptyToNull(row.source_read_via);
  return {
    citation: row.source_citation ?? '',
    url: emptyToNull(row.source_url),
    rowId: null,
    ...(readVia === null ? {} : { readVia }),
  };
}

/** Columns of critical-lists.csv. */
export const CRITICAL_LIST_COLUMNS = [
  'list_id',
  'list_name',
  'issuer',
  'date',
  'mineral_id',
  'name_as_listed',
  'source_url',
] as const;

/** Validates one critical-lists.csv row. */
export function validateCriticalListRow(row: CsvRow, ctx: RecordContext): Issue[] {
  const c = new IssueCollector(ctx);
  if (!isValidId(row.list_id))
    c.add('id-format', `list_id ${JSON.stringify(row.list_id)} is malformed`);
  c.string(row, 'list_name', MAX_LENGTH.name);
  c.string(row, 'issuer', MAX_LENGTH.name);
  if (!isPartialDate(row.date))
    c.add('date', `date must be YYYY[-MM[-DD]], got ${JSON.stringify(row.date)}`);
  if (!isMineralId(row.mineral_id ?? ''))
    c.add('enum', `mineral_id ${JSON.stringify(row.mineral_id)} is not a mineral id`);
  c.string(row, 'name_as_listed', MAX_LENGTH.name);
  if (!isHttpUrl(row.source_url))
    c.add('url', `source_url ${JSON.stringify(row.source_url)} is not an http(s) URL`);
  return c.issues;
}

/** Columns of corrections.csv. */
export const CORRECTION_COLUMNS = ['id', 'field', 'old', 'new', 'reason', 'source'] as const;

/** Validates one corrections.csv row. */
export function validateCorrectionRow(row: CsvRow, ctx: RecordContext): Issue[] {
  const c = new IssueCollector(ctx);
  if (!isValidId(row.id)) c.add('id-format', `id ${JSON.stringify(row.id)} is malformed`);
  c.string(row, 'field', MAX_LENGTH.name);
  c.string(row, 'reason', MAX_LENGTH.note);
  c.string(row, 'source', MAX_LENGTH.note);
  return c.issues;
}
