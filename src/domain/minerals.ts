/**
 * Mineral vocabulary of the atlas: ids, labels, groups, and the mapping of upstream commodity
 * strings (ICMM Global Mining Dataset, USGS PP1802) onto mineral ids.
 *
 * Ids are lowercase, hyphenated and singular, following the normalisation rules of
 * `CRITICAL-LISTS.md`. Individual rare-earth elements and platinum-group metals are folded into
 * their group ids (`rare-earths`, `platinum-group-metals`). Which lists a mineral is on is data,
 * not code: it comes from `geodata/curated/critical-lists.csv` and is published in `minerals.json`.
 */
import type { MineralGroup } from './types';

/** One vocabulary entry. */
export interface MineralDefinition {
  /** Mineral id. */
  readonly id: string;
  /** English label. */
  readonly label: string;
  /** Display group. */
  readonly group: MineralGroup;
}

/** All mineral groups, in display order. */
export const MINERAL_GROUPS: readonly MineralGroup[] = [
  'rare-earths',
  'battery-metals',
  'platinum-group-metals',
  'alloy-metals',
  'technology-metals',
  'base-metals',
  'industrial-minerals',
  'precious-metals',
  'energy',
];

/** The mineral vocabulary, sorted by id. */
export const MINERALS: readonly MineralDefinition[] = [
  { id: 'aluminium', label: 'Aluminium (bauxite, alumina)', group: 'base-metals' },
  { id: 'antimony', label: 'Antimony', group: 'technology-metals' },
  { id: 'arsenic', label: 'Arsenic', group: 'technology-metals' },
  { id: 'barite', label: 'Barite', group: 'industrial-minerals' },
  { id: 'beryllium', label: 'Beryllium', group: 'alloy-metals' },
  { id: 'bismuth', label: 'Bismuth', group: 'technology-metals' },
  { id: 'boron', label: 'Boron (borates)', group: 'industrial-minerals' },
  { id: 'cadmium', label: 'Cadmium', group: 'technology-metals' },
  { id: 'cesium', label: 'Caesium', group: 'technology-metals' },
  { id: 'chromium', label: 'Chromium', group: 'alloy-metals' },
  { id: 'coal', label: 'Coal (thermal / unspecified)', group: 'energy' },
  { id: 'cobalt', label: 'Cobalt', group: 'battery-metals' },
  { id: 'copper', label: 'Copper', group: 'base-metals' },
  { id: 'feldspar', label: 'Feldspar', group: 'industrial-minerals' },
  { id: 'fluorspar', label: 'Fluorspar', group: 'industrial-minerals' },
  { id: 'gallium', label: 'Gallium', group: 'technology-metals' },
  { id: 'germanium', label: 'Germanium', group: 'technology-metals' },
  { id: 'gold', label: 'Gold', group: 'precious-metals' },
  { id: 'graphite', label: 'Graphite', group: 'battery-metals' },
  { id: 'hafnium', label: 'Hafnium', group: 'alloy-metals' },
  { id: 'helium', label: 'Helium', group: 'industrial-minerals' },
  { id: 'indium', label: 'Indium', group: 'technology-metals' },
  { id: 'iron-ore', label: 'Iron ore', group: 'base-metals' },
  { id: 'lead', label: 'Lead', group: 'base-metals' },
  { id: 'lithium', label: 'Lithium', group: 'battery-metals' },
  { id: 'magnesium', label: 'Magnesium', group: 'alloy-metals' },
  { id: 'manganese', label: 'Manganese', group: 'battery-metals' },
  { id: 'metallurgical-coal', label: 'Metallurgical (coking) coal', group: 'energy' },
  { id: 'molybdenum', label: 'Molybdenum', group: 'alloy-metals' },
  { id: 'nickel', label: 'Nickel', group: 'battery-metals' },
  { id: 'niobium', label: 'Niobium', group: 'alloy-metals' },
  { id: 'phosphate', label: 'Phosphate rock', group: 'industrial-minerals' },
  { id: 'phosphorus', label: 'Phosphorus', group: 'industrial-minerals' },
  { id: 'platinum-group-metals', label: 'Platinum-group metals', group: 'platinum-group-metals' },
  { id: 'potash', label: 'Potash', group: 'industrial-minerals' },
  { id: 'rare-earths', label: 'Rare earths', group: 'rare-earths' },
  { id: 'rhenium', label: 'Rhenium', group: 'alloy-metals' },
  { id: 'rubidium', label: 'Rubidium', group: 'technology-metals' },
  { id: 'scandium', label: 'Scandium', group: 'technology-metals' },
  { id: 'selenium', label: 'Selenium', group: 'technology-metals' },
  { id: 'silicon', label: 'Silicon', group: 'technology-metals' },
  { id: 'silver', label: 'Silver', group: 'precious-metals' },
  { id: 'strontium', label: 'Strontium', group: 'technology-metals' },
  { id: 'tantalum', label: 'Tantalum', group: 'alloy-metals' },
  { id: 'tellurium', label: 'Tellurium', group: 'technology-metals' },
  { id: 'tin', label: 'Tin', group: 'base-metals' },
  { id: 'titanium', label: 'Titanium', group: 'alloy-metals' },
  { id: 'tungsten', label: 'Tungsten', group: 'alloy-metals' },
  { id: 'uranium', label: 'Uranium', group: 'energy' },
  { id: 'vanadium', label: 'Vanadium', group: 'alloy-metals' },
  { id: 'zinc', label: 'Zinc', group: 'base-metals' },
  { id: 'zirconium', label: 'Zirconium', group: 'alloy-metals' },
];

