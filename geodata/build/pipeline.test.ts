import { describe, expect, it } from 'vitest';
import { runBuild, type CuratedInputs } from './pipeline';
import type { CountryPolygons } from './countries';
import { gazetteerOf, type Place } from './gazetteer';
import { blocFixture, facilityFixture } from '../../src/domain/test-fixtures';
import { curatedSite, FIGURE_HEADER, LISTS_CSV, squareCountry } from './test-fixtures';

// Fixture countries: AUS = square lon 10..20, lat 40..50; IND = lon 30..40, lat 0..10.
const square = squareCountry;
const polygons: CountryPolygons = new Map([
  ['AUS', [square(10, 40)]],
  ['IND', [square(30, 0)]],
  ['CHN', [square(100, 0)]],
]);
const town = (geonameId: number, name: string, lon: number, lat: number): Place => ({
  geonameId,
  name,
  country: 'AUS',
  admin1: '01',
  lon,
  lat,
  population: 1000,
});
const gazetteer = gazetteerOf([
  town(1, 'Testtown', 15, 45),
  town(2, 'Twin', 12, 42),
  town(3, 'Twin', 18, 48),
]);
const opts = {
  polygons,
  knownCountries: new Set(['AUS', 'IND', 'CHN']),
  dir: 'geodata/curated',
  gazetteer,
};
const lists = LISTS_CSV;
const src = [{ citation: 'c', url: 'https://example.org', rowId: null }];

function site(id: string, over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    ...facilityFixture(id, { sources: src }).properties,
    lat: 45.123456789,
    lon: 15.987654321,
    ...over,
  });
}

/** A curated site in the researcher's format (sources as the tests' `src`). */
const curated = (id: string, over: Record<string, unknown> = {}): string =>
  curatedSite(id, { sources: src, ...over });

