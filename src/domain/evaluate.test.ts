import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSiteIndex, type IndexableBloc, type IndexableSite } from './site-index';
import { evaluate } from './evaluate';
import { NO_FILTERS, STAGES, STATUS_OPTIONS, type Filters } from './filters';
import { siteMatches } from './reference-filter';
import type { FacilityStatus } from './types';

const MINERALS = ['cobalt', 'copper', 'graphite', 'lithium', 'nickel', 'rare-earths'];
const COUNTRIES = ['AUS', 'CHN', 'COD', 'IND', 'USA'];
const BLOCS: IndexableBloc[] = [
  { id: 'quad', members: ['AUS', 'IND', 'JPN', 'USA'] },
  { id: 'eu', members: ['FIN', 'FRA'] },
  { id: 'ministerial', members: ['AUS', 'COD', 'IND', 'USA'] },
];

const site = fc.record({
  minerals: fc.uniqueArray(fc.constantFrom(...MINERALS), { minLength: 1, maxLength: 3 }),
  stages: fc.uniqueArray(fc.constantFrom(...STAGES), { minLength: 1, maxLength: 2 }),
  status: fc.constantFrom<FacilityStatus | null>(null, 'operating', 'construction', 'closed'),
  country: fc.constantFrom(...COUNTRIES),
  ownerCountries: fc.uniqueArray(fc.constantFrom('CHN', 'USA', 'AUS', 'FRA'), { maxLength: 2 }),
}) as fc.Arbitrary<IndexableSite>;

const filters: fc.Arbitrary<Filters> = fc.record({
  minerals: fc.uniqueArray(fc.constantFrom(...MINERALS), { maxLength: 3 }),
  blocs: fc.uniqueArray(fc.constantFrom('quad', 'eu', 'ministerial'), { maxLength: 2 }),
  blocMode: fc.constantFrom('located' as const, 'controlled' as const),
  blocMatch: fc.constantFrom('any' as const, 'all' as const),
  stages: fc.uniqueArray(fc.constantFrom(...STAGES), { maxLength: 2 }),
  statuses: fc.uniqueArray(fc.constantFrom(...STATUS_OPTIONS), { maxLength: 2 }),
  countries: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 2 }),
});

describe('evaluate', () => {
  it('passes exactly the sites the plain rules accept, and counts facets like them', () => {
    fc.assert(
      fc.property(fc.array(site, { maxLength: 60 }), filters, (sites, chosen) => {
        const index = buildSiteIndex(sites, BLOCS);
        const result = evaluate(index, chosen);
        const expected = sites.map((candidate) => (siteMatches(candidate, chosen, BLOCS) ? 1 : 0));
        expect([...result.passes]).toEqual(expected);
        expect(result.shown).toBe(expected.filter(Boolean).length);
        index.minerals.forEach((mineral, position) => {
          const count = sites.filter(
            (candidate) =>
              candidate.minerals.includes(mineral) &&
              siteMatches(candidate, chosen, BLOCS, 'minerals'),
          ).length;
          expect(result.facets.minerals[position]).toBe(count);
        });
        index.countries.forEach((country, position) => {
          const count = sites.filter(
            (candidate) =>
              candidate.country === country && siteMatches(candidate, chosen, BLOCS, 'countries'),
          ).length;
          expect(result.facets.countries[position]).toBe(count);
        });
        index.statuses.forEach((status, position) => {
          const count = sites.filter(
            (candidate) =>
              (candidate.status ?? 'unknown') === status &&
              siteMatches(candidate, chosen, BLOCS, 'statuses'),
          ).length;
          expect(result.facets.statuses[position]).toBe(count);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('shows everything with no filters, and stage counts add up when each site has one stage', () => {
    const sites: IndexableSite[] = [
      { minerals: ['lithium'], stages: ['mine'], status: null, country: 'AUS', ownerCountries: [] },
      {
        minerals: ['cobalt'],
        stages: ['refinery'],
        status: 'operating',
        country: 'CHN',
        ownerCountries: ['CHN'],
      },
      {
        minerals: ['cobalt', 'copper'],
        stages: ['mine'],
        status: null,
        country: 'COD',
        ownerCountries: ['CHN'],
      },
    ];
    const result = evaluate(buildSiteIndex(sites, BLOCS), NO_FILTERS);
    expect(result.shown).toBe(3);
    expect([...result.facets.stages].reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('selects by owner country in "controlled by" mode', () => {
    const sites: IndexableSite[] = [
      {
        minerals: ['cobalt'],
        stages: ['mine'],
        status: null,
        country: 'COD',
        ownerCountries: ['CHN'],
      },
      {
        minerals: ['cobalt'],
        stages: ['mine'],
        status: null,
        country: 'COD',
        ownerCountries: ['USA'],
      },
      { minerals: ['cobalt'], stages: ['mine'], status: null, country: 'USA', ownerCountries: [] },
    ];
    const index = buildSiteIndex(sites, BLOCS);
    const located = evaluate(index, { ...NO_FILTERS, blocs: ['quad'] });
    const controlled = evaluate(index, { ...NO_FILTERS, blocs: ['quad'], blocMode: 'controlled' });
    expect([...located.passes]).toEqual([0, 0, 1]);
    expect([...controlled.passes]).toEqual([0, 1, 0]);
  });
});
