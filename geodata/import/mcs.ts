/**
 * Turns rows of the USGS Mineral Commodity Summaries data release (`MCS<year>_Commodities_Data.csv`,
 * long format) into country-figure rows of the atlas. Pure: the caller reads the file and resolves
 * country names.
 *
 * The release keeps values as printed: thousands commas, "—" (zero), "NA" (not available), "W"
 * (withheld), "XX" (not applicable), ">" before a lower bound, ranges and words. Each becomes a
 * number or an empty value with a note saying what the source shows; nothing is guessed.
 */
import { WORLD_ISO3 } from '../../src/domain/countries';
import { FIGURE_COLUMNS } from '../../src/domain/table-schemas';
import type { McsChapter, McsSeries } from './mcs-chapters';

/** Windows-1252 characters at bytes 0x80–0x9F (Node's TextDecoder reads them as Latin-1). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes Windows-1252 text (the release's encoding). */
export function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  }
  return out;
}

/** A row of the release, by column name. */
export type McsRow = Readonly<Record<string, string>>;

/** A country-figure CSV row (see {@link FIGURE_COLUMNS}). */
export type FigureCsvRow = Record<(typeof FIGURE_COLUMNS)[number], string>;

/** The edition being imported and how to cite it. */
export interface McsEdition {
  /** e.g. "MCS 2026". */
  edition: string;
  /** Citation prefix, e.g. "U.S. Geological Survey, Mineral Commodity Summaries 2026". */
  citation: string;
  /** The data release version cited, e.g. "data release ver. 1.0, 6 Feb 2026". */
  release: string;
  /** Publisher URL (the release DOI). */
  url: string;
  /** The copy read, or ''. */
  readVia: string;
  /** As-of date of the release version. */
  asOf: string;
}

/** A value as the source prints it, read into a number (or null) and a note. */
export interface McsValue {
  value: number | null;
  /** What the source shows when it is not a plain number, else ''. */
  note: string;
}

const SYMBOLS: Readonly<Record<string, string>> = {
  NA: 'source shows NA (not available)',
  W: 'source shows W (withheld to avoid disclosing company proprietary data)',
  XX: 'source shows XX (not applicable)',
  s: 'source shows s (less than one-half unit)',
};

/** Reads one printed value. */
export function parseMcsValue(text: string): McsValue {
  const t = text.trim();
  if (t === '—' || t === '-') return { value: 0, note: 'source shows — (zero)' };
  const symbol = SYMBOLS[t];
  if (symbol !== undefined) return { value: null, note: symbol };
  if (/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(t)) {
    return { value: Number(t.replace(/,/g, '')), note: '' };
  }
  const more = /^>\s*(\d{1,3}(,\d{3})*|\d+)$/.exec(t);
  if (more?.[1] !== undefined) {
    return { value: Number(more[1].replace(/,/g, '')), note: `source states ${t} (more than)` };
  }
  return { value: null, note: `source states ${JSON.stringify(t)}, not a single figure` };
}

/** Footnote sentences that say nothing about the row itself. */
const BOILERPLATE = [/^See Appendix C for resource and reserve definitions/i];

/** The row's footnotes without "Estimated." / "Reported." and boilerplate. */
export function footnotes(notes: string): string[] {
  return notes
    .split(/\s*--\s*/)
    .map((n) => n.trim())
    .filter((n) => n !== '' && !/^Estimated\s*\.?$/i.test(n) && !/^Reported\.?$/i.test(n))
    .filter((n) => !BOILERPLATE.some((re) => re.test(n)));
}

/** True when the release marks the row as an estimate. */
export function isEstimated(notes: string): boolean {
  return /^Estimated\s*\.?(\s|$)/i.test(notes.trim());
}

const ROUNDED = /[:,]\s*rounded$/i;

/** The series of `chapter` a row belongs to, and whether it is the world total. */
export function seriesOf(
  row: McsRow,
  chapter: McsChapter,
): { series: McsSeries; world: boolean } | null {
  if (!(row.Section ?? '').startsWith('World')) return null;
  const detail = (row.Statistics_detail ?? '').trim();
  const world = (row.Country ?? '') === 'World total';
  const bare = detail.replace(ROUNDED, '').trim().toLowerCase();
  const series = chapter.series.find((s) => s.detail.toLowerCase() === bare);
  return series ? { series, world } : null;
}

