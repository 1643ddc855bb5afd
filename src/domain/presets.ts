/** A curated starting view: a title, a one-line caption, and the link query and hash that open it. */
export interface Preset {
  id: string;
  title: string;
  caption: string;
  /** Query string of the view (without `?`), in the URL codec's format. */
  query: string;
  /** Camera hash (without `#`), or empty to frame the world. */
  hash: string;
}

/**
 * Curated views reachable from the UI and as share and embed links. Each is only a link: the
 * figures and sites it shows come from the shipped data.
 */
export const PRESETS: readonly Preset[] = [
  {
    id: 'who-refines-rare-earths',
    title: 'Who refines rare earths',
    caption:
      'Rare-earth refineries, separation and magnet plants; countries shaded by rare-earth mine production.',
    query:
      'v=1&mineral=rare-earths&stage=magnet-plant,processing,refinery,smelter&shade=mine-production',
    hash: '',
  },
  {
    id: 'lobito-corridor',
    title: 'The Lobito Corridor',
    caption:
      'The US- and EU-backed rail link from Lobito to the Copperbelt, and the copper and cobalt sites along it.',
    query: 'v=1&mineral=cobalt,copper&corridor=lobito-corridor&shade=none',
    hash: 'map=4.60/-11.50/21.00',
  },
  {
    id: 'india-rare-earth-corridors',
    title: 'India’s rare-earth corridors',
    caption:
      'The four proposed corridors of the Union Budget 2026-27 (schematic areas), IREL’s units and India’s beach-sand sites.',
    query: 'v=1&country=IND&shade=none',
    hash: 'map=4.70/15.00/80.50',
  },
  {
    id: 'ministerial-lithium',
    title: 'Lithium in the 2026 Ministerial bloc',
    caption:
      'Lithium sites located in the countries that attended the February 2026 Critical Minerals Ministerial.',
    query: 'v=1&mineral=lithium&bloc=critical-minerals-ministerial-2026',
    hash: '',
  },
];

/** The link path (query and hash) of a preset, relative to the app. */
export function presetPath(preset: Preset): string {
  return `?${preset.query}${preset.hash ? `#${preset.hash}` : ''}`;
}
