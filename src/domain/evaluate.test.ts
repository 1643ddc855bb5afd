import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSiteIndex, type IndexableBloc, type IndexableSite } from './site-index';
import { evaluate } from './evaluate';
import { NO_FILTERS, STAGES, STATUS_OPTIONS, type FacetGroup, type Filters } from './filters';
import { siteMatches } from './reference-filter';
import type { FacilityStatus } from './types';

const MINERALS = ['cobalt', 'copper', 'graphite', 'lithium', 'nickel', 'rare-earths'];
const COUNTRIES = ['AUS', 'CHN', 'COD', 'IND', 'USA'];
const BLOCS: IndexableBloc[] = [
  { id: 'quad', members: ['AUS', 'IND', 'JPN', 'USA'] },
  { id: 'eu', members: ['FIN', 'FRA'] },
  { id: 'ministerial', members: ['AUS', 'COD', 'IND', 'USA'] },
];

/** Keeps each mineral as a main (primary or secondary) mineral or not, as `main` says. */
function withMainMinerals<T extends { minerals: readonly string[] }>(
  site: T,
  main: readonly boolean[],
): T & { mainMinerals: string[] } {
  return { ...site, mainMinerals: site.minerals.filter((_, i) => main[i] ?? true) };
}

const site = fc
  .record({
    minerals: fc.uniqueArray(fc.constantFrom(...MINERALS), { minLength: 1, maxLength: 3 }),
    stages: fc.uniqueArray(fc.constantFrom(...STAGES), { minLength: 1, maxLength: 2 }),
    status: fc.constantFrom<FacilityStatus | null>(null, 'operating', 'construction', 'closed'),
    country: fc.constantFrom(...COUNTRIES),
    ownerCountries: fc.uniqueArray(fc.constantFrom('CHN', 'USA', 'AUS', 'FRA'), { maxLength: 2 }),
    main: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  })
  .map(({ main, ...rest }) => withMainMinerals(rest, main)) as fc.Arbitrary<IndexableSite>;

const filters: fc.Arbitrary<Filters> = fc.record({
  minerals: fc.uniqueArray(fc.constantFrom(...MINERALS), { maxLength: 3 }),
  byproducts: fc.boolean(),
  blocs: fc.uniqueArray(fc.constantFrom('quad', 'eu', 'ministerial'), { maxLength: 2 }),
  blocMode: fc.constantFrom('located' as const, 'controlled' as const),
  blocMatch: fc.constantFrom('any' as const, 'all' as const),
  stages: fc.uniqueArray(fc.constantFrom(...STAGES), { maxLength: 2 }),
  statuses: fc.uniqueArray(fc.constantFrom(...STATUS_OPTIONS), { maxLength: 2 }),
  countries: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 2 }),
});

/** Minerals spread over three words of bits, for sets that differ beyond the first word. */
const MANY_MINERALS = Array.from({ length: 70 }, (_, position) => `mineral-${position}`);

const wideSite = fc
  .record({
    minerals: fc.uniqueArray(fc.constantFrom(...MANY_MINERALS), { minLength: 1, maxLength: 4 }),
    stages: fc.constant(['mine']),
    status: fc.constant(null),
    country: fc.constantFrom(...COUNTRIES),
    ownerCountries: fc.constant([]),
    main: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  })
  .map(({ main, ...rest }) => withMainMinerals(rest, main)) as fc.Arbitrary<IndexableSite>;

const wideFilters: fc.Arbitrary<Filters> = fc
  .record({
    minerals: fc.uniqueArray(fc.constantFrom(...MANY_MINERALS), { minLength: 1, maxLength: 3 }),
    byproducts: fc.boolean(),
  })
  .map((chosen) => ({ ...NO_FILTERS, ...chosen }));