/** Converts one release row into a figure row, or null when the atlas does not take it. */
export function mcsFigure(
  row: McsRow,
  chapter: McsChapter,
  edition: McsEdition,
  resolveCountry: (name: string) => string | null,
): FigureCsvRow | null {
  const hit = seriesOf(row, chapter);
  if (!hit) return null;
  const name = row.Country ?? '';
  if (name === 'Other countries') return null;
  const country = hit.world ? WORLD_ISO3 : resolveCountry(name);
  if (country === null) return null;
  const parsed = parseMcsValue(row.Value ?? '');
  const notes = row.Notes ?? '';
  const note = [
    hit.world ? 'World total (rounded)' : '',
    parsed.note,
    ...footnotes(notes).map((f) => `footnote: ${f}`),
    row.Revision === undefined ? '' : `revised in ${row.Revision}`,
  ]
    .filter((n) => n !== '')
    .join('; ');
  return {
    country_iso3: country,
    mineral: chapter.mineral,
    part: hit.series.part ?? '',
    measure: hit.series.measure,
    year: (row.Year ?? '').trim(),
    value: parsed.value === null ? '' : String(parsed.value),
    unit: hit.series.unit,
    estimated: String(isEstimated(notes)),
    edition: edition.edition,
    note,
    source_citation: `${edition.citation}, ${chapter.title}, ${row.Section ?? 'world table'} (${edition.release}${row.Revision === undefined ? '' : `; revised in ${row.Revision}`})`,
    source_url: edition.url,
    source_read_via: edition.readVia,
    as_of: row.RevisionDate ?? edition.asOf,
  };
}

/** A published revision of the release (its version history), applied to the imported rows. */
export interface McsRevision {
  chapter: string;
  country: string;
  detail: string;
  year: string;
  /** The column revised. */
  column: 'Value' | 'Notes';
  /** Text in the release as read; the import fails when the row says otherwise. */
  from: string;
  to: string;
  /** What the version history says, for the note and citation. */
  version: string;
  date: string;
}

/**
 * Applies revisions to release rows (returns new rows). A revision whose row is missing or whose
 * value is not `from` is reported: the release read is not the one the revision was written for.
 */
export function applyRevisions(
  rows: readonly McsRow[],
  revisions: readonly McsRevision[],
  errors: string[],
): McsRow[] {
  const out = rows.map((r) => ({ ...r }));
  for (const rev of revisions) {
    const row = out.find(
      (r) =>
        r['MCS chapter'] === rev.chapter &&
        r.Country === rev.country &&
        r.Statistics_detail === rev.detail &&
        r.Year === rev.year,
    );
    if (!row || row[rev.column] !== rev.from) {
      errors.push(
        `revision ${rev.chapter}/${rev.country}/${rev.detail}/${rev.year}: expected ${rev.column} ${JSON.stringify(rev.from)}, found ${JSON.stringify(row?.[rev.column] ?? 'no row')}`,
      );
      continue;
    }
    row[rev.column] = rev.to;
    const what = rev.column === 'Value' ? `${rev.from} revised to ${rev.to}` : 'footnote revised';
    row.Revision = [row.Revision, `${rev.version} (${rev.date}): ${what}`]
      .filter(Boolean)
      .join('; ');
    row.RevisionDate = rev.date;
  }
  return out;
}

/**
 * Compares one line of a chapter's world table, as text extraction gives it (footnote numbers
 * glued onto figures: "Australia 29,000 29,000 136,300,000" for 6,300,000 with footnote 13),
 * with the figures imported for that country, in column order. Returns the columns that match
 * neither as printed nor with a footnote number of one or two digits before them.
 */
export function chapterLineMismatches(line: string, expected: readonly string[]): number[] {
  const tokens = line.trim().split(/\s+/).slice(-expected.length);
  const bad: number[] = [];
  expected.forEach((value, i) => {
    const token = tokens[i] ?? '';
    const glued = token.length > value.length && /^\d{1,2}$/.test(token.slice(0, -value.length));
    if (token !== value && !(glued && token.endsWith(value))) bad.push(i);
  });
  return bad;
}
