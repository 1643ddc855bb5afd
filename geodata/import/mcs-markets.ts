/**
 * The United States figures of the MCS data release that tell how exposed the bloc's leader is
 * and what a mineral costs: price series (salient statistics, 2021–2025, with the assessor USGS
 * credits), net import reliance, and import sources (2021–24 shares by country). Pure.
 */
import { MCS_CHAPTERS } from './mcs-chapters';
import { footnotes, isEstimated, parseMcsValue, type McsEdition, type McsRow } from './mcs';

import { MARKET_COLUMNS, type MarketCsvRow, type MarketKind } from '../../src/domain/market-schema';

export { MARKET_COLUMNS, type MarketCsvRow };

/** Chapters without a world table whose US statistics the atlas still takes. */
const EXTRA_CHAPTERS: Readonly<Record<string, { mineral: string; title: string }>> = {
  GERMANIUM: { mineral: 'germanium', title: 'Germanium' },
  'RARE EARTHS (Heavy)': { mineral: 'rare-earths', title: 'Rare Earths (Heavy)' },
  BORON: { mineral: 'boron', title: 'Boron' },
  SCANDIUM: { mineral: 'scandium', title: 'Scandium' },
  CESIUM: { mineral: 'cesium', title: 'Cesium' },
  RUBIDIUM: { mineral: 'rubidium', title: 'Rubidium' },
};

/** The atlas mineral and printed title of a chapter, or undefined when the atlas does not take it. */
export function marketChapter(chapter: string): { mineral: string; title: string } | undefined {
  const world = MCS_CHAPTERS.find((c) => c.chapter === chapter);
  return world ? { mineral: world.mineral, title: world.title } : EXTRA_CHAPTERS[chapter];
}

/**
 * The credit USGS gives a price, as written from "Source:" to the end of its footnote
 * ("Argus Media group, Argus Non-Ferrous Markets"), or ''.
 */
export function assessorOf(notes: string): string {
  for (const part of notes.split(/\s*--\s*/)) {
    const at = part.search(/Sources?:/);
    if (at >= 0)
      return part
        .slice(at)
        .replace(/^Sources?:\s*/, '')
        .replace(/\.$/, '')
        .trim();
  }
  return '';
}

function kindOf(row: McsRow): MarketKind | null {
  if (row.Section === 'Import Sources') return 'import-source';
  if (!(row.Section ?? '').startsWith('Salient')) return null;
  if (row.Statistics === 'Price') return 'price';
  if (row.Statistics === 'Net import reliance') return 'net-import-reliance';
  return null;
}

/** Converts one release row into a market row, or null when the atlas does not take it. */
export function marketRow(
  row: McsRow,
  edition: McsEdition,
  resolveCountry: (name: string) => string | null,
): MarketCsvRow | null {
  const kind = kindOf(row);
  const chapter = marketChapter(row['MCS chapter'] ?? '');
  if (!kind || !chapter || (row.Unit ?? '') === '') return null;
  const name = (row.Country ?? '').trim();
  // "Other countries" and combined rows ("China, Germany, and Russia") name no single country.
  const group = name === 'Other countries' || /, .* and /.test(name);
  const country = group ? '' : resolveCountry(name);
  if (country === null) return null;
  const printed = (row.Value ?? '').trim();
  const parsed = parseMcsValue(printed);
  const netExporter = kind === 'net-import-reliance' && printed === 'E';
  const notes = row.Notes ?? '';
  const assessor = kind === 'price' ? assessorOf(notes) : '';
  const note = [
    group ? name : '',
    netExporter ? 'source shows E (net exporter)' : parsed.value === null ? parsed.note : '',
    ...footnotes(notes).filter((f) => !f.startsWith('Source')),
  ]
    .filter((n) => n !== '')
    .join('; ');
  return {
    mineral: chapter.mineral,
    kind,
    series: (row.Statistics_detail ?? '').trim(),
    country_iso3: country,
    period: (row.Year ?? '').trim(),
    value: parsed.value === null || printed.startsWith('>') ? '' : String(parsed.value),
    value_text: printed,
    unit: (row.Unit ?? '').trim(),
    estimated: String(isEstimated(notes)),
    assessor,
    note,
    edition: edition.edition,
    source_citation: `${edition.citation}, ${chapter.title}, ${row.Section ?? ''} (${edition.release})`,
    source_url: edition.url,
    source_read_via: edition.readVia,
    as_of: edition.asOf,
  };
}
