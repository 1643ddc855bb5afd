import { IconLayer, ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { Facility } from '../store/data-slice';
import type { IconAtlas } from './icon-atlas';
import { filteredData, sameRecords } from './filtered-data';
import type { Theme } from './theme';

/** Stable id of the facilities layer: never changes, so deck keeps its GPU buffers. */
export const FACILITY_LAYER_ID = 'facilities';

/** Stable id of the ring around the selected site. */
export const SELECTION_LAYER_ID = 'selection';

/** An RGBA colour for deck.gl. */
export type Color = [number, number, number, number];

/** Inputs of the facilities layers; each identity change is what triggers GPU work. */
export interface FacilityLayerInput {
  facilities: readonly Facility[];
  /** 1 for shown sites, 0 for filtered-out ones, in `facilities` order. */
  passes: Uint8Array;
  visible: boolean;
  selected: Facility | undefined;
  theme: Theme;
  atlas: IconAtlas;
  /** Icon name of a facility (stage shape × mineral-group colour). */
  iconOf: (facility: Facility) => string;
  /** Changes whenever `iconOf` would answer differently. */
  iconKey: string;
}

/** Parses `#rrggbb` into a deck.gl colour. */
export function hexToColor(hex: string, alpha = 255): Color {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, alpha];
}

const filterExtension = new DataFilterExtension({ filterSize: 1 });

/**
 * The facilities as icons filtered on the GPU: the filter only replaces one small binary
 * attribute (`passes`), never the positions or icons, and the layer id and records stay the same.
 */
export function buildFacilityLayers(input: FacilityLayerInput): Layer[] {
  const icons = new IconLayer<Facility, DataFilterExtensionProps<Facility>>({
    id: FACILITY_LAYER_ID,
    data: filteredData(input.facilities, input.passes),
    dataComparator: sameRecords,
    visible: input.visible,
    pickable: true,
    iconAtlas: input.atlas.image as unknown as string,
    iconMapping: input.atlas.mapping,
    getIcon: input.iconOf,
    getPosition: (facility) => facility.geometry.coordinates,
    getSize: (facility) => (facility.properties.capacity ? 17 : 12),
    sizeUnits: 'pixels',
    alphaCutoff: 0.2,
    extensions: [filterExtension],
    filterRange: [0.5, 1.5],
    updateTriggers: { getIcon: input.iconKey },
  });
  const selected = input.selected;
  // The ring exists only while a site is selected: an empty layer would still compile its shaders
  // at start-up, which costs hundreds of milliseconds on software WebGL.
  if (!selected) return [icons];
  const ring = new ScatterplotLayer<Facility>({
    id: SELECTION_LAYER_ID,
    data: [selected],
    stroked: true,
    filled: false,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getRadius: 13,
    getLineWidth: 3,
    getLineColor: hexToColor(input.theme.selection),
    getPosition: (facility) => facility.geometry.coordinates,
  });
  return [icons, ring];
}
