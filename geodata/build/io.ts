/**
 * File helpers shared by the import and the build: deterministic JSON/NDJSON output, NDJSON
 * reading with line numbers, number rounding, and the fixed dataset citations.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Citation of the ICMM dataset required by its CC BY 4.0 licence. */
export const ICMM_CITATION = 'ICMM Global Mining Dataset, September 2025 (V1) release.';
/** ICMM's own page of the dataset (the publisher). */
export const ICMM_URL =
  'https://www.icmm.com/en-gb/research/social-performance/2025/global-mining-dataset';
/** The copy of ICMM's workbook the import reads (sheet "External"): named as "read via". */
export const ICMM_READ_VIA =
  'https://github.com/tth4vb/global_mining_prototype/blob/1b81b5898733659181ba13f2f91565df6a22db7a/global-mining-dataset.xlsx';
/** As-of of the ICMM dataset. */
export const ICMM_AS_OF = '2025-09';
/** Citation of USGS PP1802 data. */
export const PP1802_CITATION =
  'USGS, Global distribution of selected mines, deposits, and districts of critical minerals (data of Professional Paper 1802, Schulz et al., eds., 2017)';
/** The copy of the PP1802 CSV the import reads: named as "read via". */
export const PP1802_READ_VIA =
  'https://github.com/muratk5n/tw/blob/8d9a4f2af415aa8a936ba7ea90f8aebe13853285/en/2022/01/mineral_base.csv';
/** USGS service page of PP1802 data. */
export const PP1802_SERVICE_URL = 'https://mrdata.usgs.gov/pp1802/';
/** As-of of PP1802. */
export const PP1802_AS_OF = '2017';

/** Rounds to 5 decimals (about 1 m), normalising -0 to 0. */
export function round5(n: number): number {
  const r = Math.round(n * 1e5) / 1e5;
  return Object.is(r, -0) ? 0 : r;
}

/** Compares strings by UTF-16 code units (locale-independent, deterministic). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One parsed NDJSON line. */
export interface NdjsonLine {
  /** Parsed value (or undefined when the line did not parse). */
  value: unknown;
  /** 1-based line number. */
  line: number;
  /** Parse error message, when the line is not valid JSON. */
  error?: string;
}

/** Parses NDJSON text; blank lines are skipped, malformed lines are reported with `error`. */
export function parseNdjson(text: string): NdjsonLine[] {
  const out: NdjsonLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      out.push({ value: JSON.parse(raw) as unknown, line: i + 1 });
    } catch (e) {
      out.push({
        value: undefined,
        line: i + 1,
        error: e instanceof Error ? e.message : String(e),
      });
    }
  });
  return out;
}

/** Reads a UTF-8 file, or returns undefined when it does not exist. */
export function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Serialises values as NDJSON (one compact JSON object per line, trailing newline). */
export function toNdjson(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join('\n') + (values.length ? '\n' : '');
}

/** Pretty JSON with 2-space indent and a trailing newline. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Writes a file, creating its directory. */
export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
