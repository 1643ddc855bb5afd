import { describe, expect, it } from 'vitest';
import {
  MINERALS,
  MINERAL_GROUPS,
  isMineralId,
  mapIcmmCommodity,
  mapPp1802Commodity,
  uniqueInOrder,
} from './minerals';
import { COUNTRY_NAME_ALIASES, isIso3Format } from './countries';

describe('mineral vocabulary', () => {
  it('has unique, well-formed ids in known groups, sorted', () => {
    const ids = MINERALS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const m of MINERALS) {
      expect(m.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(MINERAL_GROUPS).toContain(m.group);
    }
  });
  it('maps every commodity target to a vocabulary id', () => {
    for (const raw of [
      'lanthanides',
      'monazite',
      'neodymium',
      'platinum',
      'pgm',
      'zicron',
      'spodumene',
    ]) {
      for (const id of mapIcmmCommodity(raw)) expect(isMineralId(id)).toBe(true);
    }
  });
  it('folds REEs and PGMs into group ids and splits PP1802 pairs', () => {
    expect(mapIcmmCommodity(' Lanthanides ')).toEqual(['rare-earths']);
    expect(mapIcmmCommodity('palladium')).toEqual(['platinum-group-metals']);
    expect(mapPp1802Commodity('Rare-Earth Elements')).toEqual(['rare-earths']);
    expect(mapPp1802Commodity('Niobium and Tantalum')).toEqual(['niobium', 'tantalum']);
    expect(mapPp1802Commodity('Zirconium and Hafnium')).toEqual(['zirconium', 'hafnium']);
    expect(mapPp1802Commodity('Platinum-Group Elements')).toEqual(['platinum-group-metals']);
    expect(mapPp1802Commodity('Fluorite')).toEqual(['fluorspar']);
    expect(mapPp1802Commodity('Unobtainium')).toBeUndefined();
  });
  it('keeps thermal coal apart from metallurgical coal', () => {
    expect(mapIcmmCommodity('thermal coal')).toEqual(['coal']);
    expect(mapIcmmCommodity('coal')).toEqual(['coal']);
    expect(mapIcmmCommodity('metallurgical coal')).toEqual(['metallurgical-coal']);
  });
  it('drops ambiguous strings', () => {
    expect(mapIcmmCommodity('heavy mineral sands')).toEqual([]);
    expect(mapIcmmCommodity('bopper')).toEqual([]);
  });
  it('uniqueInOrder keeps first occurrences', () => {
    expect(uniqueInOrder(['a', 'b', 'a', 'c'])).toEqual(['a', 'b', 'c']);
  });
  it('country aliases resolve to ISO3-shaped codes', () => {
    for (const v of Object.values(COUNTRY_NAME_ALIASES)) expect(isIso3Format(v)).toBe(true);
  });
});
