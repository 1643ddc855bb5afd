/**
 * The closed vocabularies of the data contract, each written once as an `as const` array in the
 * order the UI lists it; the types are derived from the arrays. The schema, the filters, the URL
 * codec, the legend and the data build all read them from here.
 */

/** Facility stages. ICMM "Plant" and "Steel Plant" map to `processing`. */
export const STAGES = ['mine', 'smelter', 'refinery', 'processing', 'magnet-plant'] as const;
/** A facility stage. */
export type Stage = (typeof STAGES)[number];

/**
 * Facility statuses (a facility's status is one of these or null when no source gives one).
 * `development` = permitting, feasibility or financing; `planned` = announced, not started.
 */
export const STATUSES = [
  'operating',
  'construction',
  'development',
  'care-and-maintenance',
  'closed',
  'planned',
  'cancelled',
] as const;
/** A facility status. */
export type FacilityStatus = (typeof STATUSES)[number];

/**
 * The role a mineral plays at a site, as its source gives it (ICMM: Primary / Secondary / Other
 * commodities; curated records say it). A site's minerals are listed in this order.
 */
export const MINERAL_ROLES = ['primary', 'secondary', 'by-product'] as const;
/** A mineral's role at a site. */
export type MineralRole = (typeof MINERAL_ROLES)[number];

/** Confidence in a record: ICMM's Confidence Factor (High / Moderate / Very Low) plus `low`. */
export const CONFIDENCES = ['high', 'moderate', 'low', 'very-low'] as const;
/** Confidence in a record. */
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * Precision of a point. `exact` = site coordinates from the source; `approximate` = town-level,
 * averaged (clustered) or known-unreliable position; `district` = a district / state centroid.
 */
export const LOCATION_PRECISIONS = ['exact', 'approximate', 'district'] as const;
/** Precision of a point. */
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

/**
 * What a sourced capacity measures, so that capacities of one product can be added up. Values are
 * tonnes per year of the product (or of its metal content where the product says so).
 */
export const CAPACITY_PRODUCTS = [
  're-concentrate',
  'separated-reo',
  're-metal',
  'ndfeb-magnet',
  'spodumene-concentrate',
  'lithium-carbonate',
  'lithium-hydroxide',
  'lce',
  'cobalt-hydroxide',
  'cobalt-refined',
  'pcam',
  'nickel-mhp',
  'nickel-matte',
  'nickel-pig-iron',
  'nickel-refined',
  'graphite-concentrate',
  'spherical-graphite',
  'anode-material',
  'gallium',
  'germanium',
  'antimony',
  'tungsten-concentrate',
  'apt',
  'manganese-ore',
  'manganese-sulphate',
  'other',
] as const;
/** What a capacity measures. */
export type CapacityProduct = (typeof CAPACITY_PRODUCTS)[number];

/** True when `value` is one of `vocabulary` (narrows the type). */
export function isOneOf<T extends string>(vocabulary: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (vocabulary as readonly string[]).includes(value);
}

/** Overlay layers a reader can switch, as named in links. */
export const LAYER_NAMES = ['facilities', 'deposits', 'corridors'] as const;
/** An overlay layer. */
export type LayerName = (typeof LAYER_NAMES)[number];
/** Layers shown when nothing says otherwise: deposits are opt-in (a 1.3 MB file, a second layer). */
export const DEFAULT_LAYER_NAMES: readonly LayerName[] = ['corridors', 'facilities'];

/** Which overlay layers are switched on. */
export type LayerVisibility = Record<LayerName, boolean>;

/** The visibility of each layer when `on` lists the layers switched on. */
export function layerVisibility(on: readonly LayerName[]): LayerVisibility {
  return {
    facilities: on.includes('facilities'),
    deposits: on.includes('deposits'),
    corridors: on.includes('corridors'),
  };
}

/** What countries are shaded by, in the order the UI lists them (and as named in links). */
export const SHADINGS = [
  'none',
  'blocs',
  'reserves',
  'mine-production',
  'refinery-production',
] as const;
/** A country shading. */
export type Shading = (typeof SHADINGS)[number];

/** What site marks are coloured by, as named in links. */
export const COLOURINGS = ['mineral', 'owner'] as const;
/** A colouring. */
export type Colouring = (typeof COLOURINGS)[number];

/** Kinds of US market rows of the MCS data release: prices, net import reliance, import sources. */
export const MARKET_KINDS = ['price', 'net-import-reliance', 'import-source'] as const;
export type MarketKind = (typeof MARKET_KINDS)[number];