/** Checks passes, shown and every group's facet counts against the plain rules. */
function expectLikeReference(sites: readonly IndexableSite[], chosen: Filters): void {
  const index = buildSiteIndex(sites, BLOCS);
  const result = evaluate(index, chosen);
  const expected = sites.map((candidate) => (siteMatches(candidate, chosen, BLOCS) ? 1 : 0));
  expect([...result.passes]).toEqual(expected);
  expect(result.shown).toBe(expected.filter(Boolean).length);
  /** Per option, the sites that have it and pass every group but `group` (its facet count). */
  const counts = (
    options: readonly string[],
    group: FacetGroup,
    has: (candidate: IndexableSite, option: string) => boolean,
  ): number[] =>
    options.map(
      (option) =>
        sites.filter(
          (candidate) => has(candidate, option) && siteMatches(candidate, chosen, BLOCS, group),
        ).length,
    );
  const inBloc = (candidate: IndexableSite, id: string): boolean => {
    const members = BLOCS.find((bloc) => bloc.id === id)?.members ?? [];
    const countries =
      chosen.blocMode === 'located' ? [candidate.country] : candidate.ownerCountries;
    return countries.some((country) => members.includes(country));
  };
  expect([...result.facets.minerals]).toEqual(
    counts(index.minerals, 'minerals', (candidate, id) =>
      (chosen.byproducts ? candidate.minerals : candidate.mainMinerals).includes(id),
    ),
  );
  expect([...result.facets.stages]).toEqual(
    counts(index.stages, 'stages', (candidate, id) =>
      candidate.stages.some((stage) => stage === id),
    ),
  );
  expect([...result.facets.statuses]).toEqual(
    counts(index.statuses, 'statuses', (candidate, id) => (candidate.status ?? 'unknown') === id),
  );
  expect([...result.facets.countries]).toEqual(
    counts(index.countries, 'countries', (candidate, id) => candidate.country === id),
  );
  expect([...result.facets.blocs]).toEqual(counts(index.blocs, 'blocs', inBloc));
}

describe('evaluate', () => {
  it('passes exactly the sites the plain rules accept, and counts facets like them', () => {
    fc.assert(fc.property(fc.array(site, { maxLength: 60 }), filters, expectLikeReference), {
      numRuns: 300,
    });
  });

  it('agrees with the plain rules when many sites repeat a few combinations', () => {
    const repeated = fc
      .array(site, { minLength: 1, maxLength: 6 })
      .chain((pool) => fc.array(fc.constantFrom(...pool), { maxLength: 200 }));
    fc.assert(fc.property(repeated, filters, expectLikeReference), { numRuns: 100 });
  });

  it('agrees with the plain rules when mineral sets span several words of bits', () => {
    const sites = fc.array(wideSite, { maxLength: 80 });
    fc.assert(fc.property(sites, wideFilters, expectLikeReference), { numRuns: 200 });
  });

  it('keeps apart mineral sets that differ only beyond the first 32 minerals', () => {
    const [first = '', ...others] = MANY_MINERALS;
    const sites: IndexableSite[] = others.flatMap((mineral, position) =>
      others.slice(position + 1).map((other) => ({
        minerals: [first, mineral, other],
        mainMinerals: [first, mineral, other],
        stages: ['mine'],
        status: null,
        country: 'AUS',
        ownerCountries: [],
      })),
    );
    const index = buildSiteIndex(sites, BLOCS);
    expect(index.combinations.count).toBe(sites.length);
    const late = { ...NO_FILTERS, minerals: ['mineral-60', 'mineral-65', 'mineral-9'] };
    expect(evaluate(index, late).shown).toBe(3 * 68 - 3);
    expectLikeReference(sites, late);
  });

  it('shows everything with no filters, and stage counts add up when each site has one stage', () => {
    const sites: IndexableSite[] = [
      {
        minerals: ['lithium'],
        mainMinerals: ['lithium'],
        stages: ['mine'],
        status: null,
        country: 'AUS',
        ownerCountries: [],
      },
      {
        minerals: ['cobalt'],
        mainMinerals: ['cobalt'],
        stages: ['refinery'],
        status: 'operating',
        country: 'CHN',
        ownerCountries: ['CHN'],
      },
      {
        minerals: ['cobalt', 'copper'],
        mainMinerals: ['cobalt', 'copper'],
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
        mainMinerals: ['cobalt'],
        stages: ['mine'],
        status: null,
        country: 'COD',
        ownerCountries: ['CHN'],
      },
      {
        minerals: ['cobalt'],
        mainMinerals: ['cobalt'],
        stages: ['mine'],
        status: null,
        country: 'COD',
        ownerCountries: ['USA'],
      },
      {
        minerals: ['cobalt'],
        mainMinerals: ['cobalt'],
        stages: ['mine'],
        status: null,
        country: 'USA',
        ownerCountries: [],
      },
    ];
    const index = buildSiteIndex(sites, BLOCS);
    const located = evaluate(index, { ...NO_FILTERS, blocs: ['quad'] });
    const controlled = evaluate(index, { ...NO_FILTERS, blocs: ['quad'], blocMode: 'controlled' });
    expect([...located.passes]).toEqual([0, 0, 1]);
    expect([...controlled.passes]).toEqual([0, 1, 0]);
  });
});
