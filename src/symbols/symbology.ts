import type { MineralGroup, Stage } from '../domain/types';

/**
 * Colours of mineral groups, from the Okabe–Ito colour-blind-safe palette (plus two greys).
 * Colour is never the only cue: every mark also has a shape for its stage, and the legend names
 * each colour.
 */
export const GROUP_COLORS: Readonly<Record<MineralGroup, string>> = {
  'rare-earths': '#cc79a7',
  'battery-metals': '#0072b2',
  'platinum-group-metals': '#e69f00',
  'alloy-metals': '#009e73',
  'technology-metals': '#56b4e9',
  'base-metals': '#d55e00',
  'industrial-minerals': '#f0e442',
  'precious-metals': '#8c8c8c',
  energy: '#3d3d3d',
};

/** The order mineral groups are listed in legends and filters. */
export const MINERAL_GROUP_ORDER: readonly MineralGroup[] = [
  'rare-earths',
  'battery-metals',
  'platinum-group-metals',
  'technology-metals',
  'alloy-metals',
  'base-metals',
  'industrial-minerals',
  'precious-metals',
  'energy',
];

/** Readable names of the mineral groups, for legends and filter headings. */
export const GROUP_LABELS: Readonly<Record<MineralGroup, string>> = {
  'rare-earths': 'Rare earths',
  'battery-metals': 'Battery metals',
  'platinum-group-metals': 'Platinum-group metals',
  'alloy-metals': 'Alloy and steel metals',
  'technology-metals': 'Technology metals',
  'base-metals': 'Base metals',
  'industrial-minerals': 'Industrial minerals',
  'precious-metals': 'Precious metals',
  energy: 'Energy minerals',
};

/** Readable names of stages. */
export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  mine: 'Mine',
  smelter: 'Smelter',
  refinery: 'Refinery',
  processing: 'Processing plant',
  'magnet-plant': 'Magnet plant',
};

/** SVG path data of each stage's shape, drawn in a 24 × 24 box centred on (12, 12). */
export const STAGE_SHAPES: Readonly<Record<Stage, string>> = {
  mine: 'M12 3a9 9 0 1 0 0.001 0Z',
  smelter: 'M4 4H20V20H4Z',
  refinery: 'M12 2L22 12L12 22L2 12Z',
  processing: 'M12 2L22 20H2Z',
  'magnet-plant':
    'M12 1.5L14.9 8.6L22.5 9.2L16.7 14.1L18.5 21.5L12 17.5L5.5 21.5L7.3 14.1L1.5 9.2L9.1 8.6Z',
};

/** Which stage draws a multi-stage site: the most downstream one. */
const STAGE_PRECEDENCE: readonly Stage[] = [
  'magnet-plant',
  'refinery',
  'smelter',
  'processing',
  'mine',
];

/** The stage whose shape a site is drawn with. */
export function displayStage(stages: readonly Stage[]): Stage {
  return STAGE_PRECEDENCE.find((stage) => stages.includes(stage)) ?? 'mine';
}

/**
 * The mineral a site is coloured by: the first filtered mineral it has, else its first critical
 * mineral, else its primary mineral.
 */
export function displayMineral(
  minerals: readonly string[],
  critical: readonly string[],
  primary: string,
  filtered: readonly string[],
): string {
  return minerals.find((mineral) => filtered.includes(mineral)) ?? critical[0] ?? primary;
}

/** Ownership categories for colouring sites by who owns them rather than what they produce. */
export type OwnerCategory = 'owner-china' | 'owner-bloc' | 'owner-other' | 'owner-unknown';

/** Colours of ownership categories (Okabe–Ito vermillion and blue, the bloc tint, light grey). */
export const OWNER_COLORS: Readonly<Record<OwnerCategory, string>> = {
  'owner-china': '#d55e00',
  'owner-bloc': '#b8a26e',
  'owner-other': '#0072b2',
  'owner-unknown': '#d9d9d9',
};

/** Legend names of ownership categories. */
export const OWNER_LABELS: Readonly<Record<OwnerCategory, string>> = {
  'owner-china': 'Owned (in part) by firms from China',
  'owner-bloc': 'Owned by firms from the first selected bloc',
  'owner-other': 'Other owners with a known home country',
  'owner-unknown': 'Owner or its home country not given by the sources',
};

/** Which ownership category a site falls in. */
export function ownerCategory(
  ownerCountries: readonly string[],
  blocMembers: ReadonlySet<string>,
): OwnerCategory {
  if (ownerCountries.length === 0) return 'owner-unknown';
  if (ownerCountries.includes('CHN')) return 'owner-china';
  if (ownerCountries.some((country) => blocMembers.has(country))) return 'owner-bloc';
  return 'owner-other';
}
