import { describe, expect, it } from 'vitest';
import {
  icmmMinerals,
  applyCorrections,
  coordinateDecimals,
  isDistrictName,
  normaliseIcmmRow,
  normalisePp1802Row,
  parseCoordinate,
  parseCorrections,
  precisionFromCoordinates,
} from './normalise';

const critical = new Set(['lithium', 'metallurgical-coal', 'copper', 'rare-earths']);
const resolve = (n: string): string | null =>
  ({ Australia: 'AUS', 'New Caledonia': 'NCL', Canada: 'CAN' })[n] ?? null;

function icmmRow(over: Record<string, string> = {}): Record<string, string> {
  return {
    ICMMID: 'ICMM06235',
    'Confidence Factor': 'High',
    'Mine Name': 'Pilgangoora ',
    'Group Names': 'Pilgangoora;Pilgangoora;Central Far East',
    Latitude: '-21.0638988',
    Longitude: '118.9047052',
    'Asset Type': 'Mine;Plant',
    Country: 'New Caledonia',
    'Primary Commodity': 'lithium',
    'Secondary Commodity': 'tantalum',
    'Other Commodities': 'tin',
    ...over,
  };
}

describe('ICMM normalisation', () => {
  it('gives each mineral the role of the column that names it, the stronger role first', () => {
    expect(
      icmmMinerals({
        'Primary Commodity': 'Nickel',
        'Secondary Commodity': 'Cobalt; nickel',
        'Other Commodities': 'Gold;Diamond;cobalt;Scandium',
      }),
    ).toEqual({
      minerals: ['nickel', 'cobalt', 'gold', 'scandium'],
      mineralRoles: ['primary', 'secondary', 'by-product', 'by-product'],
    });
  });

  it('maps id, stages, confidence, minerals and group names', () => {
    const r = normaliseIcmmRow(icmmRow(), critical, resolve);
    expect(r).toMatchObject({
      id: 'icmm-icmm06235',
      name: 'Pilgangoora',
      stages: ['mine', 'processing'],
      minerals: ['lithium', 'tantalum', 'tin'],
      primaryMineral: 'lithium',
      critical: ['lithium'],
      confidence: 'high',
      groupNames: ['Pilgangoora', 'Central Far East'],
      status: null,
      operator: null,
    });
  });
  it('drops thermal-coal-only sites and keeps metallurgical coal', () => {
    expect(
      normaliseIcmmRow(
        icmmRow({
          'Primary Commodity': 'thermal coal',
          'Secondary Commodity': 'coal',
          'Other Commodities': '',
        }),
        critical,
        resolve,
      ),
    ).toBeUndefined();
    expect(
      normaliseIcmmRow(
        icmmRow({
          'Primary Commodity': 'metallurgical coal',
          'Secondary Commodity': '',
          'Other Commodities': '',
        }),
        critical,
        resolve,
      )?.critical,
    ).toEqual(['metallurgical-coal']);
  });
  it('fails loudly on an unknown asset type', () => {
    expect(() => normaliseIcmmRow(icmmRow({ 'Asset Type': 'Mill' }), critical, resolve)).toThrow(
      /asset type/,
    );
  });
  it('reads the Unicode minus sign and rejects junk coordinates', () => {
    expect(parseCoordinate('\u221223.8901')).toBe(-23.8901);
    expect(parseCoordinate('1.5E-2')).toBe(0.015);
    expect(parseCoordinate('12N')).toBeNaN();
  });
});

describe('PP1802 normalisation and corrections', () => {
  const row = {
    '': '342',
    DEPOSIT_NAME: "Voisey's Bay",
    CRITICAL_MINERAL: 'Cobalt; Niobium and Tantalum',
    DEPOSIT_TYPE: 'Magmatic\n',
    LATITUDE: '45.498999999750254',
    LONGITUDE: '-73.56999999999994',
    LOCATION: 'Canada',
    LOC_DETAIL: '',
  };
  it('normalises a row', () => {
    const errors: string[] = [];
    const r = normalisePp1802Row(row, resolve, errors);
    expect(errors).toEqual([]);
    expect(r).toMatchObject({
      id: 'usgs-pp1802-342',
      country: 'CAN',
      region: null,
      minerals: ['cobalt', 'niobium', 'tantalum'],
      depositType: 'Magmatic',
      asOf: '2017',
    });
  });
  it('applies corrections, notes them and rejects stale ones', () => {
    const rec = normalisePp1802Row(row, resolve, []);
    const corr = parseCorrections(
      'id,field,old,new,reason,source\n' +
        'usgs-pp1802-342,lat,45.498999999750254,56.33728185,At Montreal,ICMM08628\n' +
        'usgs-pp1802-342,lon,-73.56999999999994,-62.10244183,At Montreal,ICMM08628\n' +
        'usgs-pp1802-342,region,Quebec,,stale,x\n' +
        'usgs-pp1802-999,lat,1,2,missing,x\n',
    );
    const errors = applyCorrections([rec], corr);
    expect(rec.lat).toBeCloseTo(56.33728185);
    expect(rec.lon).toBeCloseTo(-62.10244183);
    expect(String(rec.locationNote)).toMatch(
      /^Corrected coordinates: At Montreal \(source: ICMM08628\)$/,
    );
    expect(errors).toHaveLength(2);
    expect(errors.join()).toMatch(/expected old value "Quebec"/);
    expect(errors.join()).toMatch(/usgs-pp1802-999.*no record/);
  });
});

describe('location precision', () => {
  it('counts decimals ignoring float noise', () => {
    expect(coordinateDecimals(50.80000000019993)).toBe(1);
    expect(coordinateDecimals(-23.499999999700208)).toBe(1);
    expect(coordinateDecimals(45.498999999750254)).toBe(3);
  });
  it('marks whole- or one-decimal-degree points approximate, keeps district', () => {
    expect(precisionFromCoordinates(53.0, 124.0, 'exact')).toBe('approximate');
    expect(precisionFromCoordinates(53.0, 124.0, 'district')).toBe('district');
    expect(precisionFromCoordinates(45.499, -73.57, 'exact')).toBe('exact');
  });
  it('recognises district, state and country-level names', () => {
    expect(isDistrictName("Coeur d'Alene district", 'Idaho', 'United States of America')).toBe(
      true,
    );
    expect(isDistrictName('Odisha', '', 'India')).toBe(true);
    expect(isDistrictName('Nevada', 'Nevada', 'United States of America')).toBe(true);
    expect(isDistrictName('Mountain Pass', 'California', 'United States of America')).toBe(false);
  });
});
