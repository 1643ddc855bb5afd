import { describe, expect, it } from 'vitest';
import {
  normaliseText,
  prepareSearchEntries,
  searchSiteHits,
  searchSites,
  type SearchEntry,
} from './search';

function site(
  id: string,
  name: string,
  extra: Partial<Omit<SearchEntry, 'id' | 'name'>> = {},
): SearchEntry {
  return { id, name, operator: null, groupNames: [], countryName: 'Nowhere', ...extra };
}

const SITES = prepareSearchEntries([
  site('silmet', 'NPM Silmet rare earth separation plant, Sillamäe', {
    operator: 'NPM Silmet OÜ (Neo Performance Materials)',
    countryName: 'Estonia',
  }),
  site('kamoto', 'Kamoto', {
    groupNames: ['Mupine', 'KOV', 'Kolwezi', 'Luilu Refinery'],
    countryName: 'Congo, The Democratic Republic of the',
  }),
  site('kolwezi', 'Kolwezi (Commus)', { countryName: 'Congo, The Democratic Republic of the' }),
  site('mount-weld', 'Mount Weld', { operator: 'Lynas Rare Earths', countryName: 'Australia' }),
  site('lynas-kalgoorlie', 'Kalgoorlie rare earths processing facility', {
    operator: 'Lynas Rare Earths',
    countryName: 'Australia',
  }),
  site('lynas-malaysia', 'Lynas Malaysia (LAMP)', {
    operator: 'Lynas Rare Earths',
    countryName: 'Malaysia',
  }),
  site('bayan', 'Bayan Obo', { countryName: 'China' }),
  site('weda', 'Weda Bay nickel', { countryName: 'Indonesia' }),
  site('goiás', 'Serra Verde, Minaçu', {
    operator: 'Mineração Serra Verde',
    countryName: 'Brazil',
  }),
  site('koskenkorva', 'Kokkola cobalt refinery', {
    operator: 'Umicore Finland Oy',
    countryName: 'Finland',
  }),
]);

describe('normaliseText', () => {
  it('lowercases, strips diacritics and collapses spaces', () => {
    expect(normaliseText('  Sillamäe   Plant ')).toBe('sillamae plant');
    expect(normaliseText('Minaçu')).toBe('minacu');
    expect(normaliseText('ÖSTERSUND\tÅland')).toBe('ostersund aland');
    expect(normaliseText('São Tomé')).toBe('sao tome');
  });
  it('folds letters that do not decompose', () => {
    expect(normaliseText('Straße Łódź Søndre Æther')).toBe('strasse lodz sondre aether');
  });
  it('treats composed and decomposed input alike', () => {
    expect(normaliseText('Sillama\u0308e')).toBe(normaliseText('Sillam\u00e4e'));
  });
});

describe('searchSites', () => {
  it('finds a name without typing its diacritics, and with them', () => {
    expect(searchSites(SITES, 'sillamae', 8)).toEqual(['silmet']);
    expect(searchSites(SITES, 'SILLAMÄE', 8)).toEqual(['silmet']);
    expect(searchSites(SITES, 'minacu', 8)).toEqual(['goiás']);
    expect(searchSites(SITES, 'mineracao', 8)).toEqual(['goiás']);
  });

  it('ranks name prefix above word prefix above substring', () => {
    const fixtures = prepareSearchEntries([
      site('substring', 'Alpha Bravoweld'),
      site('word', 'Mount Weld'),
      site('prefix', 'Weld Range'),
    ]);
    expect(searchSites(fixtures, 'weld', 8)).toEqual(['prefix', 'word', 'substring']);
  });

  it('ranks name matches above operator, group and country matches', () => {
    // "Lynas Malaysia" matches on its name; the other two only on their operator.
    expect(searchSites(SITES, 'lynas', 8)).toEqual([
      'lynas-malaysia',
      'lynas-kalgoorlie',
      'mount-weld',
    ]);
    // "Kolwezi (Commus)" has it in its name; Kamoto only among its group names.
    expect(searchSites(SITES, 'kolwezi', 8)).toEqual(['kolwezi', 'kamoto']);
  });

  it('reports which text matched', () => {
    const hits = searchSiteHits(SITES, 'kolwezi', 8);
    expect(hits.map((hit) => [hit.id, hit.field])).toEqual([
      ['kolwezi', 'name'],
      ['kamoto', 'group'],
    ]);
    expect(searchSiteHits(SITES, 'umicore', 8)).toEqual([
      { id: 'koskenkorva', field: 'operator', rank: 4 },
    ]);
    expect(searchSiteHits(SITES, 'estonia', 8)[0]).toMatchObject({
      id: 'silmet',
      field: 'country',
    });
  });

  it('matches several words in any order', () => {
    expect(searchSites(SITES, 'silmet sillamae', 8)).toEqual(['silmet']);
    expect(searchSites(SITES, 'nickel weda', 8)).toEqual(['weda']);
    // "bay" in the name, "indonesia" in the country.
    expect(searchSites(SITES, 'bay indonesia', 8)).toEqual(['weda']);
  });

  it('breaks ties by name and respects the limit', () => {
    expect(searchSites(SITES, 'rare earth', 8)).toEqual([
      'lynas-kalgoorlie',
      'silmet',
      'lynas-malaysia',
      'mount-weld',
    ]);
    expect(searchSites(SITES, 'rare earth', 2)).toEqual(['lynas-kalgoorlie', 'silmet']);
  });

  it('finds nothing for an empty or blank query, or a query that matches nothing', () => {
    expect(searchSites(SITES, '', 8)).toEqual([]);
    expect(searchSites(SITES, '   ', 8)).toEqual([]);
    expect(searchSites(SITES, 'zzzz', 8)).toEqual([]);
  });
});
