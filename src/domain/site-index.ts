import type { Bloc, FacilityProperties, FacilityStatus, Stage } from './types';
import { STAGES, STATUS_OPTIONS, type StatusOption } from './filters';
import { CombinationTable } from './combinations';

/** What the index needs of one site. */
export interface IndexableSite {
  /** Every mineral of the site, by-products included. */
  minerals: readonly string[];
  /** The site's primary and secondary minerals (what the Mineral filter matches by default). */
  mainMinerals: readonly string[];
  stages: readonly Stage[];
  status: FacilityStatus | null;
  country: string;
  /** Home countries of the site's owners (ISO3), empty when no source gives owners. */
  ownerCountries: readonly string[];
}

/** What the index needs of one bloc. */
export interface IndexableBloc {
  id: string;
  members: readonly string[];
}

/** Largest number of blocs one index can hold (one bit each in a 32-bit word). */
export const MAX_BLOCS = 32;

/**
 * The distinct combinations of filterable values among the sites, column by column: most sites
 * share a combination with many others, so filters and facet counts are worked out once for each.
 */
export interface SiteCombinations {
  count: number;
  /** How many sites have each combination. */
  sites: Uint32Array;
  /** Primary and secondary mineral bit sets, `mineralWords` words per combination. */
  mineralBits: Uint32Array;
  /** Bit sets of every mineral, by-products included, `mineralWords` words per combination. */
  allMineralBits: Uint32Array;
  stageBits: Uint8Array;
  statusCode: Uint8Array;
  countryCode: Uint16Array;
  /** Blocs the country belongs to. */
  locatedBlocBits: Uint32Array;
  /** Blocs any of the owner countries belong to (0 when owners are unknown). */
  controlledBlocBits: Uint32Array;
}

/**
 * Columnar, typed-array view of the sites for filtering and facet counts without per-record
 * objects: each site refers to its combination of values, in which minerals, stages and blocs are
 * bit sets and status and country are codes.
 */
export interface SiteIndex {
  count: number;
  /** Option ids per group; a site's bit or code refers to a position in these lists. */
  minerals: readonly string[];
  stages: readonly Stage[];
  statuses: readonly StatusOption[];
  countries: readonly string[];
  blocs: readonly string[];
  /** Words of mineral bits per combination. */
  mineralWords: number;
  /** Country of each site (a position in `countries`). */
  countryCode: Uint16Array;
  /** Combination of each site (a position in `combinations`). */
  combinationCode: Uint32Array;
  combinations: SiteCombinations;
}

/** Sorted, distinct minerals and countries of the sites. */
function optionsOf(sites: readonly IndexableSite[]): { minerals: string[]; countries: string[] } {
  const minerals = new Set<string>();
  const countries = new Set<string>();
  for (const site of sites) {
    for (const mineral of site.minerals) minerals.add(mineral);
    countries.add(site.country);
  }
  return { minerals: [...minerals].sort(), countries: [...countries].sort() };
}

/**
 * Columns of the interned combinations. A key is the main-mineral words, the all-mineral words,
 * then one word of stage bits, status << 8 and country << 16, then the owners' bloc bits.
 */
function combinationColumns(
  table: CombinationTable,
  combinationCode: Uint32Array,
  mineralWords: number,
  locatedBlocsOfCountry: Uint32Array,
): SiteCombinations {
  const count = table.size;
  const combinations: SiteCombinations = {
    count,
    sites: new Uint32Array(count),
    mineralBits: new Uint32Array(count * mineralWords),
    allMineralBits: new Uint32Array(count * mineralWords),
    stageBits: new Uint8Array(count),
    statusCode: new Uint8Array(count),
    countryCode: new Uint16Array(count),
    locatedBlocBits: new Uint32Array(count),
    controlledBlocBits: new Uint32Array(count),
  };
  for (let id = 0; id < count; id += 1) {
    for (let word = 0; word < mineralWords; word += 1) {
      combinations.mineralBits[id * mineralWords + word] = table.word(id, word);
      combinations.allMineralBits[id * mineralWords + word] = table.word(id, mineralWords + word);
    }
    const packed = table.word(id, 2 * mineralWords);
    const country = packed >>> 16;
    combinations.stageBits[id] = packed & 0xff;
    combinations.statusCode[id] = (packed >>> 8) & 0xff;
    combinations.countryCode[id] = country;
    combinations.locatedBlocBits[id] = locatedBlocsOfCountry[country] ?? 0;
    combinations.controlledBlocBits[id] = table.word(id, 2 * mineralWords + 1);
  }
  for (const id of combinationCode) combinations.sites[id] = (combinations.sites[id] ?? 0) + 1;
  return combinations;
}