describe('runBuild', () => {
  it('builds deterministic, sorted, rounded output', () => {
    const inputs: CuratedInputs = {
      'critical-lists.csv': lists,
      'icmm-facilities.ndjson': [site('icmm-b'), site('icmm-a')].join('\n') + '\n',
    };
    const a = runBuild(inputs, opts);
    const b = runBuild(inputs, opts);
    expect(a.issues).toEqual([]);
    expect([...a.outputs]).toEqual([...b.outputs]);
    const fc = JSON.parse(a.outputs.get('facilities.geojson') ?? '') as {
      features: { id: string; geometry: { coordinates: number[] } }[];
    };
    expect(fc.features.map((f) => f.id)).toEqual(['icmm-a', 'icmm-b']);
    expect(fc.features[0]?.geometry.coordinates).toEqual([15.98765, 45.12346]);
    expect(a.outputs.get('meta.json')).not.toMatch(/T\d\d:\d\d/); // no build timestamp
    for (const text of a.outputs.values()) expect(text.endsWith('\n')).toBe(true);
  });
  it('collects every error with file, record and rule instead of stopping at the first', () => {
    const inputs: CuratedInputs = {
      'critical-lists.csv': lists,
      'icmm-facilities.ndjson': [site('icmm-a'), site('icmm-a', { status: 'active' })].join('\n'),
      'curated-sites.ndjson': [
        curated('far-away', { lat: -30, lon: 100 }),
        curated('swapped', { lat: 15, lon: 45 }),
        curated('Bad Id'),
        '{not json',
        curated('out-of-range', { country: 'CHN', lat: 105, lon: 5 }),
      ].join('\n'),
    };
    const { issues } = runBuild(inputs, opts);
    const lines = issues.map((i) => `${i.file}|${i.record}|${i.rule}|${i.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/icmm-facilities.ndjson\|icmm-a \(line 2\)\|enum\|/),
        expect.stringMatching(/icmm-a \(line 2\)\|duplicate-id\|/),
        expect.stringMatching(
          /curated-sites.ndjson\|far-away \(line 1\)\|point-in-country\|.*outside AUS/,
        ),
        expect.stringMatching(/swapped \(line 2\)\|point-in-country\|.*probably swapped lat\/lon/),
        expect.stringMatching(/Bad Id \(line 3\)\|id-format\|/),
        expect.stringMatching(/line 4\|json\|/),
        expect.stringMatching(/out-of-range \(line 5\)\|coordinates\|/),
        expect.stringMatching(/out-of-range \(line 5\)\|point-in-country\|.*probably swapped/),
      ]),
    );
  });
  it('validates researcher CSV files and corridor geometry', () => {
    const inputs: CuratedInputs = {
      'critical-lists.csv': lists,
      'blocs.ndjson': JSON.stringify(blocFixture({ sources: src })) + '\n',
      'bloc-members.csv':
        'bloc_id,country_iso3,role,joined,source_citation,source_url,source_read_via,as_of\nquad,IND,member,2025-07-01,c,https://x.org,,2025-07\nquad,ZZZ,member,,c,https://x.org,,2025-07\nquad,AUS,member,,c,https://en.wiki.x.io/wiki/Quad,,2025-07\n',
      'country-figures.csv':
        FIGURE_HEADER +
        'WLD,lithium,,mine-production,2024,240000,t,true,MCS 2025,,c,https://x.org,,2025-01\nIND,lithium,,output,2024,1,t,false,MCS 2025,,c,,,2025-01\n',
      'corridors.ndjson':
        JSON.stringify({
          id: 'c-1',
          name: 'C',
          kind: 'rare-earth-corridor',
          status: 'planned',
          schematic: true,
          description: 'd',
          countries: ['IND'],
          sources: src,
          asOf: '2026-02',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [30, 0],
                [30, 5],
                [35, 5],
                [35, 0],
                [30, 0],
              ],
            ],
          },
        }) + '\n',
    };
    const { issues, outputs } = runBuild(inputs, opts);
    const rules = issues.map((i) => `${i.file.split('/').pop() ?? ''}:${i.rule}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'bloc-members.csv:country',
        'bloc-members.csv:mirror',
        'country-figures.csv:enum',
        'country-figures.csv:source',
        'corridors.ndjson:geometry',
      ]),
    );
    const blocs = JSON.parse(outputs.get('blocs.json') ?? '[]') as { members: unknown[] }[];
    expect(blocs[0]?.members).toHaveLength(1);
  });

  it('rejects bad roles, statuses, owner countries, products and mirror citations', () => {
    const inputs: CuratedInputs = {
      'critical-lists.csv': lists,
      'icmm-facilities.ndjson':
        [
          site('icmm-roles', {
            mineralRoles: ['by-product', 'primary'],
            minerals: ['lithium', 'rare-earths'],
            critical: ['lithium', 'rare-earths'],
          }),
          site('icmm-count', { mineralRoles: [] }),
          site('icmm-status', { status: 'proposed' }),
          site('icmm-date', { status: null, statusDate: '2025-01' }),
        ].join('\n') + '\n',
      'curated-sites.ndjson':
        [
          curated('bad-owner', { owners: [{ name: 'X', country: 'ZZZ', share: 50 }] }),
          curated('bad-share', { owners: [{ name: 'X', country: 'CHN', share: 120 }] }),
          curated('bad-role', { minerals: [{ id: 'lithium', role: 'main' }] }),
          curated('bad-product', {
            capacity: { value: 1, unit: 't/yr', commodity: 'x', year: null, product: 'gold-bars' },
          }),
          curated('mirror', {
            sources: [{ citation: 'W', url: 'https://hessslslslsls.azureedge.net/wiki/X' }],
          }),
          curated('bad-read-via', {
            sources: [{ citation: 'W', url: 'https://a.org', readVia: 'x' }],
          }),
        ].join('\n') + '\n',
    };
    const { issues } = runBuild(inputs, opts);
    const got = issues.map((i) => `${i.record.split(' ')[0] ?? ''}:${i.rule}`);
    expect(got).toEqual(
      expect.arrayContaining([
        'icmm-roles:roles',
        'icmm-count:roles',
        'icmm-status:enum',
        'icmm-date:status',
        'bad-owner:country',
        'bad-share:range',
        'bad-role:roles',
        'bad-product:enum',
        'mirror:mirror',
        'bad-read-via:url',
      ]),
    );
  });

  it('places a curated site at its town, and asks for a pin when the town is ambiguous', () => {
    const inputs: CuratedInputs = {
      'critical-lists.csv': lists,
      'curated-sites.ndjson':
        [
          curated('placed', {
            lat: undefined,
            lon: undefined,
            locationPrecision: undefined,
            town: 'testtown',
          }),
          curated('twin', {
            lat: undefined,
            lon: undefined,
            locationPrecision: undefined,
            town: 'Twin',
          }),
          curated('pinned', {
            lat: undefined,
            lon: undefined,
            locationPrecision: undefined,
            town: 'Twin',
            geonameId: 3,
          }),
          curated('near', {
            lat: undefined,
            lon: undefined,
            locationPrecision: 'district',
            town: 'Testtown',
          }),
          curated('nowhere', {
            lat: undefined,
            lon: undefined,
            locationPrecision: undefined,
            town: 'Atlantis',
          }),
        ].join('\n') + '\n',
    };
    const { issues, outputs } = runBuild(inputs, opts);
    expect(issues.map((i) => `${i.record.split(' ')[0] ?? ''}:${i.rule}`).sort()).toEqual([
      'nowhere:town',
      'twin:town',
    ]);
    const features = (
      JSON.parse(outputs.get('facilities.geojson') ?? '') as {
        features: {
          id: string;
          geometry: { coordinates: number[] };
          properties: Record<string, unknown>;
        }[];
      }
    ).features;
    const placed = features.find((f) => f.id === 'placed');
    expect(placed?.geometry.coordinates).toEqual([15, 45]);
    expect(placed?.properties.locationPrecision).toBe('approximate');
    expect(JSON.stringify(placed?.properties.sources)).toContain('geonames:1');
    expect(features.find((f) => f.id === 'pinned')?.geometry.coordinates).toEqual([18, 48]);
    expect(features.find((f) => f.id === 'near')?.properties.locationPrecision).toBe('district');
  });

  it('applies enrichments to imported records and rejects dangling or mismatched ones', () => {
    const enrich = (id: string, over: Record<string, unknown> = {}): string =>
      JSON.stringify({
        id,
        owners: [{ name: 'Owner Co', country: 'CHN', share: 51 }],
        status: 'operating',
        statusDate: '2025-06',
        minerals: [
          { id: 'rare-earths', role: 'by-product' },
          { id: 'lithium', role: 'primary' },
        ],
        sources: [{ citation: 'Annual report 2025', url: 'https://owner.example/ar' }],
        asOf: '2025-06',
        ...over,
      });
    const inputs: CuratedInputs = {
      'critical-lists.csv': lists,
      'icmm-facilities.ndjson': [site('icmm-a'), site('icmm-b')].join('\n') + '\n',
      'facility-enrichments.ndjson':
        [
          enrich('icmm-a', { nameCheck: 'Site icmm-a' }),
          enrich('icmm-b', { nameCheck: 'Greenbushes' }),
          enrich('icmm-missing'),
        ].join('\n') + '\n',
    };
    const { issues, outputs } = runBuild(inputs, opts);
    expect(issues.map((i) => `${i.record.split(' ')[0] ?? ''}:${i.rule}`).sort()).toEqual([
      'icmm-b:reference',
      'icmm-missing:reference',
    ]);
    const a = (
      JSON.parse(outputs.get('facilities.geojson') ?? '') as {
        features: { id: string; properties: Record<string, unknown> }[];
      }
    ).features.find((f) => f.id === 'icmm-a')?.properties;
    expect(a).toMatchObject({
      status: 'operating',
      statusDate: '2025-06',
      minerals: ['lithium', 'rare-earths'],
      mineralRoles: ['primary', 'by-product'],
      critical: ['lithium', 'rare-earths'],
      owners: [{ name: 'Owner Co', country: 'CHN', share: 51 }],
      asOf: '2025-06',
    });
    expect((a?.sources as unknown[]).length).toBe(2);
  });
});
