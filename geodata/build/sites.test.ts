import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSites, type SitesFile } from '../../src/domain/sites-file';
import type { AtlasFeature, FacilityProperties } from '../../src/domain/types';
import { runBuild, type CuratedInputs } from './pipeline';
import { gazetteerOf } from './gazetteer';
import { facilityFixture, withoutDetails } from '../../src/domain/test-fixtures';
import { curatedSite, squareCountry } from './test-fixtures';

const lists =
  'list_id,list_name,issuer,date,mineral_id,name_as_listed,source_url\n' +
  'us-2025,US,DOI,2025-11-07,lithium,lithium,https://www.usgs.gov/x\n';
const opts = {
  polygons: new Map([['AUS', [squareCountry(10, 40)]]]),
  knownCountries: new Set(['AUS']),
  dir: 'geodata/curated',
  gazetteer: gazetteerOf([]),
};

function site(id: string, over: Record<string, unknown> = {}): string {
  const properties = facilityFixture(id, {
    stages: ['mine', 'refinery'],
    owners: [{ name: 'Owner', country: 'AUS', share: 51.5 }],
    capacity: {
      value: 1000,
      unit: 't/yr',
      commodity: 'spodumene',
      year: 2024,
      product: 'spodumene-concentrate',
    },
    groupNames: ['Other name'],
    sources: [{ citation: 'c', url: 'https://example.org', rowId: null }],
  }).properties;
  return JSON.stringify({ ...properties, lat: 45.123456789, lon: 15.987654321, ...over });
}

function decodedPair(outputs: Map<string, string>): [unknown[], unknown[]] {
  const sites = JSON.parse(outputs.get('sites.json') ?? '') as SitesFile;
  const geojson = JSON.parse(outputs.get('facilities.geojson') ?? '') as {
    features: AtlasFeature<FacilityProperties>[];
  };
  return [decodeSites(sites), geojson.features.map(withoutDetails)];
}

describe('sites.json', () => {
  it('decodes to exactly the facilities.geojson records minus sources, notes and groupNames', () => {
    const inputs: CuratedInputs = {
      'critical-lists.csv': lists,
      'icmm-facilities.ndjson':
        [site('icmm-b', { locationNote: 'Flagged: town centre' }), site('icmm-a')].join('\n') +
        '\n',
      'curated-sites.ndjson':
        curatedSite('plant-c', {
          name: 'Plant c',
          operator: 'Op',
          status: 'operating',
          statusDate: '2025-01',
          sources: [{ citation: 'c', url: 'https://example.org', readVia: 'https://copy.example' }],
          asOf: '2025-09',
          note: 'Curated note',
        }) + '\n',
    };
    const result = runBuild(inputs, opts);
    expect(result.issues).toEqual([]);
    const [decoded, expected] = decodedPair(result.outputs);
    expect(decoded).toEqual(expected);
    expect(decoded).toHaveLength(3);
    expect(result.outputs.get('sites.json')).not.toMatch(
      /Curated note|Other name|Flagged: town centre|"sources"/,
    );
  });

  it('is left out of the data version, which hashes the other published files', () => {
    const inputs: CuratedInputs = {
      'critical-lists.csv': lists,
      'icmm-facilities.ndjson': site('icmm-a'),
    };
    const { outputs } = runBuild(inputs, opts);
    const body = [...outputs.entries()]
      .filter(([name]) => name !== 'meta.json' && name !== 'sites.json')
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, text]) => `${name}\n${text}`)
      .join('');
    const version = createHash('sha256').update(body).digest('hex').slice(0, 12);
    expect(JSON.parse(outputs.get('meta.json') ?? '')).toMatchObject({ version });
  });

  it('as committed in public/data, matches the committed facilities.geojson', () => {
    const read = (name: string): string =>
      readFileSync(new URL(`../../public/data/${name}`, import.meta.url), 'utf8');
    const [decoded, expected] = decodedPair(
      new Map([
        ['sites.json', read('sites.json')],
        ['facilities.geojson', read('facilities.geojson')],
      ]),
    );
    expect(decoded).toEqual(expected);
  });
});
