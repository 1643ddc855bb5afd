/**
 * Validates a directory of curated files the way `npm run data:build` does, without writing
 * anything: reads the files the build knows (see {@link CURATED_FILES}), runs {@link runBuild}
 * and adds the markup rule below. Used by tests on fixture directories (e.g. the hostile dataset
 * in tests/fixtures/hostile/) and usable by the build's entry point.
 */
import { loadGazetteer, type Gazetteer } from './gazetteer';
import { resolve } from 'node:path';
import { isRecord, type Issue } from '../../src/domain/schema';
import { KNOWN_ISO3, loadCountryPolygons, type CountryPolygons } from './countries';
import { parseCsvRecords, type CsvRecord } from './csv';
import { parseNdjson, readIfExists } from './io';
import { CURATED_FILES, runBuild, type CuratedInputs } from './pipeline';

/** Options of {@link validateCuratedDirectory}. */
export interface DirectoryValidationOptions {
  /** Label used as the directory in messages (default: the path as given). */
  label?: string;
  /** Country polygons (default: Natural Earth via world-atlas, as the build uses). */
  polygons?: CountryPolygons;
  /** Known ISO3 codes (default: all ISO 3166-1 alpha-3 codes, as the build uses). */
  knownCountries?: ReadonlySet<string>;
  /** Town positions (defaults to the GeoNames gazetteer). */
  gazetteer?: Gazetteer;
}

/** Reads the curated files the build knows from `dir` (absent files are left out). */
export function readCuratedDirectory(dir: string): CuratedInputs {
  const inputs: CuratedInputs = {};
  for (const name of Object.values(CURATED_FILES)) {
    const text = readIfExists(resolve(dir, name));
    if (text !== undefined) inputs[name] = text;
  }
  return inputs;
}

/**
 * Text that a browser would parse as markup if it were ever inserted as HTML: a tag, comment,
 * doctype or processing instruction opener. Curated data is plain text; none of it needs these.
 */
const MARKUP = /<\s*[a-z!?/]/i;

/** Every string inside a JSON value, with a path such as `sources[0].citation`. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value))
    return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (isRecord(value))
    return Object.entries(value).flatMap(([key, item]) =>
      strings(item, path ? `${path}.${key}` : key),
    );
  return [];
}

/** CSV records, or none when the file does not parse (the build reports that itself). */
function csvRecordsOrNone(text: string, name: string): CsvRecord[] {
  try {
    return parseCsvRecords(text, name).records;
  } catch {
    return [];
  }
}

function markupIssue(file: string, record: string, field: string): Issue {
  return {
    file,
    record,
    rule: 'markup',
    message: `field "${field}" contains HTML-like markup; curated data must be plain text`,
  };
}

/**
 * The markup rule: no string field of any curated record (NDJSON) or cell (CSV) may contain
 * HTML-like markup. The app renders data as text anyway; this keeps such text out of the
 * published files, which readers download and other tools may render.
 */
export function findMarkup(inputs: CuratedInputs, dir: string): Issue[] {
  const issues: Issue[] = [];
  for (const [name, text] of Object.entries(inputs)) {
    if (text === undefined) continue;
    const file = `${dir}/${name}`;
    if (name.endsWith('.ndjson')) {
      for (const line of parseNdjson(text)) {
        const id = isRecord(line.value) && typeof line.value.id === 'string' ? line.value.id : '';
        const record = id ? `${id} (line ${line.line})` : `line ${line.line}`;
        for (const [field, value] of strings(line.value, ''))
          if (MARKUP.test(value)) issues.push(markupIssue(file, record, field));
      }
    } else if (name.endsWith('.csv')) {
      const records = csvRecordsOrNone(text, name);
      for (const row of records)
        for (const [field, value] of Object.entries(row.values))
          if (MARKUP.test(value)) issues.push(markupIssue(file, `row ${row.row}`, field));
    }
  }
  return issues;
}

/** Validates the curated files in `dir`: the build's issues plus the markup rule. */
export function validateCuratedDirectory(
  dir: string,
  options: DirectoryValidationOptions = {},
): Issue[] {
  const label = options.label ?? dir;
  const inputs = readCuratedDirectory(dir);
  const result = runBuild(inputs, {
    polygons: options.polygons ?? loadCountryPolygons(),
    knownCountries: options.knownCountries ?? KNOWN_ISO3,
    gazetteer: options.gazetteer ?? loadGazetteer(),
    dir: label,
  });
  return [...result.issues, ...findMarkup(inputs, label)];
}
