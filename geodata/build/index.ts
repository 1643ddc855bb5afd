/**
 * `npm run data:build` — validate all curated files and write `public/data/`.
 * `npm run data:check` — validate and verify `public/data/` is up to date, without writing.
 * Exits non-zero listing every issue (file, record, rule, message).
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatIssue } from '../../src/domain/schema';
import { KNOWN_ISO3, loadCountryPolygons } from './countries';
import { readIfExists, writeText } from './io';
import { CURATED_FILES, runBuild, type CuratedInputs } from './pipeline';
import { findMarkup } from './validate-directory';
import { loadGazetteer } from './gazetteer';

function main(): void {
  const root = process.cwd();
  const check = process.argv.includes('--check');
  const curatedDir = resolve(root, 'geodata/curated');
  const outDir = resolve(root, 'public/data');
  const inputs: CuratedInputs = {};
  for (const name of Object.values(CURATED_FILES)) {
    const text = readIfExists(resolve(curatedDir, name));
    if (text !== undefined) inputs[name] = text;
  }
  const known = new Set<string>(Object.values(CURATED_FILES));
  const unknownFiles = readdirSync(curatedDir).filter((f) => !known.has(f) && !f.startsWith('.'));
  const result = runBuild(inputs, {
    polygons: loadCountryPolygons(),
    knownCountries: KNOWN_ISO3,
    gazetteer: loadGazetteer(),
    dir: 'geodata/curated',
  });
  result.issues.push(...findMarkup(inputs, 'geodata/curated'));
  for (const f of unknownFiles)
    console.warn(`data: warning: geodata/curated/${f} is not read by the build`);
  if (result.issues.length > 0) {
    for (const i of result.issues) console.error(formatIssue(i));
    const byFile = new Map<string, number>();
    for (const i of result.issues) byFile.set(i.file, (byFile.get(i.file) ?? 0) + 1);
    console.error(
      `data: ${result.issues.length} validation error(s): ` +
        [...byFile].map(([f, n]) => `${f}: ${n}`).join('; '),
    );
    process.exit(1);
  }
  if (check) {
    const stale: string[] = [];
    for (const [name, text] of result.outputs) {
      if (readIfExists(resolve(outDir, name)) !== text) stale.push(name);
    }
    if (stale.length > 0) {
      console.error(
        `data: public/data is out of date (${stale.join(', ')}); run npm run data:build`,
      );
      process.exit(1);
    }
    console.log(`data: check passed; ${JSON.stringify(result.counts)}`);
    return;
  }
  for (const [name, text] of result.outputs) writeText(resolve(outDir, name), text);
  console.log(
    `data: wrote ${result.outputs.size} files to public/data; ${JSON.stringify(result.counts)}`,
  );
}

main();
