import { describe, expect, it } from 'vitest';
import {
  findDuplicateIds,
  formatIssue,
  isHttpUrl,
  isPartialDate,
  isValidId,
  validateBloc,
  validateBlocMemberRow,
  validateCorridor,
  validateCriticalListRow,
  validateDeposit,
  validateFacility,
  validateFigureRow,
  type ValidationOptions,
} from './schema';
import { blocFixture, facilityFixture } from './test-fixtures';

const opts: ValidationOptions = {
  knownCountries: new Set(['AUS', 'IND', 'USA', 'CHN']),
  criticalMinerals: new Set(['lithium', 'rare-earths', 'copper']),
};
const ctx = { file: 'geodata/curated/test.ndjson', record: 'x (line 1)' };
const src = [{ citation: 'Example citation', url: 'https://example.org/a', rowId: null }];

function facility(over: Record<string, unknown> = {}): Record<string, unknown> {
  const properties = facilityFixture('test-site', {
    name: 'Test site',
    minerals: ['lithium', 'gold'],
    mineralRoles: ['primary', 'by-product'],
    sources: src,
  }).properties;
  return { ...properties, lat: -21, lon: 118, ...over };
}

const rules = (issues: { rule: string }[]): string[] => issues.map((i) => i.rule);

describe('primitive checks', () => {
  it('accepts stable ids and rejects malformed ones', () => {
    expect(isValidId('icmm-icmm02788')).toBe(true);
    expect(isValidId('Bad_ID')).toBe(false);
    expect(isValidId('-leading')).toBe(false);
    expect(isValidId('a')).toBe(false);
    expect(isValidId('a'.repeat(82))).toBe(false);
  });
  it('accepts only http(s) URLs', () => {
    expect(isHttpUrl('https://example.org')).toBe(true);
    expect(isHttpUrl('ftp://example.org')).toBe(false);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('example.org')).toBe(false);
  });
  it('accepts partial dates', () => {
    expect(isPartialDate('2025')).toBe(true);
    expect(isPartialDate('2025-09')).toBe(true);
    expect(isPartialDate('2025-13')).toBe(false);
    expect(isPartialDate('Sept 2025')).toBe(false);
  });
});

