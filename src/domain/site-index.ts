import type { Bloc, FacilityProperties, FacilityStatus, Stage } from './types';
import { STAGES, STATUS_OPTIONS, type StatusOption } from './filters';

/** What the index needs of one site. */
export interface IndexableSite {
  minerals: readonly string[];
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
 * Columnar, typed-array view of the sites for filtering and facet counts without per-record
 * objects: each site's minerals, stages, statuses and blocs are bit sets, its country a code.
 */
export interface SiteIndex {
  count: number;
  /** Option ids per group; a site's bit or code refers to a position in these lists. */
  minerals: readonly string[];
  stages: readonly Stage[];
  statuses: readonly StatusOption[];
  countries: readonly string[];
  blocs: readonly string[];
  /** Words of mineral bits per site. */
  mineralWords: number;
  mineralBits: Uint32Array;
  stageBits: Uint8Array;
  statusCode: Uint8Array;
  countryCode: Uint16Array;
  /** Blocs the site's country belongs to. */
  locatedBlocBits: Uint32Array;
  /** Blocs any of the site's owner countries belong to (0 when owners are unknown). */
  controlledBlocBits: Uint32Array;
}

/** Builds the index once per data load. Minerals and countries are taken from the sites. */
export function buildSiteIndex(
  sites: readonly IndexableSite[],
  blocs: readonly IndexableBloc[],
): SiteIndex {
  const minerals = [...new Set(sites.flatMap((site) => site.minerals))].sort();
  const countries = [...new Set(sites.map((site) => site.country))].sort();
  const usedBlocs = blocs.slice(0, MAX_BLOCS);
  const mineralPosition = new Map(minerals.map((id, position) => [id, position]));
  const countryPosition = new Map(countries.map((id, position) => [id, position]));
  const blocBitsOfCountry = new Map<string, number>();
  usedBlocs.forEach((bloc, position) => {
    for (const member of bloc.members) {
      blocBitsOfCountry.set(member, (blocBitsOfCountry.get(member) ?? 0) | (1 << position));
    }
  });
  const mineralWords = Math.max(1, Math.ceil(minerals.length / 32));
  const count = sites.length;
  const index: SiteIndex = {
    count,
    minerals,
    stages: STAGES,
    statuses: STATUS_OPTIONS,
    countries,
    blocs: usedBlocs.map((bloc) => bloc.id),
    mineralWords,
    mineralBits: new Uint32Array(count * mineralWords),
    stageBits: new Uint8Array(count),
    statusCode: new Uint8Array(count),
    countryCode: new Uint16Array(count),
    locatedBlocBits: new Uint32Array(count),
    controlledBlocBits: new Uint32Array(count),
  };
  sites.forEach((site, row) => {
    for (const mineral of site.minerals) {
      const position = mineralPosition.get(mineral) ?? 0;
      const word = row * mineralWords + (position >>> 5);
      index.mineralBits[word] = (index.mineralBits[word] ?? 0) | (1 << (position & 31));
    }
    let stageBits = 0;
    for (const stage of site.stages) stageBits |= 1 << STAGES.indexOf(stage);
    index.stageBits[row] = stageBits;
    index.statusCode[row] = STATUS_OPTIONS.indexOf(site.status ?? 'unknown');
    index.countryCode[row] = countryPosition.get(site.country) ?? 0;
    index.locatedBlocBits[row] = blocBitsOfCountry.get(site.country) ?? 0;
    let controlled = 0;
    for (const owner of site.ownerCountries) controlled |= blocBitsOfCountry.get(owner) ?? 0;
    index.controlledBlocBits[row] = controlled;
  });
  return index;
}

/** Home countries of a facility's owners, where the sources give them. */
export function ownerCountries(properties: FacilityProperties): string[] {
  return properties.owners.flatMap((owner) => (owner.country ? [owner.country] : []));
}

/** A facility as the index and the reference filter take it. */
export function toIndexableSite(properties: FacilityProperties): IndexableSite {
  return {
    minerals: properties.minerals,
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
