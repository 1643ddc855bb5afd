/**
 * The start-up sites file (`sites.json`): the facilities of `facilities.geojson` as columns, one
 * array per field, without the detail fields (`sources`, `note`, `groupNames`, `locationNote`) that only the
 * details panel, the search by other names and the exports need. Those stay in
 * `facilities.geojson`, loaded on demand and merged in with {@link mergeDetails}.
 * Pure: no DOM, no Node APIs.
 */
import type {
  AtlasFeature,
  Capacity,
  Confidence,
  FacilityProperties,
  FacilityStatus,
  LocationPrecision,
  MineralRole,
  Owner,
  Source,
  Stage,
} from './types';
import { CORE_FIELDS, type DetailField } from './facility-fields';

/** The format tag of `sites.json`; a change of layout gets a new tag. */
export const SITES_FORMAT = 'atlas-sites/3';

/** The fields only `facilities.geojson` carries. */
export type { DetailField };

/** The properties `sites.json` carries: every facility field but the detail fields. */
export type CoreFacilityProperties = Omit<FacilityProperties, DetailField>;

/** The detail fields of one facility. */
export type FacilityDetails = Pick<FacilityProperties, DetailField>;

/** A facility as `sites.json` describes it. */
export type CoreFacility = AtlasFeature<CoreFacilityProperties>;

/** One array per field, each `count` long, in the order of `facilities.geojson`. */
export interface SitesColumns {
  id: string[];
  name: string[];
  country: string[];
  stages: Stage[][];
  status: (FacilityStatus | null)[];
  statusDate: (string | null)[];
  minerals: string[][];
  mineralRoles: MineralRole[][];
  primaryMineral: string[];
  critical: string[][];
  operator: (string | null)[];
  owners: Owner[][];
  capacity: (Capacity | null)[];
  confidence: Confidence[];
  locationPrecision: LocationPrecision[];
  asOf: string[];
  /** Longitudes, exactly as in `facilities.geojson`. */
  lon: number[];
  /** Latitudes, exactly as in `facilities.geojson`. */
  lat: number[];
}

/** The whole `sites.json`. */
export interface SitesFile {
  format: typeof SITES_FORMAT;
  count: number;
  columns: SitesColumns;
}

/** Column names in file order. */
export const SITES_COLUMNS: readonly (keyof SitesColumns)[] = [...CORE_FIELDS, 'lon', 'lat'];

const copyOwner = (owner: Owner): Owner => ({
  name: owner.name,
  country: owner.country,
  share: owner.share,
});

const copyCapacity = (capacity: Capacity | null): Capacity | null =>
  capacity && {
    value: capacity.value,
    unit: capacity.unit,
    commodity: capacity.commodity,
    year: capacity.year,
    product: capacity.product,
  };

/** Encodes facilities (core fields and coordinates) as columns, keeping their order. */
export function encodeSites(features: readonly AtlasFeature<CoreFacilityProperties>[]): SitesFile {
  const column = <T>(read: (feature: AtlasFeature<CoreFacilityProperties>) => T): T[] =>
    features.map(read);
  return {
    format: SITES_FORMAT,
    count: features.length,
    columns: {
      id: column((f) => f.properties.id),
      name: column((f) => f.properties.name),
      country: column((f) => f.properties.country),
      stages: column((f) => [...f.properties.stages]),
      status: column((f) => f.properties.status),
      statusDate: column((f) => f.properties.statusDate),
      minerals: column((f) => [...f.properties.minerals]),
      mineralRoles: column((f) => [...f.properties.mineralRoles]),
      primaryMineral: column((f) => f.properties.primaryMineral),
      critical: column((f) => [...f.properties.critical]),
      operator: column((f) => f.properties.operator),
      owners: column((f) => f.properties.owners.map(copyOwner)),
      capacity: column((f) => copyCapacity(f.properties.capacity)),
      confidence: column((f) => f.properties.confidence),
      locationPrecision: column((f) => f.properties.locationPrecision),
      asOf: column((f) => f.properties.asOf),
      lon: column((f) => f.geometry.coordinates[0]),
      lat: column((f) => f.geometry.coordinates[1]),
    },
  };
}

/** Row `row` of a column; the caller has checked that every column is `count` long. */
function at<T>(values: readonly T[], row: number): T {
  return values[row] as T;
}

/**
 * Decodes a sites file into facility features (core fields only), in file order. Expects a file
 * whose shape has been checked (every column `count` long, values of the right types).
 */
export function decodeSites(file: SitesFile): CoreFacility[] {
  const c = file.columns;
  const facilities: CoreFacility[] = [];
  for (let row = 0; row < file.count; row += 1) {
    const id = at(c.id, row);
    const properties: CoreFacilityProperties = {
      id,
      name: at(c.name, row),
      country: at(c.country, row),
      stages: [...at(c.stages, row)],
      status: at(c.status, row),
      statusDate: at(c.statusDate, row),
      minerals: [...at(c.minerals, row)],
      mineralRoles: [...at(c.mineralRoles, row)],
      primaryMineral: at(c.primaryMineral, row),
      critical: [...at(c.critical, row)],
      operator: at(c.operator, row),
      owners: at(c.owners, row).map(copyOwner),
      capacity: copyCapacity(at(c.capacity, row)),
      confidence: at(c.confidence, row),
      locationPrecision: at(c.locationPrecision, row),
      asOf: at(c.asOf, row),
    };
    facilities.push({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [at(c.lon, row), at(c.lat, row)] },
      properties,
    });
  }
  return facilities;
}

/** The detail fields of a facility's properties (`note` only when present). */
export function detailsOf(properties: FacilityDetails): FacilityDetails {
  const details: FacilityDetails = {
    sources: properties.sources.map((source) => {
      const copy: Source = { citation: source.citation, url: source.url, rowId: source.rowId };
      if (source.readVia !== undefined) copy.readVia = source.readVia;
      return copy;
    }),
    groupNames: [...properties.groupNames],
  };
  if (properties.note !== undefined) details.note = properties.note;
  if (properties.locationNote !== undefined) details.locationNote = properties.locationNote;
  return details;
}

/**
 * New facility objects, in the same order, with the detail fields of the feature of the same id
 * in `details` (a parsed `facilities.geojson`). Facilities without one are returned unchanged;
 * details of unknown ids are ignored.
 */
export function mergeDetails(
  facilities: readonly AtlasFeature<FacilityProperties>[],
  details: readonly AtlasFeature<FacilityDetails>[],
): AtlasFeature<FacilityProperties>[] {
  const byId = new Map(details.map((feature) => [feature.id, feature.properties]));
  return facilities.map((facility) => {
    const found = byId.get(facility.id);
    if (!found) return facility;
    const properties: FacilityProperties = { ...facility.properties, ...detailsOf(found) };
    if (found.note === undefined) delete properties.note;
    if (found.locationNote === undefined) delete properties.locationNote;
    return { ...facility, properties };
  });
}