/** Set of all mineral ids in the vocabulary. */
export const MINERAL_IDS: ReadonlySet<string> = new Set(MINERALS.map((m) => m.id));

/** True when `id` is a mineral id of the vocabulary. */
export function isMineralId(id: string): boolean {
  return MINERAL_IDS.has(id);
}

/** Looks up a mineral definition by id. */
export function mineralById(id: string): MineralDefinition | undefined {
  return MINERALS.find((m) => m.id === id);
}

const REE = 'rare-earths';
const PGM = 'platinum-group-metals';

/**
 * ICMM commodity strings (lowercased, trimmed) -> mineral ids. Misspellings present in the ICMM
 * workbook ("cadmiuum", "chormite", "aresnic", "zicron") are mapped explicitly. Strings whose
 * mineral is ambiguous or outside the vocabulary (e.g. "heavy mineral sands", "steel", "iron",
 * "diamond", "mercury", "sulphuric acid", "bopper") map to nothing. Plain "coal" and "thermal
 * coal" map to non-critical `coal`; only "metallurgical coal" maps to `metallurgical-coal`.
 */
export const ICMM_COMMODITY_MAP: Readonly<Record<string, readonly string[]>> = {
  alumina: ['aluminium'],
  aluminium: ['aluminium'],
  antimony: ['antimony'],
  aresnic: ['arsenic'],
  arsenic: ['arsenic'],
  barium: ['barite'],
  bauxite: ['aluminium'],
  beryllium: ['beryllium'],
  bismuth: ['bismuth'],
  borates: ['boron'],
  boron: ['boron'],
  cadimium: ['cadmium'],
  cadmium: ['cadmium'],
  cadmiuum: ['cadmium'],
  caesium: ['cesium'],
  cerium: [REE],
  chormite: ['chromium'],
  chromite: ['chromium'],
  chromium: ['chromium'],
  coal: ['coal'],
  cobalt: ['cobalt'],
  copper: ['copper'],
  europium: [REE],
  ferrochrome: ['chromium'],
  ferromanganese: ['manganese'],
  ferromolybdenum: ['molybdenum'],
  ferronickel: ['nickel'],
  ferroniobium: ['niobium'],
  ferrosilicon: ['silicon'],
  'ferrosilicon manganese': ['manganese', 'silicon'],
  'ferrite strontium powder': ['strontium'],
  fluorspar: ['fluorspar'],
  gallium: ['gallium'],
  germanium: ['germanium'],
  gold: ['gold'],
  graphite: ['graphite'],
  ilmenite: ['titanium'],
  indium: ['indium'],
  iridium: [PGM],
  'iron ore': ['iron-ore'],
  lanthanides: [REE],
  lanthanum: [REE],
  lead: ['lead'],
  leucoxene: ['titanium'],
  lithium: ['lithium'],
  magnesium: ['magnesium'],
  manganese: ['manganese'],
  'metallurgical coal': ['metallurgical-coal'],
  molybdenum: ['molybdenum'],
  monazite: [REE],
  neodymium: [REE],
  nickel: ['nickel'],
  niobium: ['niobium'],
  osmium: [PGM],
  palladium: [PGM],
  petalite: ['lithium'],
  pgm: [PGM],
  phosphate: ['phosphate'],
  phosphates: ['phosphate'],
  platinum: [PGM],
  'platinum group elements': [PGM],
  'platinum group metals': [PGM],
  potash: ['potash'],
  'potassium oxide': ['potash'],
  'potassium sulfate': ['potash'],
  praseodymium: [REE],
  rhenium: ['rhenium'],
  rhodium: [PGM],
  rubidium: ['rubidium'],
  ruthenium: [PGM],
  rutile: ['titanium'],
  scandium: ['scandium'],
  selenium: ['selenium'],
  silicomanganese: ['manganese'],
  silver: ['silver'],
  spodumene: ['lithium'],
  strontium: ['strontium'],
  tantalum: ['tantalum'],
  tellurium: ['tellurium'],
  terbium: [REE],
  'thermal coal': ['coal'],
  thulium: [REE],
  tin: ['tin'],
  titanium: ['titanium'],
  tungsten: ['tungsten'],
  uranium: ['uranium'],
  vanadium: ['vanadium'],
  yttrium: [REE],
  zicron: ['zirconium'],
  zinc: ['zinc'],
  zircon: ['zirconium'],
};

