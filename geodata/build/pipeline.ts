/**
 * The data build as a pure-ish function: curated file texts in, published file texts and
 * validation issues out. `index.ts` does the I/O. One builder per dataset (build-*.ts); this file
 * reads the critical lists they all need, runs them in order and writes countries, minerals and
 * meta.
 */
import {
  validateCriticalListRow,
  CRITICAL_LIST_COLUMNS,
  type Issue,
  type ValidationOptions,
} from '../../src/domain/schema';
import { MINERALS } from '../../src/domain/minerals';
import type { MineralEntry } from '../../src/domain/types';
import { countryName, countryNumeric } from './countries';
import { criticalSet, listFlags } from './lists';
import { compareIds, toJson } from './io';
import {
  csvRecords,
  ctxOf,
  CURATED_FILES,
  type BuildContext,
  type BuildOptions,
  type BuildResult,
  type CuratedInputs,
} from './context';
import { buildFacilities, validateCorrections } from './build-facilities';
import { buildCorridors, buildDeposits } from './build-places';
import { buildBlocs } from './build-blocs';
import { buildFigures } from './build-figures';
import { buildMarkets } from './build-markets';
import { encodeFigures, type FiguresFile } from '../../src/domain/figures-file';
import { writeMeta } from './build-meta';

export {
  CURATED_FILES,
  DISTRICT_TOLERANCE_KM,
  featureCollectionText,
  type BuildOptions,
  type BuildResult,
  type CuratedInputs,
} from './context';

/** Runs all validations and produces the published files. */
export function runBuild(inputs: CuratedInputs, opts: BuildOptions): BuildResult {
  const issues: Issue[] = [];
  const outputs = new Map<string, string>();
  const dir = opts.dir;
  // --- critical lists -------------------------------------------------------------------
  const listRows: { list_id: string; mineral_id: string }[] = [];
  const listsText = inputs[CURATED_FILES.lists];
  if (listsText === undefined) {
    issues.push({
      file: `${dir}/${CURATED_FILES.lists}`,
      record: '-',
      rule: 'required',
      message: 'file is missing',
    });
  } else {
    const recs = csvRecords(listsText, CURATED_FILES.lists, CRITICAL_LIST_COLUMNS, dir, issues);
    for (const r of recs) {
      const ctx = ctxOf(dir, CURATED_FILES.lists, '', `row ${r.row}`);
      issues.push(...validateCriticalListRow(r.values, ctx));
      listRows.push({ list_id: r.values.list_id ?? '', mineral_id: r.values.mineral_id ?? '' });
    }
  }
  const critical = criticalSet(listRows);
  const flags = listFlags(listRows);
  const vopts: ValidationOptions = {
    knownCountries: opts.knownCountries,
    criticalMinerals: critical,
  };

  const ctx: BuildContext = { inputs, opts, dir, issues, outputs, referenced: new Set(), vopts };
  validateCorrections(ctx);
  const facilities = buildFacilities(ctx);
  const deposits = buildDeposits(ctx);
  const corridors = buildCorridors(ctx);
  const blocs = buildBlocs(ctx);
  const figures = buildFigures(ctx);
  const markets = buildMarkets(ctx);

  // --- countries -------------------------------------------------------------------------
  const countryCodes = new Set<string>([...opts.polygons.keys(), ...ctx.referenced]);
  const countries = [...countryCodes]
    .filter((c) => opts.knownCountries.has(c))
    .sort(compareIds)
    .map((iso3) => ({ iso3, isoNumeric: countryNumeric(iso3), name: countryName(iso3) }));
  outputs.set('countries.json', countriesText(countries, encodeFigures(figures)));

  // --- minerals --------------------------------------------------------------------------
  const minerals: MineralEntry[] = MINERALS.map((m) => {
    const lists = flags.get(m.id) ?? {
      us2025: false,
      eu2024: false,
      euStrategic2024: false,
      india2023: false,
    };
    return {
      id: m.id,
      label: m.label,
      group: m.group,
      critical: critical.has(m.id),
      lists: { ...lists },
    };
  });
  outputs.set('minerals.json', toJson(minerals));

  const counts = {
    facilities: facilities.length,
    deposits: deposits.length,
    corridors,
    blocs,
    countries: countries.length,
    figures: figures.length,
    marketSeries: markets,
    minerals: minerals.length,
    criticalMinerals: minerals.filter((m) => m.critical).length,
  };
  writeMeta(outputs, counts, facilities, deposits);
  return { outputs, issues, counts };
}

/** `countries.json` with one line per country and per figure row (diffable, compact). */
function countriesText(countries: readonly unknown[], figures: FiguresFile): string {
  const lines = (items: readonly unknown[]): string =>
    items.map((item) => JSON.stringify(item)).join(',\n');
  const { rows, ...head } = figures;
  const headText = JSON.stringify(head).slice(0, -1);
  return `{"countries":[\n${lines(countries)}\n],\n"figures":${headText},"rows":[\n${lines(rows)}\n]}}\n`;
}
