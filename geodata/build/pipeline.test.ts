import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { runBuild, type CuratedInputs } from './pipeline';
import type { CountryPolygons } from './countries';

// Fixture countries: AAA = square lon 10..20, lat 40..50; BBB = square lon 30..40, lat 0..10.
function square(x0: number, y0: number): Feature<Polygon | MultiPolygon> {
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, y0],
          [x0 + 10, y0],
          [x0 + 10, y0 + 10],
          [x0, y0 + 10],
          [x0, y0],
        ],
      ],
    },
  };
}
const polygons: CountryPolygons = new Map([
  ['AUS', [square(10, 40)]],
  ['IND', [square(30, 0)]],
  ['CHN', [square(100, 0)]],
]);
const opts = { polygons, knownCountries: new Set(['AUS', 'IND', 'CHN']), dir: 'geodata/curated' };
const lists =
  'list_id,list_name,issuer,date,mineral_id,name_as_listed,source_url\n' +
  'us-2025,US,DOI,2025-11-07,lithium,lithium,https://www.usgs.gov/x\n' +
  'india-2023,IN,MoM,2023-06-28,rare-earths,REE,https://example.org/in\n';
const src = [{ citation: 'c', url: 'https://example.org', rowId: null }];

function site(id: string, over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id,
    name: `Site ${id}`,
    country: 'AUS',
    stages: ['mine'],
    status: null,
    minerals: ['lithium'],
    primaryMineral: 'lithium',
    critical: ['lithium'],
    operator: null,
    owners: [],
    capacity: null,
    confidence: 'high',
    locationPrecision: 'exact',
    groupNames: [],
    sources: src,
    asOf: '2025-09',
    lat: 45.123456789,
    lon: 15.987654321,
    ...over,
  });
}

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
      'processing-sites.ndjson': [
        site('far-away', { lat: -30, lon: 100 }),
        site('swapped', { lat: 15, lon: 45 }),
        site('Bad Id'),
        '{not json',
        site('out-of-range', { country: 'CHN', lat: 105, lon: 5 }),
      ].join('\n'),
    };
    const { issues } = runBuild(inputs, opts);
    const lines = issues.map((i) => `${i.file}|${i.record}|${i.rule}|${i.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/icmm-facilities.ndjson\|icmm-a \(line 2\)\|enum\|/),
        expect.stringMatching(/icmm-a \(line 2\)\|duplicate-id\|/),
        expect.stringMatching(
          /processing-sites.ndjson\|far-away \(line 1\)\|point-in-country\|.*outside AUS/,
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
      'blocs.ndjson':
        JSON.stringify({
          id: 'quad',
          name: 'Quad',
          shortName: 'Quad',
          kind: 'initiative',
          description: 'd',
          founded: '2025-07-01',
          includesEuropeanUnion: false,
          sources: src,
          asOf: '2025-07',
        }) + '\n',
      'bloc-members.csv':
        'bloc_id,country_iso3,role,joined,source_citation,source_url,as_of\nquad,IND,member,2025-07-01,c,https://x.org,2025-07\nquad,ZZZ,member,,c,https://x.org,2025-07\n',
      'country-figures.csv':
        'country_iso3,mineral,measure,year,value,unit,estimated,note,source_citation,source_url,as_of\nWLD,lithium,mine-production,2024,240000,t,true,,c,https://x.org,2025-01\nIND,lithium,output,2024,1,t,false,,c,,2025-01\n',
      'corridors.ndjson':
        JSON.stringify({
          id: 'c-1',
          name: 'C',
          kind: 'rare-earth-corridor',
          status: 'proposed',
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
        'country-figures.csv:enum',
        'country-figures.csv:source',
        'corridors.ndjson:geometry',
      ]),
    );
    const blocs = JSON.parse(outputs.get('blocs.json') ?? '[]') as { members: unknown[] }[];
    expect(blocs[0]?.members).toHaveLength(1);
  });
});
