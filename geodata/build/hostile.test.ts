import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { formatIssue, type Issue } from '../../src/domain/schema';
import { parseNdjson } from './io';
import { findMarkup, readCuratedDirectory, validateCuratedDirectory } from './validate-directory';

const DIR = resolve(import.meta.dirname, '../../tests/fixtures/hostile');
const LABEL = 'tests/fixtures/hostile';

/** One problem the fixture contains and the issue the build must report for it. */
interface Expected {
  file: string;
  record: RegExp;
  rule: string;
  message: RegExp;
}

const markup = (file: string, record: RegExp, fields: string[]): Expected[] =>
  fields.map((field) => ({
    file,
    record,
    rule: 'markup',
    message: new RegExp(`field "${field.replace(/[[\].]/g, '\\$&')}" contains HTML-like markup`),
  }));

const EXPECTED: Expected[] = [
  // HTML and script in every string field of a facility.
  ...markup('icmm-facilities.ndjson', /^xss-everywhere \(line 1\)$/, [
    'name',
    'operator',
    'owners[0].name',
    'capacity.unit',
    'capacity.commodity',
    'groupNames[0]',
    'note',
    'locationNote',
    'sources[0].citation',
    'sources[0].rowId',
    'sources[1].citation',
    'sources[2].url',
  ]),
  // javascript: and data: source URLs.
  {
    file: 'icmm-facilities.ndjson',
    record: /^xss-everywhere \(line 1\)$/,
    rule: 'url',
    message: /sources\[0\]\.url "javascript:alert\(1\)" is not an http\(s\) URL/,
  },
  {
    file: 'icmm-facilities.ndjson',
    record: /^xss-everywhere \(line 1\)$/,
    rule: 'url',
    message: /sources\[1\]\.url "data:text\/html,.*" is not an http\(s\) URL/,
  },
  // A 10,000-character name.
  {
    file: 'icmm-facilities.ndjson',
    record: /^huge-name \(line 2\)$/,
    rule: 'max-length',
    message: /field "name" is 10000 characters long \(max 200\)/,
  },
  // Duplicate ids: the second record is named, and the message points at the first.
  {
    file: 'icmm-facilities.ndjson',
    record: /^dupe-site \(line 4\)$/,
    rule: 'duplicate-id',
    message: /id "dupe-site" is already used by .*icmm-facilities\.ndjson dupe-site \(line 3\)/,
  },
  // Coordinates out of range, and not numbers at all.
  {
    file: 'icmm-facilities.ndjson',
    record: /^out-of-range \(line 5\)$/,
    rule: 'coordinates',
    message: /lat=123\.5, lon=456\.7/,
  },
  {
    file: 'icmm-facilities.ndjson',
    record: /^not-numbers \(line 6\)$/,
    rule: 'coordinates',
    message: /lat="-25", lon=null/,
  },
  // An id that is itself markup.
  {
    file: 'icmm-facilities.ndjson',
    record: /^<script>alert\(1\)<\/script> \(line 7\)$/,
    rule: 'id-format',
    message: /does not match/,
  },
  // Deposits.
  ...markup('usgs-deposits.ndjson', /^hostile-deposit \(line 1\)$/, [
    'name',
    'region',
    'depositType',
    'locationNote',
    'sources[0].citation',
  ]),
  {
    file: 'usgs-deposits.ndjson',
    record: /^hostile-deposit \(line 1\)$/,
    rule: 'url',
    message: /"javascript:alert\(1\)" is not an http\(s\) URL/,
  },
  {
    file: 'usgs-deposits.ndjson',
    record: /^hostile-deposit \(line 1\)$/,
    rule: 'coordinates',
    message: /lon=999/,
  },
  // Invalid corridor geometry.
  {
    file: 'corridors.ndjson',
    record: /^bowtie \(line 1\)$/,
    rule: 'geometry',
    message: /self-intersects/,
  },
  {
    file: 'corridors.ndjson',
    record: /^unclosed \(line 2\)$/,
    rule: 'geometry',
    message: /not closed/,
  },
  {
    file: 'corridors.ndjson',
    record: /^point-corridor \(line 3\)$/,
    rule: 'geometry',
    message: /Polygon, MultiPolygon or LineString/,
  },
  {
    file: 'corridors.ndjson',
    record: /^one-point-line \(line 4\)$/,
    rule: 'geometry',
    message: /at least 2 positions/,
  },
  ...markup('corridors.ndjson', /^bowtie \(line 1\)$/, ['name', 'description']),
  // Blocs and the researchers' CSV files.
  ...markup('blocs.ndjson', /^hostile-bloc \(line 1\)$/, [
    'name',
    'shortName',
    'description',
    'sources[0].citation',
  ]),
  {
    file: 'blocs.ndjson',
    record: /^hostile-bloc \(line 1\)$/,
    rule: 'url',
    message: /"data:text\/html,.*" is not an http\(s\) URL/,
  },
  {
    file: 'bloc-members.csv',
    record: /row 1/,
    rule: 'url',
    message: /"javascript:alert\(1\)" is not an http\(s\) URL/,
  },
  ...markup('bloc-members.csv', /^row 1$/, ['role', 'source_citation']),
  {
    file: 'country-figures.csv',
    record: /row 1/,
    rule: 'url',
    message: /"data:text\/html,.*" is not an http\(s\) URL/,
  },
  ...markup('country-figures.csv', /^row 1$/, ['unit', 'note']),
  {
    file: 'critical-lists.csv',
    record: /^row 2$/,
    rule: 'url',
    message: /"javascript:alert\(1\)" is not an http\(s\) URL/,
  },
  ...markup('critical-lists.csv', /^row 2$/, ['name_as_listed']),
];

