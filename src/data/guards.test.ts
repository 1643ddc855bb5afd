import { describe, expect, it } from 'vitest';
import { encodeSites, type SitesFile } from '../domain/sites-file';
import type { AtlasFeature, FacilityProperties } from '../domain/types';
import { isDetailsCollection, isSitesFile } from './guards';
import { facilityFixture } from '../domain/test-fixtures';

function facility(
  id: string,
  extra: Partial<FacilityProperties> = {},
): AtlasFeature<FacilityProperties> {
  return facilityFixture(id, {
    owners: [{ name: 'Owner', country: 'AUS', share: 51 }],
    capacity: { value: 1, unit: 't', commodity: 'spodumene', year: null, product: null },
    sources: [{ citation: 'c', url: null, rowId: 'r' }],
    ...extra,
  });
}

/** A valid sites file as parsed JSON, to be spoilt by each test. */
function sitesFile(): Record<string, unknown> & { columns: Record<string, unknown[]> } {
  const file: SitesFile = encodeSites([facility('a', { locationNote: 'n' }), facility('b')]);
  return JSON.parse(JSON.stringify(file)) as ReturnType<typeof sitesFile>;
}

describe('isSitesFile', () => {
  it('accepts a file written by encodeSites', () => {
    expect(isSitesFile(sitesFile())).toBe(true);
    expect(isSitesFile(JSON.parse(JSON.stringify(encodeSites([]))))).toBe(true);
  });

  it('rejects a foreign or truncated file', () => {
    expect(isSitesFile(null)).toBe(false);
    expect(isSitesFile([])).toBe(false);
    expect(isSitesFile({ type: 'FeatureCollection', features: [] })).toBe(false);
    expect(isSitesFile({ ...sitesFile(), format: 'atlas-sites/1' })).toBe(false);
    for (const count of [-1, 1.5, '2', null, Number.NaN]) {
      expect(isSitesFile({ ...sitesFile(), count }), String(count)).toBe(false);
    }
    const missing = sitesFile();
    delete missing.columns.lat;
    expect(isSitesFile(missing)).toBe(false);
  });

  it('rejects a column of the wrong length', () => {
    for (const name of ['id', 'owners', 'mineralRoles', 'lon']) {
      const short = sitesFile();
      short.columns[name] = short.columns[name]?.slice(1) ?? [];
      expect(isSitesFile(short), name).toBe(false);
      const long = sitesFile();
      long.columns[name]?.push(long.columns[name][0]);
      expect(isSitesFile(long), name).toBe(false);
    }
  });

  it('rejects values of the wrong type', () => {
    const spoilt: [string, unknown][] = [
      ['id', 7],
      ['name', null],
      ['stages', 'mine'],
      ['stages', [1]],
      ['status', 3],
      ['operator', {}],
      ['owners', [{ name: 1, country: null, share: null }]],
      ['owners', [{ name: 'x', country: null, share: '5' }]],
      ['capacity', { value: '1', unit: 't', commodity: 'c', year: null }],
      ['capacity', 'big'],
      ['statusDate', undefined],
      ['lon', '115.8'],
      ['lat', null],
      ['lat', Number.POSITIVE_INFINITY],
    ];
    for (const [name, value] of spoilt) {
      const file = sitesFile();
      const column = file.columns[name] ?? [];
      column[1] = value;
      expect(isSitesFile(file), `${name} = ${JSON.stringify(value)}`).toBe(false);
    }
  });

  it('does not take columns from the prototype, and ignores a __proto__ key', () => {
    const file = sitesFile();
    const inherited = Object.create(file.columns) as Record<string, unknown>;
    expect(isSitesFile({ ...file, columns: inherited })).toBe(false);
    const withProto = JSON.stringify(file).replace(
      '"columns":{',
      '"columns":{"__proto__":{"id":[]},',
    );
    expect(isSitesFile(JSON.parse(withProto))).toBe(true);
    const onlyProto = JSON.stringify({ ...file, columns: {} }).replace(
      '"columns":{',
      `"columns":{"__proto__":${JSON.stringify(file.columns)}`,
    );
    expect(isSitesFile(JSON.parse(onlyProto)), 'columns only under a __proto__ key').toBe(false);
  });
});

describe('isDetailsCollection', () => {
  const collection = (features: unknown[]): unknown => ({ type: 'FeatureCollection', features });

  it('accepts facilities.geojson features', () => {
    expect(isDetailsCollection(collection([facility('a'), facility('b', { note: 'n' })]))).toBe(
      true,
    );
  });

  it('rejects malformed sources, names or notes', () => {
    const bad: Partial<FacilityProperties>[] = [
      { sources: 'none' as never },
      { sources: [{ citation: 1, url: null, rowId: null }] as never },
      { sources: [{ citation: 'c', url: 5, rowId: null }] as never },
      { groupNames: [null] as never },
      { note: 3 as never },
    ];
    for (const extra of bad) {
      expect(isDetailsCollection(collection([facility('a', extra)])), JSON.stringify(extra)).toBe(
        false,
      );
    }
    expect(isDetailsCollection({ features: [] })).toBe(false);
    expect(isDetailsCollection(collection([{ ...facility('a'), id: 4 }]))).toBe(false);
  });
});