/** USGS PP1802 `CRITICAL_MINERAL` values -> mineral ids. */
export const PP1802_COMMODITY_MAP: Readonly<Record<string, readonly string[]>> = {
  Antimony: ['antimony'],
  Barite: ['barite'],
  Beryllium: ['beryllium'],
  Cobalt: ['cobalt'],
  Fluorite: ['fluorspar'],
  Gallium: ['gallium'],
  Germanium: ['germanium'],
  Graphite: ['graphite'],
  Indium: ['indium'],
  Lithium: ['lithium'],
  Manganese: ['manganese'],
  'Niobium and Tantalum': ['niobium', 'tantalum'],
  'Platinum-Group Elements': [PGM],
  'Rare-Earth Elements': [REE],
  Rhenium: ['rhenium'],
  Tellurium: ['tellurium'],
  Tin: ['tin'],
  Titanium: ['titanium'],
  Vanadium: ['vanadium'],
  'Zirconium and Hafnium': ['zirconium', 'hafnium'],
};

/**
 * Maps an ICMM commodity string to mineral ids (empty when unmapped).
 * Trims, lowercases and collapses inner whitespace first.
 */
export function mapIcmmCommodity(raw: string): readonly string[] {
  const key = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  return ICMM_COMMODITY_MAP[key] ?? [];
}

/** Maps a PP1802 commodity string to mineral ids; `undefined` when the string is unknown. */
export function mapPp1802Commodity(raw: string): readonly string[] | undefined {
  return PP1802_COMMODITY_MAP[raw.trim()];
}

/** De-duplicates ids keeping the first occurrence order. */
export function uniqueInOrder(ids: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of ids) {
    if (!seen.has(id)) {
      seen.add(id);
      out.push(id);
    }
  }
  return out;
}
