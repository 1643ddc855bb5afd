/**
 * Import step: reads the upstream ICMM and USGS PP1802 CSV files (never copied into the
 * project), normalises them onto the atlas vocabulary, applies `geodata/curated/corrections.csv`
 * and writes `geodata/curated/icmm-facilities.ndjson` and `geodata/curated/usgs-deposits.ndjson`.
 *
 * Usage: `npm run data:import -- --icmm <icmm external sheet csv> --usgs <pp1802 csv>`
 * (defaults: ../shared/data-sources/... relative to the project root).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsvRecords } from '../build/csv';
import { resolveCountryName } from '../build/countries';
import { toNdjson, writeText, compareIds } from '../build/io';
import { loadCriticalSet } from '../build/lists';
import {
  applyCorrections,
  normaliseIcmmRow,
  normalisePp1802Row,
  parseCorrections,
  type ImportRecord,
} from './normalise';

/** Parses `--icmm` / `--usgs` / `--out` arguments. */
export function parseArgs(
  argv: readonly string[],
  root: string,
): { icmm: string; usgs: string; out: string } {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const data = resolve(root, '../shared/data-sources');
  return {
    icmm: resolve(
      root,
      get('--icmm') ?? `${data}/icmm_global_mining_dataset_2025_external_sheet.csv`,
    ),
    usgs: resolve(root, get('--usgs') ?? `${data}/usgs_pp1802_critical_minerals_global.csv`),
    out: resolve(root, get('--out') ?? 'geodata/curated'),
  };
}

function main(): void {
  const root = process.cwd();
  const args = parseArgs(process.argv.slice(2), root);
  const critical = loadCriticalSet(resolve(root, 'geodata/curated/critical-lists.csv'));
  const corrections = parseCorrections(
    readFileSync(resolve(root, 'geodata/curated/corrections.csv'), 'utf8'),
  );
  const errors: string[] = [];
  const resolveCountry = (name: string): string | null => {
    const iso3 = resolveCountryName(name);
    if (iso3 === undefined) {
      errors.push(`unmapped country name ${JSON.stringify(name)}: add it to COUNTRY_NAME_ALIASES`);
      return null;
    }
    return iso3;
  };

  const icmm = parseCsvRecords(readFileSync(args.icmm, 'utf8'), args.icmm);
  const facilities: ImportRecord[] = [];
  for (const r of icmm.records) {
    const rec = normaliseIcmmRow(r.values, critical, resolveCountry);
    if (rec) facilities.push(rec);
  }
  const usgs = parseCsvRecords(readFileSync(args.usgs, 'utf8'), args.usgs);
  const deposits: ImportRecord[] = [];
  for (const r of usgs.records) {
    const rec = normalisePp1802Row(r.values, resolveCountry, errors);
    deposits.push(rec);
  }
  errors.push(...applyCorrections([...facilities, ...deposits], corrections));
  if (errors.length > 0) {
    for (const e of errors) console.error(`import: ${e}`);
    console.error(`import: ${errors.length} error(s); nothing written`);
    process.exit(1);
  }
  facilities.sort((a, b) => compareIds(String(a.id), String(b.id)));
  deposits.sort((a, b) => compareIds(String(a.id), String(b.id)));
  writeText(resolve(args.out, 'icmm-facilities.ndjson'), toNdjson(facilities));
  writeText(resolve(args.out, 'usgs-deposits.ndjson'), toNdjson(deposits));
  console.log(
    `import: ${icmm.records.length} ICMM rows -> ${facilities.length} facilities with a critical mineral; ` +
      `${usgs.records.length} PP1802 rows -> ${deposits.length} deposits; ${corrections.length} corrections applied`,
  );
}

main();
