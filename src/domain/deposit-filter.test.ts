import { describe, expect, it } from 'vitest';
import { depositPasses } from './deposit-filter';
import { NO_FILTERS } from './filters';

const deposits = [
  { minerals: ['lithium'], country: 'AUS' },
  { minerals: ['cobalt', 'nickel'], country: 'COD' },
  { minerals: ['nickel'], country: null },
];
const blocs = [{ id: 'quad', members: ['AUS', 'IND', 'JPN', 'USA'] }];

describe('depositPasses', () => {
  it('keeps everything with no filters', () => {
    expect([...depositPasses(deposits, NO_FILTERS, blocs)]).toEqual([1, 1, 1]);
  });
  it('filters by mineral, country and bloc location, ignoring ownership mode', () => {
    expect([...depositPasses(deposits, { ...NO_FILTERS, minerals: ['nickel'] }, blocs)]).toEqual([
      0, 1, 1,
    ]);
    expect([...depositPasses(deposits, { ...NO_FILTERS, countries: ['COD'] }, blocs)]).toEqual([
      0, 1, 0,
    ]);
    expect([...depositPasses(deposits, { ...NO_FILTERS, blocs: ['quad'] }, blocs)]).toEqual([
      1, 0, 0,
    ]);
    expect([
      ...depositPasses(deposits, { ...NO_FILTERS, blocs: ['quad'], blocMode: 'controlled' }, blocs),
    ]).toEqual([1, 1, 1]);
  });
});
