/**
 * Who holds the processing capacity, bottom-up: the sourced capacities of the plants on the map,
 * added up by the plant's country and by its owners' home countries. Only figures of one product
 * in tonnes per year are added; the result says how many plants had none. This is the sourced
 * capacity of the plants on this map, not world capacity. Pure.
 */
import type { FacilityProperties } from './types';
import type { CapacityProduct, Stage } from './vocabulary';

/** Stages that make a site a plant (midstream), as opposed to a mine. */
export const PLANT_STAGES: readonly Stage[] = ['smelter', 'refinery', 'processing', 'magnet-plant'];

/** The unit capacities must have to be added up. */
export const CAPACITY_UNIT = 't/yr';

/** Key of capacity not attributed to a country: owners unknown, or shares not sourced. */
export const UNATTRIBUTED = 'unattributed';

/** One country's sum. */
export interface CapacityShare {
  /** ISO3, or {@link UNATTRIBUTED}. */
  country: string;
  /** Tonnes per year. */
  value: number;
  /** Share of the total, in percent. */
  percent: number;
}

/** The rollup of one mineral and product. */
export interface CapacityRollup {
  mineral: string;
  product: CapacityProduct;
  /** Plants of the mineral (primary or secondary) on the map. */
  plants: number;
  /** Of those, plants with a capacity figure of this product in t/yr. */
  withFigure: number;
  /** Sum of those figures. */
  total: number;
  /** By the plant's country, largest first. */
  byLocation: CapacityShare[];
  /** By the owners' home countries (split by sourced shares), largest first. */
  byOwner: CapacityShare[];
}

type Plant = Pick<
  FacilityProperties,
  'country' | 'stages' | 'minerals' | 'mineralRoles' | 'owners' | 'capacity'
>;

/** True when the site is a plant whose primary or secondary minerals include `mineral`. */
export function isPlantOf(site: Plant, mineral: string): boolean {
  const index = site.minerals.indexOf(mineral);
  return (
    index >= 0 &&
    site.mineralRoles[index] !== 'by-product' &&
    site.stages.some((stage) => PLANT_STAGES.includes(stage))
  );
}

/** The products that plants of `mineral` have sourced t/yr figures for, most plants first. */
export function productsOf(sites: readonly Plant[], mineral: string): CapacityProduct[] {
  const counts = new Map<CapacityProduct, number>();
  for (const site of sites) {
    const product = site.capacity?.product;
    if (!product || site.capacity?.unit !== CAPACITY_UNIT || !isPlantOf(site, mineral)) continue;
    counts.set(product, (counts.get(product) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
}

/**
 * Splits a plant's capacity among its owners' home countries: by sourced shares; a sole owner
 * takes all; what is left (unknown owners or countries, shares not sourced) is unattributed.
 */
export function ownerSplit(site: Plant, value: number): Map<string, number> {
  const out = new Map<string, number>();
  const add = (country: string, amount: number): void => {
    if (amount > 0) out.set(country, (out.get(country) ?? 0) + amount);
  };
  const owners = site.owners;
  if (owners.length === 1 && owners[0]?.share === null) {
    add(owners[0].country ?? UNATTRIBUTED, value);
    return out;
  }
  let assigned = 0;
  for (const owner of owners) {
    if (owner.share === null) continue;
    const amount = (value * Math.min(owner.share, 100)) / 100;
    add(owner.country ?? UNATTRIBUTED, amount);
    assigned += amount;
  }
  add(UNATTRIBUTED, Math.max(0, value - assigned));
  return out;
}

function ranked(sums: Map<string, number>, total: number): CapacityShare[] {
  return [...sums]
    .map(([country, value]) => ({ country, value, percent: total > 0 ? (100 * value) / total : 0 }))
    .sort((a, b) => b.value - a.value || a.country.localeCompare(b.country));
}

/** Adds up the sourced capacity of `product` of the plants of `mineral` among `sites`. */
export function capacityRollup(
  sites: readonly Plant[],
  mineral: string,
  product: CapacityProduct,
): CapacityRollup {
  const plants = sites.filter((site) => isPlantOf(site, mineral));
  const byLocation = new Map<string, number>();
  const byOwner = new Map<string, number>();
  let total = 0;
  let withFigure = 0;
  for (const plant of plants) {
    const capacity = plant.capacity;
    if (!capacity || capacity.product !== product || capacity.unit !== CAPACITY_UNIT) continue;
    withFigure += 1;
    total += capacity.value;
    byLocation.set(plant.country, (byLocation.get(plant.country) ?? 0) + capacity.value);
    for (const [country, amount] of ownerSplit(plant, capacity.value)) {
      byOwner.set(country, (byOwner.get(country) ?? 0) + amount);
    }
  }
  return {
    mineral,
    product,
    plants: plants.length,
    withFigure,
    total,
    byLocation: ranked(byLocation, total),
    byOwner: ranked(byOwner, total),
  };
}