describe('the hostile fixture dataset', () => {
  const issues: Issue[] = validateCuratedDirectory(DIR, { label: LABEL });

  it.each(EXPECTED.map((expected) => [`${expected.file} ${expected.rule}`, expected] as const))(
    'is rejected: %s',
    (_name, expected) => {
      const match = issues.find(
        (issue) =>
          issue.file === `${LABEL}/${expected.file}` &&
          expected.record.test(issue.record) &&
          issue.rule === expected.rule &&
          expected.message.test(issue.message),
      );
      expect(
        match,
        `no issue for ${expected.file} ${String(expected.record)} [${expected.rule}] ${String(expected.message)}\n` +
          issues.map(formatIssue).join('\n'),
      ).toBeDefined();
      if (!match) return;
      // The printed line names file, record and rule, as `npm run data:build` prints it.
      expect(formatIssue(match)).toMatch(
        new RegExp(`^${LABEL}/${expected.file.replace('.', '\\.')}: .+: \\[${expected.rule}\\] `),
      );
    },
  );

  it('names every record in it, so the build fails and publishes none of them', () => {
    const inputs = readCuratedDirectory(DIR);
    for (const [name, text] of Object.entries(inputs)) {
      if (!name.endsWith('.ndjson') || text === undefined) continue;
      for (const line of parseNdjson(text)) {
        // A record is named by an issue, or (the first of two duplicates) by its message.
        const named = issues.some(
          (issue) =>
            (issue.file === `${LABEL}/${name}` && issue.record.endsWith(`(line ${line.line})`)) ||
            issue.message.includes(`${LABEL}/${name} dupe-site (line ${line.line})`),
        );
        expect(named, `${name} line ${line.line} passed validation`).toBe(true);
      }
    }
  });

  it('never echoes the 10,000-character name into a message', () => {
    for (const issue of issues) expect(formatIssue(issue).length).toBeLessThan(1000);
  });
});

describe('the markup rule', () => {
  it('finds nothing in the real curated data', () => {
    const curated = resolve(import.meta.dirname, '../curated');
    expect(findMarkup(readCuratedDirectory(curated), 'geodata/curated')).toEqual([]);
  });

  it('allows plain text with a less-than sign and a number', () => {
    const text = JSON.stringify({ id: 'x-1', note: 'grade < 2 % and 5<6' }) + '\n';
    expect(findMarkup({ 'icmm-facilities.ndjson': text }, 'dir')).toEqual([]);
  });
});
