import type { FiguresFile } from './figures-file';
/**
 * Shared types of the Critical Minerals Atlas published data contract (`public/data/`).
 * Used by the app (read side) and by the data build in `geodata/` (write side).
 * Pure types only: no runtime code, no DOM, no map libraries.
 */

import type {
  CapacityProduct,
  Confidence,
  FacilityStatus,
  LocationPrecision,
  MineralRole,
  Stage,
} from './vocabulary';

/** The vocabulary's types, re-exported for code that reads the data contract from here. */
export type * from './vocabulary';

/** Mineral groups used to colour and filter minerals. */
export type MineralGroup =
  | 'rare-earths'
  | 'battery-metals'
  | 'platinum-group-metals'
  | 'alloy-metals'
  | 'technology-metals'
  | 'base-metals'
  | 'industrial-minerals'
  | 'precious-metals'
  | 'energy';

/** A citation for a record. At least one of `url` / `rowId` should identify the exact origin. */
export interface Source {
  /** Human-readable citation, e.g. "ICMM Global Mining Dataset, September 2025 (V1) release." */
  citation: string;
  /** http(s) URL of the source page or dataset, or null. */
  url: string | null;
  /** Row identifier inside a dataset (e.g. "ICMM02788" or "PP1802 row 342"), or null. */
  rowId: string | null;
  /**
   * Where the text was read when that is a copy of the publisher's (a mirror, an aggregator, a
   * converted spreadsheet); absent when it was read at the publisher's own address.
   */
  readVia?: string;
}

/** One owner of a facility. */
export interface Owner {
  /** Owner name as given by the source. */
  name: string;
  /** ISO 3166-1 alpha-3 of the owner's home country, or null if unknown. */
  country: string | null;
  /** Ownership share in percent (0–100], or null if unknown. */
  share: number | null;
}

/** A sourced capacity figure of a facility. */
export interface Capacity {
  /** Numeric value. */
  value: number;
  /** Unit, e.g. "t/yr". */
  unit: string;
  /** What the capacity refers to, as the source words it (e.g. "lithium hydroxide", "NdFeB magnets"). */
  commodity: string;
  /** Year the figure refers to, or null. */
  year: number | null;
  /** What the figure measures, so that figures of one product can be added up; null if unclassified. */
  product: CapacityProduct | null;
}

/** Properties of a feature in `facilities.geojson`. */
export interface FacilityProperties {
  /** Stable id: `icmm-<lowercased ICMM id>` for ICMM sites; curated sites use their own ids. */
  id: string;
  /** Site name. */
  name: string;
  /** ISO 3166-1 alpha-3 of the country the site is in. */
  country: string;
  /** Non-empty list of stages. */
  stages: Stage[];
  /** Operating status, or null when no source gives one. */
  status: FacilityStatus | null;
  /** Date of the source that gives the status, or null. */
  statusDate: string | null;
  /** Mineral ids from the vocabulary, in role order (primary, secondary, by-product). */
  minerals: string[];
  /** The role of each of `minerals`, same length and order. */
  mineralRoles: MineralRole[];
  /** The primary mineral id (first of `minerals`). */
  primaryMineral: string;
  /** `minerals` that are on the US 2025, EU 2024 (Annex II) or India 2023 critical lists. */
  critical: string[];
  /** Operator name, or null when no source gives one. */
  operator: string | null;
  /** Owners (possibly empty). */
  owners: Owner[];
  /** Capacity, or null. */
  capacity: Capacity | null;
  /** Confidence in the record. */
  confidence: Confidence;
  /** Precision of the point. */
  locationPrecision: LocationPrecision;
  /** Names of clustered / alternative site names (ICMM "Group Names"). */
  groupNames: string[];
  /** Non-empty list of sources. */
  sources: Source[];
  /** As-of date of the record, YYYY-MM-DD or YYYY-MM (or YYYY). */
  asOf: string;
  /** Optional note about a known location problem or correction (absent when none). */
  locationNote?: string;
  /** Optional free-text note from the curated source (absent when none). */
  note?: string;
}

/** Properties of a feature in `deposits.geojson` (USGS PP1802). */
export interface DepositProperties {
  /** Stable id: `usgs-pp1802-<row index>`. */
  id: string;
  /** Deposit / district name. */
  name: string;
  /** ISO 3166-1 alpha-3, or null for deposits in international waters (ocean floor). */
  country: string | null;
  /** State / province / ocean name, or null. */
  region: string | null;
  /** Mineral ids. */
  minerals: string[];
  /** USGS deposit type (geological model). */
  depositType: string;
  /** Precision of the point. */
  locationPrecision: LocationPrecision;
  /** Non-empty list of sources. */
  sources: Source[];
  /** As-of date ("2017"). */
  asOf: string;
  /** Optional note about a known location problem or correction (absent when none). */
  locationNote?: string;
}

/** Kinds of corridor. */
export type CorridorKind = 'rare-earth-corridor' | 'trade-corridor';

/** Properties of a feature in `corridors.geojson`. */
export interface CorridorProperties {
  /** Stable id. */
  id: string;
  /** Name. */
  name: string;
  /** Kind of corridor. */
  kind: CorridorKind;
  /** Status (facility status vocabulary), or null. */
  status: FacilityStatus | null;
  /** True when the geometry is schematic (not a surveyed route/area). */
  schematic: boolean;
  /** Description. */
  description: string;
  /** ISO3 codes of the countries involved. */
  countries: string[];
  /** Non-empty list of sources. */
  sources: Source[];
  /** As-of date. */
  asOf: string;
}

