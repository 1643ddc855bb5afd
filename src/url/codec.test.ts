import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIGURE_YEARS } from '../domain/figures';
import {
  PARAMS,
  COLOURINGS,
  DEFAULT_URL_STATE,
  LAYER_NAMES,
  MAX_INPUT,
  SHADINGS,
  THEMES,
  normaliseUrlState,
  parseCamera,
  parseUrl,
  roundCamera,
  serializeCamera,
  serializeUrl,
  type UrlState,
} from './codec';
import { STAGES, STATUS_OPTIONS } from '../domain/filters';

const sortedUnique = <T extends string>(values: T[]): T[] => [...new Set(values)].sort();
const idArbitrary = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);

const camera = fc
  .record({
    zoom: fc.double({ min: 0, max: 22, noNaN: true }),
    latitude: fc.double({ min: -85, max: 85, noNaN: true }),
    longitude: fc.double({ min: -179.9, max: 179.9, noNaN: true }),
    bearing: fc.double({ min: -179, max: 179, noNaN: true }),
    pitch: fc.double({ min: 0, max: 85, noNaN: true }),
  })
  .map(roundCamera);

const validState: fc.Arbitrary<UrlState> = fc.record({
  filters: fc.record({
    minerals: fc.array(idArbitrary, { maxLength: 6 }).map(sortedUnique),
    byproducts: fc.boolean(),
    blocs: fc.array(idArbitrary, { maxLength: 4 }).map(sortedUnique),
    blocMode: fc.constantFrom('located' as const, 'controlled' as const),
    blocMatch: fc.constantFrom('any' as const, 'all' as const),
    stages: fc.subarray([...STAGES]).map(sortedUnique),
    statuses: fc.subarray([...STATUS_OPTIONS]).map(sortedUnique),
    countries: fc.array(fc.stringMatching(/^[A-Z]{3}$/), { maxLength: 5 }).map(sortedUnique),
  }),
  layers: fc.subarray([...LAYER_NAMES]).map(sortedUnique),
  shading: fc.constantFrom(...SHADINGS),
  figureYear: fc.constantFrom(null, ...FIGURE_YEARS),
  colourBy: fc.constantFrom(...COLOURINGS),
  site: fc.option(idArbitrary, { nil: null }),
  corridor: fc.option(idArbitrary, { nil: null }),
  embed: fc.boolean(),
  embedOptions: fc.record({
    legend: fc.boolean(),
    list: fc.boolean(),
    controls: fc.boolean(),
    theme: fc.constantFrom(...THEMES),
  }),
  camera: fc.option(camera, { nil: null }),
});

describe('the year of the figures', () => {
  it('reads 2023, 2024 and 2025 and ignores any other value', () => {
    expect(parseUrl('?year=2023', '').figureYear).toBe(2023);
    expect(parseUrl('?year=2025', '').figureYear).toBe(2025);
    for (const raw of ['2030', '20230', 'abc', '', '2023.0', ' 2024']) {
      expect(parseUrl(`?year=${encodeURIComponent(raw)}`, '').figureYear).toBeNull();
    }
  });

  it('writes the year only when one is chosen', () => {
    expect(serializeUrl({ ...DEFAULT_URL_STATE, figureYear: 2024 }).search).toContain('year=2024');
    expect(serializeUrl(DEFAULT_URL_STATE).search).not.toContain('year=');
  });
});

