import { ScatterplotLayer } from '@deck.gl/layers';
import type { Facility } from '../store/data-slice';
import type { Theme } from './theme';

/** Stable id of the facilities layer: never changes, so deck keeps its GPU buffers. */
export const FACILITY_LAYER_ID = 'facilities';

/** An RGBA colour for deck.gl. */
export type Color = [number, number, number, number];

/** Inputs of the facilities layer; the controller rebuilds the layer only when one changes. */
export interface FacilityLayerInput {
  facilities: readonly Facility[];
  selectedId: string | null;
  theme: Theme;
  colorOf: (facility: Facility) => Color;
}

/** Parses `#rrggbb` into an opaque deck.gl colour. */
export function hexToColor(hex: string, alpha = 255): Color {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, alpha];
}

/** Builds the facilities point layer (pure: same input, same layer props). */
export function buildFacilityLayer(input: FacilityLayerInput): ScatterplotLayer<Facility> {
  const outline = hexToColor(input.theme.siteOutline, 200);
  const selection = hexToColor(input.theme.selection);
  return new ScatterplotLayer<Facility>({
    id: FACILITY_LAYER_ID,
    data: input.facilities,
    pickable: true,
    stroked: true,
    filled: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (facility) => facility.geometry.coordinates,
    getRadius: (facility) => (facility.id === input.selectedId ? 8 : 4.5),
    getFillColor: input.colorOf,
    getLineColor: (facility) => (facility.id === input.selectedId ? selection : outline),
    getLineWidth: (facility) => (facility.id === input.selectedId ? 2.5 : 0.75),
    updateTriggers: {
      getRadius: input.selectedId,
      getLineColor: [input.selectedId, input.theme.name],
      getLineWidth: input.selectedId,
      getFillColor: input.colorOf,
    },
  });
}