/** A country entry of `countries.json`. */
export interface CountryEntry {
  /** ISO 3166-1 alpha-3 (Kosovo uses the user-assigned `XKX`). */
  iso3: string;
  /** ISO 3166-1 numeric as a 3-digit string, or null (Kosovo). */
  isoNumeric: string | null;
  /** English short name. */
  name: string;
}

/** Measures of a country figure. */
export type FigureMeasure = 'mine-production' | 'reserves' | 'refinery-production';

/** A country-level production / reserves figure. */
export interface CountryFigure {
  /** ISO3, or `WLD` for the world total. */
  country: string;
  /** Mineral id. */
  mineral: string;
  /** Sub-commodity where the source splits the measure (e.g. "palladium"), or null. */
  part: string | null;
  /** Measure. */
  measure: FigureMeasure;
  /** Year the figure refers to. */
  year: number;
  /** Value, or null if withheld / not available. */
  value: number | null;
  /** Unit, e.g. "t". */
  unit: string;
  /** True for estimates. */
  estimated: boolean;
  /** The publication the figure comes from, e.g. "MCS 2026". */
  edition: string;
  /** The earlier edition's different value for the same year, when this figure revised it. */
  revises?: { edition: string; value: number | null; estimated: boolean };
  /** Note, or null. */
  note: string | null;
  /** Non-empty list of sources. */
  sources: Source[];
  /** As-of date. */
  asOf: string;
}

/** `countries.json`. */
export interface CountriesFile {
  /** Countries referenced by the data or drawn on the base map. */
  countries: CountryEntry[];
  /** Country figures, in the compact form of `figures-file.ts`. */
  figures: FiguresFile;
}

/** A bloc member. */
export interface BlocMember {
  /** ISO3 of the member (or `EUU` for the European Union as a member). */
  country: string;
  /** Role, e.g. "member", "partner", "signatory", "participant". */
  role: string;
  /** Date joined (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
  joined: string | null;
  /** Non-empty list of sources. */
  sources: Source[];
}

/** An entry of `blocs.json`. */
export interface Bloc {
  /** Stable id. */
  id: string;
  /** Full name. */
  name: string;
  /** Short name. */
  shortName: string;
  /** Kind of bloc, free vocabulary set by the researchers (e.g. "partnership"). */
  kind: string;
  /** Description. */
  description: string;
  /** Founding date, or null. */
  founded: string | null;
  /** True when the European Union itself takes part. */
  includesEuropeanUnion: boolean;
  /** Members, sorted by country. */
  members: BlocMember[];
  /** Non-empty list of sources. */
  sources: Source[];
  /** As-of date. */
  asOf: string;
}

/** Per-list flags of a mineral. */
export interface MineralLists {
  /** On the US 2025 Final List of Critical Minerals. */
  us2025: boolean;
  /** On the EU CRMA 2024 Annex II (critical raw materials). */
  eu2024: boolean;
  /** On the EU CRMA 2024 Annex I (strategic raw materials). */
  euStrategic2024: boolean;
  /** On India's 2023 list of 30 critical minerals. */
  india2023: boolean;
}

/** An entry of `minerals.json`. */
export interface MineralEntry {
  /** Mineral id. */
  id: string;
  /** English label. */
  label: string;
  /** Group. */
  group: MineralGroup;
  /** True when on US 2025, EU 2024 (Annex II) or India 2023. */
  critical: boolean;
  /** Per-list flags. */
  lists: MineralLists;
}

/** A dataset entry of `meta.json`. */
export interface DatasetMeta {
  /** Dataset id. */
  id: string;
  /** Title. */
  title: string;
  /** Publisher. */
  publisher: string;
  /** Licence. */
  licence: string;
  /** URL. */
  url: string;
  /** Citation to display. */
  citation: string;
  /** As-of date. */
  asOf: string;
}

/** `meta.json`. */
export interface MetaFile {
  /** Data version. */
  version: string;
  /** Latest as-of date among datasets. */
  asOf: string;
  /** Datasets used. */
  datasets: DatasetMeta[];
  /** Record counts. */
  counts: MetaCounts;
}

/** Record counts in `meta.json`. */
export interface MetaCounts {
  /** Features in facilities.geojson. */
  facilities: number;
  /** Features in deposits.geojson. */
  deposits: number;
  /** Features in corridors.geojson. */
  corridors: number;
  /** Entries in blocs.json. */
  blocs: number;
  /** Entries in countries.json `countries`. */
  countries: number;
  /** Entries in countries.json `figures`. */
  figures: number;
  /** Series in markets.json (US prices, net import reliance, import sources). */
  marketSeries: number;
  /** Entries in minerals.json. */
  minerals: number;
  /** Minerals flagged critical. */
  criticalMinerals: number;
  /** Facilities per mineral id (only minerals with at least one facility). */
  facilitiesByMineral: Record<string, number>;
  /** Deposits per mineral id (only minerals with at least one deposit). */
  depositsByMineral: Record<string, number>;
}

/** A GeoJSON Point. */
export interface PointGeometry {
  /** Type. */
  type: 'Point';
  /** [lon, lat]. */
  coordinates: [number, number];
}

/** A GeoJSON Feature with string id equal to `properties.id`. */
export interface AtlasFeature<P, G = PointGeometry> {
  /** Type. */
  type: 'Feature';
  /** Equal to properties.id. */
  id: string;
  /** Geometry. */
  geometry: G;
  /** Properties. */
  properties: P;
}

/** A GeoJSON FeatureCollection. */
export interface AtlasFeatureCollection<P, G = PointGeometry> {
  /** Type. */
  type: 'FeatureCollection';
  /** Features sorted by id. */
  features: AtlasFeature<P, G>[];
}
