import type { CapacityProduct } from '../domain/vocabulary';
import type { StatusOption } from '../domain/filters';

/** Readable names of status filter options. */
export const STATUS_LABELS: Readonly<Record<StatusOption, string>> = {
  operating: 'Operating',
  construction: 'Under construction',
  development: 'In development',
  'care-and-maintenance': 'Care and maintenance',
  closed: 'Closed',
  planned: 'Planned',
  cancelled: 'Cancelled',
  unknown: 'Not stated by the source',
};

/** Readable names of capacity products (what a plant's sourced capacity measures). */
export const PRODUCT_LABELS: Readonly<Record<CapacityProduct, string>> = {
  're-concentrate': 'rare-earth concentrate',
  'separated-reo': 'separated rare-earth oxides',
  're-metal': 'rare-earth metals and alloys',
  'ndfeb-magnet': 'NdFeB magnets',
  'spodumene-concentrate': 'spodumene concentrate',
  'lithium-carbonate': 'lithium carbonate',
  'lithium-hydroxide': 'lithium hydroxide',
  lce: 'lithium carbonate equivalent (LCE)',
  'cobalt-hydroxide': 'cobalt hydroxide',
  'cobalt-refined': 'refined cobalt (metal or chemicals)',
  pcam: 'cathode precursor (pCAM)',
  'nickel-mhp': 'mixed hydroxide/sulphide precipitate (nickel)',
  'nickel-matte': 'nickel matte',
  'nickel-pig-iron': 'nickel pig iron / ferronickel',
  'nickel-refined': 'refined nickel (metal or sulphate)',
  'graphite-concentrate': 'graphite concentrate',
  'spherical-graphite': 'spherical graphite',
  'anode-material': 'anode material',
  gallium: 'gallium',
  germanium: 'germanium',
  antimony: 'antimony products',
  'tungsten-concentrate': 'tungsten concentrate',
  apt: 'ammonium paratungstate (APT)',
  'manganese-ore': 'manganese ore',
  'manganese-sulphate': 'manganese sulphate',
  other: 'other products',
};
