import type { Filters } from './filters';
import type { SiteIndex } from './site-index';

/** Counts per option of every filter group, aligned with the index's option lists. */
export interface FacetCounts {
  minerals: Uint32Array;
  blocs: Uint32Array;
  stages: Uint32Array;
  statuses: Uint32Array;
  countries: Uint32Array;
}

/** The outcome of applying filters: which sites pass, how many, and live counts per option. */
export interface Evaluation {
  /** 1 for each site that passes every filter, 0 otherwise (index order). */
  passes: Uint8Array;
  shown: number;
  /** For each option, the sites it would show given the other groups' filters. */
  facets: FacetCounts;
}

interface CompiledFilters {
  mineralMask: Uint32Array | null;
  /** The mineral bit sets the filter reads: main minerals, or all with by-products. */
  mineralBits: Uint32Array;
  stageMask: number;
  statusMask: number;
  countryAllowed: Uint8Array | null;
  blocMask: number;
  blocAll: boolean;
  controlled: boolean;
}

function bitsOf(ids: readonly string[], options: readonly string[]): number {
  let mask = 0;
  for (const id of ids) {
    const position = options.indexOf(id);
    if (position >= 0) mask |= 1 << position;
  }
  return mask;
}

function compile(index: SiteIndex, filters: Filters): CompiledFilters {
  let mineralMask: Uint32Array | null = null;
  if (filters.minerals.length > 0) {
    mineralMask = new Uint32Array(index.mineralWords);
    for (const mineral of filters.minerals) {
      const position = index.minerals.indexOf(mineral);
      if (position < 0) continue;
      const word = position >>> 5;
      mineralMask[word] = (mineralMask[word] ?? 0) | (1 << (position & 31));
    }
  }
  let countryAllowed: Uint8Array | null = null;
  if (filters.countries.length > 0) {
    countryAllowed = new Uint8Array(index.countries.length);
    for (const country of filters.countries) {
      const position = index.countries.indexOf(country);
      if (position >= 0) countryAllowed[position] = 1;
    }
  }
  return {
    mineralMask,
    mineralBits: filters.byproducts
      ? index.combinations.allMineralBits
      : index.combinations.mineralBits,
    stageMask: filters.stages.length > 0 ? bitsOf(filters.stages, index.stages) : -1,
    statusMask: filters.statuses.length > 0 ? bitsOf(filters.statuses, index.statuses) : -1,
    countryAllowed,
    blocMask: filters.blocs.length > 0 ? bitsOf(filters.blocs, index.blocs) : -1,
    blocAll: filters.blocMatch === 'all',
    controlled: filters.blocMode === 'controlled',
  };
}

/** Adds `weight` to the count of every option whose bit is set, options `offset` onwards. */
function addBits(counts: Uint32Array, bits: number, offset: number, weight: number): void {
  let remaining = bits >>> 0;
  while (remaining !== 0) {
    const lowest = remaining & -remaining;
    const position = 31 - Math.clz32(lowest);
    const slot = offset + position;
    counts[slot] = (counts[slot] ?? 0) + weight;
    remaining ^= lowest;
  }
}

/** 1 when the combination's minerals miss every selected mineral (0 with no mineral filter). */
function mineralFailure(index: SiteIndex, compiled: CompiledFilters, combination: number): number {
  const mask = compiled.mineralMask;
  if (!mask) return 0;
  const { mineralWords } = index;
  const bits = compiled.mineralBits;
  for (let word = 0; word < mineralWords; word += 1) {
    if (((bits[combination * mineralWords + word] ?? 0) & (mask[word] ?? 0)) !== 0) return 0;
  }
  return 1;
}

/** 1 when the bloc bits fail the bloc filter: none selected matched, or not all under "all". */
function blocFailure(compiled: CompiledFilters, blocs: number): number {
  if (compiled.blocMask === -1) return 0;
  const matched = blocs & compiled.blocMask;
  if (compiled.blocAll) return matched === compiled.blocMask ? 0 : 1;
  return matched === 0 ? 1 : 0;
}

/** Sets `passes` of each site from whether its combination passes. Linear in the sites. */
function fillPasses(index: SiteIndex, combinationPasses: Uint8Array, shown: number): Uint8Array {
  const { count, combinationCode } = index;
  const passes = new Uint8Array(count);
  if (shown === 0) return passes;
  if (shown === count) return passes.fill(1);
  for (let row = 0; row < count; row += 1) {
    passes[row] = combinationPasses[combinationCode[row] ?? 0] ?? 0;
  }
  return passes;
}

/**
 * Applies the filters to every site and counts, for every option, how many sites it would show
 * with the other groups' filters kept (the usual faceted-search count). A site that fails exactly
 * one group adds to that group's options; a site that passes all adds to every group. The rules
 * are applied once per distinct combination of values (weighted by its number of sites), then
 * each site takes its combination's outcome: linear in the number of sites, no allocation per site.
 */
export function evaluate(index: SiteIndex, filters: Filters): Evaluation {
  const compiled = compile(index, filters);
  const { mineralWords, combinations } = index;
  const facets: FacetCounts = {
    minerals: new Uint32Array(index.minerals.length),
    blocs: new Uint32Array(index.blocs.length),
    stages: new Uint32Array(index.stages.length),
    statuses: new Uint32Array(index.statuses.length),
    countries: new Uint32Array(index.countries.length),
  };
  const blocBits = compiled.controlled
    ? combinations.controlledBlocBits
    : combinations.locatedBlocBits;
  const combinationPasses = new Uint8Array(combinations.count);
  let shown = 0;
  for (let combination = 0; combination < combinations.count; combination += 1) {
    const sites = combinations.sites[combination] ?? 0;
    const mineralFails = mineralFailure(index, compiled, combination);
    const stages = combinations.stageBits[combination] ?? 0;
    const stageFails = (stages & compiled.stageMask) === 0 ? 1 : 0;
    const status = combinations.statusCode[combination] ?? 0;
    const statusFails = (compiled.statusMask & (1 << status)) === 0 ? 1 : 0;
    const country = combinations.countryCode[combination] ?? 0;
    const countryFails = compiled.countryAllowed && compiled.countryAllowed[country] !== 1 ? 1 : 0;
    const blocs = blocBits[combination] ?? 0;
    const blocFails = blocFailure(compiled, blocs);
    const failures = mineralFails + stageFails + statusFails + countryFails + blocFails;
    if (failures > 1) continue;
    if (failures === 0) {
      combinationPasses[combination] = 1;
      shown += sites;
    }
    if (mineralFails === failures) {
      for (let word = 0; word < mineralWords; word += 1) {
        const bits = compiled.mineralBits[combination * mineralWords + word] ?? 0;
        addBits(facets.minerals, bits, word * 32, sites);
      }
    }
    if (stageFails === failures) addBits(facets.stages, stages, 0, sites);
    if (statusFails === failures) facets.statuses[status] = (facets.statuses[status] ?? 0) + sites;
    if (countryFails === failures) {
      facets.countries[country] = (facets.countries[country] ?? 0) + sites;
    }
    if (blocFails === failures) addBits(facets.blocs, blocs, 0, sites);
  }
  return { passes: fillPasses(index, combinationPasses, shown), shown, facets };
}
