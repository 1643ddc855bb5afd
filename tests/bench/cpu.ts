import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildSiteIndex, type IndexableBloc } from '../../src/domain/site-index';
import { evaluate } from '../../src/domain/evaluate';
import { NO_FILTERS, type Filters } from '../../src/domain/filters';
import type { Bloc } from '../../src/domain/types';
import { syntheticSites, type Template } from './synth';
import { summarise, type Summary } from './stats';

/** CPU cost of filtering and facet counting for one synthetic size. */
export interface CpuResult {
  count: number;
  /** Building the typed-array index once per data load. */
  indexMs: number;
  /** One `evaluate` call (filter + all facet counts), median over filters and repeats. */
  evaluate: Summary;
}

function blocsOf(path: string): IndexableBloc[] {
  const blocs = JSON.parse(readFileSync(path, 'utf8')) as Bloc[];
  return blocs.map((bloc) => ({ id: bloc.id, members: bloc.members.map((m) => m.country) }));
}

/** Filters a reader would set: none, one mineral, and minerals + blocs + stages together. */
function filterSets(blocIds: readonly string[]): Filters[] {
  return [
    NO_FILTERS,
    { ...NO_FILTERS, minerals: ['lithium'] },
    {
      ...NO_FILTERS,
      minerals: ['cobalt', 'lithium', 'nickel'],
      blocs: blocIds.slice(0, 2),
      blocMatch: 'all',
      stages: ['mine', 'refinery'],
    },
  ];
}

/** Times `buildSiteIndex` and `evaluate` in Node for each size (to show O(n)). */
export function runCpuBench(
  sizes: readonly number[],
  templates: readonly Template[],
  blocsPath: string,
): CpuResult[] {
  const blocs = blocsOf(blocsPath);
  return sizes.map((count) => {
    const sites = syntheticSites(count, templates, 7);
    const started = performance.now();
    const index = buildSiteIndex(sites, blocs);
    const indexMs = performance.now() - started;
    const samples: number[] = [];
    const repeats = count >= 1_000_000 ? 11 : 21;
    for (const filters of filterSets(index.blocs)) {
      evaluate(index, filters);
      for (let repeat = 0; repeat < repeats; repeat += 1) {
        const start = performance.now();
        evaluate(index, filters);
        samples.push(performance.now() - start);
      }
    }
    return { count, indexMs, evaluate: summarise(samples) ?? { median: 0, min: 0, max: 0, n: 0 } };
  });
}