/** Builds the index once per data load. Minerals and countries are taken from the sites. */
export function buildSiteIndex(
  sites: readonly IndexableSite[],
  blocs: readonly IndexableBloc[],
): SiteIndex {
  const { minerals, countries } = optionsOf(sites);
  const stages = STAGES;
  const statuses = STATUS_OPTIONS;
  const usedBlocs = blocs.slice(0, MAX_BLOCS);
  const mineralPosition = new Map(minerals.map((id, position) => [id, position]));
  const countryPosition = new Map(countries.map((id, position) => [id, position]));
  const blocBitsOfCountry = new Map<string, number>();
  usedBlocs.forEach((bloc, position) => {
    for (const member of bloc.members) {
      blocBitsOfCountry.set(member, (blocBitsOfCountry.get(member) ?? 0) | (1 << position));
    }
  });
  const locatedBlocsOfCountry = Uint32Array.from(
    countries,
    (country) => blocBitsOfCountry.get(country) ?? 0,
  );
  const mineralWords = Math.max(1, Math.ceil(minerals.length / 32));
  const count = sites.length;
  const countryCode = new Uint16Array(count);
  const combinationCode = new Uint32Array(count);
  const table = new CombinationTable(2 * mineralWords + 2);
  const key = new Uint32Array(2 * mineralWords + 2);
  const setMineralBits = (minerals: readonly string[], offset: number): void => {
    for (const mineral of minerals) {
      const position = mineralPosition.get(mineral) ?? 0;
      const word = offset + (position >>> 5);
      key[word] = (key[word] ?? 0) | (1 << (position & 31));
    }
  };
  sites.forEach((site, row) => {
    key.fill(0);
    setMineralBits(site.mainMinerals, 0);
    setMineralBits(site.minerals, mineralWords);
    let stageBits = 0;
    for (const stage of site.stages) stageBits |= 1 << stages.indexOf(stage);
    const status = statuses.indexOf(site.status ?? 'unknown') & 0xff;
    const country = countryPosition.get(site.country) ?? 0;
    key[2 * mineralWords] = (stageBits & 0xff) | (status << 8) | (country << 16);
    let controlled = 0;
    for (const owner of site.ownerCountries) controlled |= blocBitsOfCountry.get(owner) ?? 0;
    key[2 * mineralWords + 1] = controlled;
    countryCode[row] = country;
    combinationCode[row] = table.intern(key);
  });
  return {
    count,
    minerals,
    stages,
    statuses,
    countries,
    blocs: usedBlocs.map((bloc) => bloc.id),
    mineralWords,
    countryCode,
    combinationCode,
    combinations: combinationColumns(table, combinationCode, mineralWords, locatedBlocsOfCountry),
  };
}

/** Home countries of a facility's owners, where the sources give them. */
export function ownerCountries(properties: FacilityProperties): string[] {
  return properties.owners.flatMap((owner) => (owner.country ? [owner.country] : []));
}

/** A facility's primary and secondary minerals: what the Mineral filter matches by default. */
export function mainMinerals(
  properties: Pick<FacilityProperties, 'minerals' | 'mineralRoles'>,
): string[] {
  return properties.minerals.filter((_, i) => properties.mineralRoles[i] !== 'by-product');
}

/** A facility as the index and the reference filter take it. */
export function toIndexableSite(properties: FacilityProperties): IndexableSite {
  return {
    minerals: properties.minerals,
    mainMinerals: mainMinerals(properties),
    stages: properties.stages,
    status: properties.status,
    country: properties.country,
    ownerCountries: ownerCountries(properties),
  };
}

/** A bloc as the index takes it: its id and member countries. */
export function toIndexableBloc(bloc: Bloc): IndexableBloc {
  return { id: bloc.id, members: bloc.members.map((member) => member.country) };
}
