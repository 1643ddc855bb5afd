import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReport, type ReportInput } from './report';

/** Rewrites results.json and RESULTS.md from the last run's raw figures (out/raw.json). */
const bench = resolve(fileURLToPath(import.meta.url), '..');
const input = JSON.parse(readFileSync(join(bench, 'out/raw.json'), 'utf8')) as ReportInput;
const { table } = await writeReport(bench, input);
console.log(table);