describe('URL codec', () => {
  it('reads and writes every parameter through the one table, each back to its default when absent', () => {
    const keys = PARAMS.map((param) => param.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const param of PARAMS) {
      expect(param.write(param.read(undefined, DEFAULT_URL_STATE)), param.key).toBeNull();
    }
  });

  it('reads the by-products switch and old status names', () => {
    expect(parseUrl('?v=1&byproducts=1', '').filters.byproducts).toBe(true);
    expect(parseUrl('?v=1', '').filters.byproducts).toBe(false);
    expect(serializeUrl({ ...DEFAULT_URL_STATE }).search).not.toContain('byproducts');
    expect(parseUrl('?v=1&status=proposed,closed', '').filters.statuses).toEqual([
      'closed',
      'planned',
    ]);
  });

  it('reads back every valid state it writes (1,000 runs)', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const { search, hash } = serializeUrl(state);
        expect(parseUrl(search, hash)).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary input, and normalising is idempotent (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 100 }), (search, hash) => {
        const once = parseUrl(search, hash);
        expect(normaliseUrlState(once)).toEqual(once);
        expect(normaliseUrlState(normaliseUrlState(once))).toEqual(normaliseUrlState(once));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps Object.prototype clean whatever the keys', () => {
    parseUrl(
      '?__proto__[x]=1&constructor[prototype][y]=2&__proto__=z&mineral=__proto__',
      '#map=1/2/3',
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).y).toBeUndefined();
  });

  it('drops unknown keys and values, and falls back per field', () => {
    const state = parseUrl(
      '?mineral=lithium,<script>,COBALT&stage=mine,quarry&shade=plaid&embed=yes&site=ok-id',
      '',
    );
    expect(state.filters.minerals).toEqual(['lithium']);
    expect(state.filters.stages).toEqual(['mine']);
    expect(state.shading).toBe(DEFAULT_URL_STATE.shading);
    expect(state.embed).toBe(false);
    expect(state.site).toBe('ok-id');
  });

  it('rejects impossible cameras and clamps out-of-range ones', () => {
    for (const hash of [
      '#map=NaN/1/1',
      '#map=Infinity/0/0',
      '#map=1e309/0/0',
      '#map=0x10/0/0',
      '#map=3/95/0',
      '#map=99/0/0',
      '#map=3/1',
      '#map=٣/1/1',
    ]) {
      expect(parseCamera(hash), hash).toBeNull();
    }
    expect(parseCamera('#map=3/10/350')?.longitude).toBe(-10);
    expect(parseCamera('#map=3/10/370')).toBeNull();
    expect(parseCamera('#map=3/85.5/0')?.latitude).toBeCloseTo(85.05, 2);
  });

  it('ties coordinate precision to zoom', () => {
    expect(
      serializeCamera({ zoom: 2, latitude: 12.3456789, longitude: -45.6789, bearing: 0, pitch: 0 }),
    ).toBe('map=2.00/12.35/-45.68');
    expect(
      serializeCamera({
        zoom: 12,
        latitude: 12.3456789,
        longitude: -45.6789,
        bearing: 0,
        pitch: 0,
      }),
    ).toBe('map=12.00/12.34568/-45.67890');
  });

  it('reads at most 8 KiB', () => {
    const long = `?mineral=${'a'.repeat(MAX_INPUT)},lithium`;
    expect(parseUrl(long, '').filters.minerals).not.toContain('lithium');
    expect(() =>
      parseUrl('?x=' + 'y'.repeat(2 * 1024 * 1024), '#' + 'z'.repeat(2 * 1024 * 1024)),
    ).not.toThrow();
  });

  it('writes the largest realistic state in at most 2,000 characters', () => {
    const state: UrlState = {
      ...DEFAULT_URL_STATE,
      filters: {
        byproducts: true,
        minerals: sortedUnique([
          'rare-earths',
          'lithium',
          'cobalt',
          'nickel',
          'graphite',
          'manganese',
          'platinum-group-metals',
          'copper',
          'gallium',
          'germanium',
          'tungsten',
          'antimony',
          'vanadium',
          'titanium',
          'zirconium',
          'niobium',
          'tantalum',
          'tin',
          'fluorspar',
          'bismuth',
        ]),
        blocs: sortedUnique([
          'critical-minerals-ministerial-2026',
          'minerals-security-partnership',
          'quad-critical-minerals-initiative',
          'g7-critical-minerals-action-plan',
          'pax-silica',
          'european-union',
          'eu-strategic-raw-materials-partners',
          'us-bilateral-critical-minerals-agreements',
        ]),
        blocMode: 'controlled',
        blocMatch: 'all',
        stages: [...STAGES].sort(),
        statuses: [...STATUS_OPTIONS].sort(),
        countries: sortedUnique([
          'AUS',
          'CHN',
          'COD',
          'IND',
          'USA',
          'CHL',
          'ARG',
          'BRA',
          'CAN',
          'IDN',
          'PHL',
          'ZAF',
          'ZMB',
          'RUS',
          'KAZ',
          'MYS',
          'VNM',
          'MMR',
          'MNG',
          'PER',
        ]),
      },
      layers: ['deposits'],
      shading: 'refinery-production',
      colourBy: 'owner',
      site: 'toyotsu-rare-earths-india-visakhapatnam',
      corridor: 'india-rare-earth-corridor-andhra-pradesh',
      embed: true,
      embedOptions: { legend: false, list: true, controls: false, theme: 'dark' },
      camera: roundCamera({
        zoom: 14.25,
        latitude: -12.3456789,
        longitude: 123.456789,
        bearing: 45.5,
        pitch: 30,
      }),
    };
    const { search, hash } = serializeUrl(state);
    expect(search.length + hash.length).toBeLessThanOrEqual(2000);
    expect(parseUrl(search, hash)).toEqual(state);
  });
});
