import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from './site-index';
import { evaluate } from './evaluate';
import { NO_FILTERS } from './filters';
import { describeView, joinWords, type Names } from './describe';

const names: Names = {
  mineral: (id) => id,
  bloc: (id) => id.toUpperCase(),
  country: (iso3) => ({ AUS: 'Australia', CHL: 'Chile', CHN: 'China' })[iso3] ?? iso3,
  stage: (id) => id,
  status: (id) => id,
};

/** A site of one mineral (its main mineral too) and one stage, owned from nowhere known. */
const site = (mineral: string, stage: 'mine' | 'refinery', country: string) => ({
  minerals: [mineral],
  mainMinerals: [mineral],
  stages: [stage],
  status: null,
  country,
  ownerCountries: [],
});
const sites = [
  site('lithium', 'mine', 'AUS'),
  site('lithium', 'mine', 'AUS'),
  site('lithium', 'refinery', 'CHN'),
  site('copper', 'mine', 'CHL'),
];
const index = buildSiteIndex(sites, [{ id: 'quad', members: ['AUS', 'IND', 'JPN', 'USA'] }]);

describe('describeView', () => {
  it('joins words as prose', () => {
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b'], 'or')).toBe('a or b');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('describes the unfiltered view with the top countries', () => {
    expect(describeView(index, NO_FILTERS, evaluate(index, NO_FILTERS), names)).toBe(
      'Showing all 4 sites. Most are in Australia (2), Chile (1) and China (1).',
    );
  });

  it('names the filters and says when nothing matches', () => {
    const filters = { ...NO_FILTERS, minerals: ['lithium'], blocs: ['quad'] };
    expect(describeView(index, filters, evaluate(index, filters), names)).toBe(
      'Showing 2 of 4 sites: lithium; located in QUAD countries. Most are in Australia (2).',
    );
    const none = { ...NO_FILTERS, minerals: ['copper'], blocs: ['quad'] };
    expect(describeView(index, none, evaluate(index, none), names)).toContain('No site matches');
  });
});