describe('validateFacility', () => {
  it('accepts a valid record', () => {
    expect(validateFacility(facility(), ctx, opts, true)).toEqual([]);
  });
  it('rejects a bad enum value (stage, status, confidence, precision)', () => {
    expect(rules(validateFacility(facility({ stages: ['mill'] }), ctx, opts, true))).toContain(
      'enum',
    );
    expect(rules(validateFacility(facility({ status: 'active' }), ctx, opts, true))).toContain(
      'enum',
    );
    expect(rules(validateFacility(facility({ confidence: 'High' }), ctx, opts, true))).toContain(
      'enum',
    );
    expect(
      rules(validateFacility(facility({ locationPrecision: 'city' }), ctx, opts, true)),
    ).toContain('enum');
  });
  it('rejects an unknown mineral id', () => {
    expect(
      rules(
        validateFacility(
          facility({
            minerals: ['unobtainium'],
            mineralRoles: ['primary'],
            primaryMineral: 'unobtainium',
            critical: [],
          }),
          ctx,
          opts,
          true,
        ),
      ),
    ).toContain('enum');
  });
  it('rejects missing sources', () => {
    expect(rules(validateFacility(facility({ sources: [] }), ctx, opts, true))).toContain('source');
    expect(
      rules(
        validateFacility(
          facility({ sources: [{ citation: '', url: 'https://x.org', rowId: null }] }),
          ctx,
          opts,
          true,
        ),
      ),
    ).toContain('source');
    expect(
      rules(
        validateFacility(
          facility({ sources: [{ citation: 'c', url: null, rowId: null }] }),
          ctx,
          opts,
          true,
        ),
      ),
    ).toContain('source');
  });
  it('rejects a non-http(s) URL', () => {
    const issues = validateFacility(
      facility({ sources: [{ citation: 'c', url: 'file:///etc/passwd', rowId: null }] }),
      ctx,
      opts,
      true,
    );
    expect(rules(issues)).toContain('url');
  });
  it('rejects over-long names and notes', () => {
    expect(rules(validateFacility(facility({ name: 'n'.repeat(201) }), ctx, opts, true))).toContain(
      'max-length',
    );
    expect(
      rules(validateFacility(facility({ note: 'n'.repeat(2001) }), ctx, opts, true)),
    ).toContain('max-length');
  });
  it('rejects a malformed id', () => {
    expect(rules(validateFacility(facility({ id: 'ICMM02788' }), ctx, opts, true))).toContain(
      'id-format',
    );
  });
  it('rejects coordinates out of range', () => {
    expect(rules(validateFacility(facility({ lat: 95 }), ctx, opts, true))).toContain(
      'coordinates',
    );
    expect(rules(validateFacility(facility({ lon: -181 }), ctx, opts, true))).toContain(
      'coordinates',
    );
    expect(rules(validateFacility(facility({ lat: null }), ctx, opts, true))).toContain(
      'coordinates',
    );
  });
  it('rejects an unknown country code and a non-ISO3 country', () => {
    expect(rules(validateFacility(facility({ country: 'XXX' }), ctx, opts, true))).toContain(
      'country',
    );
    expect(rules(validateFacility(facility({ country: 'Australia' }), ctx, opts, true))).toContain(
      'country',
    );
  });
  it('rejects critical != minerals ∩ lists and a wrong primary mineral', () => {
    expect(rules(validateFacility(facility({ critical: [] }), ctx, opts, true))).toContain(
      'critical',
    );
    expect(
      rules(validateFacility(facility({ primaryMineral: 'gold' }), ctx, opts, true)),
    ).toContain('primary-mineral');
  });
  it('rejects unknown fields and collects several issues at once', () => {
    const issues = validateFacility(
      facility({ operater: 'x', name: '', asOf: 'soon' }),
      ctx,
      opts,
      true,
    );
    expect(rules(issues)).toEqual(expect.arrayContaining(['unknown-field', 'required', 'date']));
    expect(formatIssue(issues[0]!)).toMatch(/^geodata\/curated\/test.ndjson: x \(line 1\): \[/);
  });
});

describe('other validators', () => {
  it('validateDeposit requires a region for ocean deposits without a country', () => {
    const d = {
      id: 'usgs-pp1802-1',
      name: 'D',
      country: null,
      region: null,
      minerals: ['cobalt'],
      depositType: 't',
      locationPrecision: 'exact',
      sources: src,
      asOf: '2017',
      lat: 0,
      lon: -30,
    };
    expect(rules(validateDeposit(d, ctx, opts))).toContain('required');
    expect(validateDeposit({ ...d, region: 'Atlantic Ocean' }, ctx, opts)).toEqual([]);
  });
  it('validateCorridor rejects bad kind and missing geometry', () => {
    const c = {
      id: 'c-1',
      name: 'C',
      kind: 'highway',
      status: 'proposed',
      schematic: true,
      description: 'd',
      countries: ['IND'],
      sources: src,
      asOf: '2026-02',
      geometry: null,
    };
    expect(rules(validateCorridor(c, ctx, opts))).toEqual(
      expect.arrayContaining(['enum', 'geometry']),
    );
  });
  it('validateBloc rejects a non-boolean flag', () => {
    const b = blocFixture({ includesEuropeanUnion: 'no', sources: src });
    expect(rules(validateBloc(b, ctx))).toContain('type');
    expect(rules(validateBloc(blocFixture({ sources: src }), ctx))).toEqual([]);
  });
  it('validateBlocMemberRow rejects an unknown bloc and a bad URL', () => {
    const row = {
      bloc_id: 'nope',
      country_iso3: 'IND',
      role: 'member',
      joined: '',
      source_citation: 'c',
      source_url: 'www.x.org',
      as_of: '2025',
    };
    expect(rules(validateBlocMemberRow(row, ctx, opts, new Set(['quad'])))).toEqual(
      expect.arrayContaining(['reference', 'url']),
    );
  });
  it('validateFigureRow rejects a bad measure, value and estimated flag', () => {
    const row = {
      country_iso3: 'WLD',
      mineral: 'lithium',
      measure: 'production',
      year: '2024',
      value: '1,000',
      unit: 't',
      estimated: 'yes',
      note: '',
      source_citation: 'c',
      source_url: 'https://x.org',
      as_of: '2025-01',
    };
    expect(rules(validateFigureRow(row, ctx, opts))).toEqual(
      expect.arrayContaining(['enum', 'type']),
    );
  });
  it('validateCriticalListRow rejects an unknown mineral id', () => {
    const row = {
      list_id: 'us-2025',
      list_name: 'n',
      issuer: 'i',
      date: '2025-11-07',
      mineral_id: 'neodymium',
      name_as_listed: 'neodymium',
      source_url: 'https://x.org',
    };
    expect(rules(validateCriticalListRow(row, ctx))).toContain('enum');
  });
  it('findDuplicateIds reports every repeat with the first occurrence', () => {
    const issues = findDuplicateIds([
      { id: 'a-1', ctx: { file: 'f1', record: 'line 1' } },
      { id: 'a-1', ctx: { file: 'f2', record: 'line 9' } },
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.rule).toBe('duplicate-id');
    expect(issues[0]?.message).toContain('f1 line 1');
  });
});
