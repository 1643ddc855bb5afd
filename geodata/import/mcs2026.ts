/**
 * Imports the world tables of USGS Mineral Commodity Summaries 2026 from its data release
 * (`MCS2026_Commodities_Data.csv`, ver. 1.0, cp1252) into
 * `geodata/curated/country-figures-mcs2026.csv`, applying the corrections of the release's
 * version history (ver. 1.1 and 1.3) to the cells they name.
 *
 * Usage: `npm run data:import:mcs -- <path to MCS2026_Commodities_Data.csv> [--out <dir>]`
 * (default: ../shared/data-sources/usgs-mcs2026/MCS2026_Commodities_Data.csv).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIGURE_COLUMNS } from '../../src/domain/table-schemas';
import { parseCsvRecords, toCsv } from '../build/csv';
import { resolveCountryName } from '../build/countries';
import { writeText } from '../build/io';
import { MCS_CHAPTERS } from './mcs-chapters';
import {
  applyRevisions,
  decodeCp1252,
  mcsFigure,
  type FigureCsvRow,
  type McsRevision,
} from './mcs';
import { MCS2026_EDITION, MCS2026_REVISIONS, MCS2026_SHA256 } from './mcs2026-release';
import { MARKET_COLUMNS, marketRow, type MarketCsvRow } from './mcs-markets';

/** Reads the release file and returns the atlas rows, or the errors found. */
export function importMcs2026(bytes: Buffer): {
  rows: FigureCsvRow[];
  markets: MarketCsvRow[];
  errors: string[];
} {
  const errors: string[] = [];
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== MCS2026_SHA256) {
    errors.push(`SHA-256 ${sha} is not the ver. 1.0 release the revisions were written for`);
  }
  const text = decodeCp1252(bytes);
  const raw = parseCsvRecords(text, 'MCS2026_Commodities_Data.csv').records.map((r) => r.values);
  const revisions: readonly McsRevision[] = MCS2026_REVISIONS;
  const rows = applyRevisions(raw, revisions, errors);
  const resolveCountry = (name: string): string | null => {
    const iso3 = resolveCountryName(name);
    if (iso3 === undefined) errors.push(`unmapped country name ${JSON.stringify(name)}`);
    return iso3 ?? null;
  };
  const out: FigureCsvRow[] = [];
  for (const chapter of MCS_CHAPTERS) {
    const mine = rows.filter((r) => r['MCS chapter'] === chapter.chapter);
    const before = out.length;
    for (const row of mine) {
      const fig = mcsFigure(row, chapter, MCS2026_EDITION, resolveCountry);
      if (fig) out.push(fig);
    }
    for (const s of chapter.series) {
      const n = out
        .slice(before)
        .filter((f) => f.measure === s.measure && f.part === (s.part ?? ''));
      if (n.length === 0) errors.push(`${chapter.chapter}: no rows for series "${s.detail}"`);
    }
  }
  const markets = rows
    .map((row) => marketRow(row, MCS2026_EDITION, resolveCountry))
    .filter((row): row is MarketCsvRow => row !== null);
  return { rows: out, markets, errors };
}

function main(): void {
  const root = process.cwd();
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = resolve(root, outAt >= 0 ? (args[outAt + 1] ?? '') : 'geodata/curated');
  const input = resolve(
    root,
    args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out') ??
      '../shared/data-sources/usgs-mcs2026/MCS2026_Commodities_Data.csv',
  );
  const { rows, markets, errors } = importMcs2026(readFileSync(input));
  if (errors.length > 0) {
    for (const e of errors) console.error(`import mcs2026: ${e}`);
    process.exit(1);
  }
  const table = [[...FIGURE_COLUMNS], ...rows.map((r) => FIGURE_COLUMNS.map((c) => r[c]))];
  writeText(resolve(out, 'country-figures-mcs2026.csv'), toCsv(table));
  const marketTable = [[...MARKET_COLUMNS], ...markets.map((r) => MARKET_COLUMNS.map((c) => r[c]))];
  writeText(resolve(out, 'markets-mcs2026.csv'), toCsv(marketTable));
  console.log(
    `import mcs2026: ${rows.length} figures from ${MCS_CHAPTERS.length} chapters; ${markets.length} US price, reliance and import-source rows`,
  );
}

if (process.argv[1]?.endsWith('mcs2026.ts')) main();
