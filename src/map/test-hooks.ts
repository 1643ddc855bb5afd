import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { Facility } from '../store/data-slice';
import { FACILITY_LAYER_ID } from './facility-layer';
import { CORRIDOR_LAYER_IDS } from './style';
import { isFilteredData, pickedRecord } from './filtered-data';

interface FilteredLayerProps {
  data: unknown;
  visible: boolean;
  filterRange: [number, number];
}

/** The facilities the facilities layer draws: its records run through its own GPU filter values. */
function drawnFacilities(layers: readonly Layer[]): Facility[] {
  const layer = layers.find((candidate) => candidate.id === FACILITY_LAYER_ID);
  if (!layer) return [];
  const props = layer.props as unknown as FilteredLayerProps;
  if (!props.visible || !isFilteredData(props.data)) return [];
  const [low, high] = props.filterRange;
  const values = props.data.attributes.getFilterValue.value;
  return (props.data.records as readonly Facility[]).filter((_facility, index) => {
    const value = values[index] ?? Number.NaN;
    return value >= low && value <= high;
  });
}

/** The hooks on `window.atlasMap` (the one type the end-to-end specs use). */
export interface AtlasMapHooks {
  /** Ids of the sites the facilities layer draws (those its GPU filter lets through). */
  renderedSiteIds: () => string[];
  /** Drawn sites inside the viewport, with their screen positions in CSS pixels. */
  visibleSites: () => { id: string; x: number; y: number }[];
  /** The site id deck.gl picks at a screen position (uses the GPU picking buffer). */
  pickSiteAt: (x: number, y: number) => string | null;
  /** Country names MapLibre actually placed on screen (after label collision). */
  renderedLabels: () => string[];
  /** Ids of the corridors MapLibre draws on screen. */
  renderedCorridorIds: () => string[];
  /** Moves the camera without animation. */
  jumpTo: (longitude: number, latitude: number, zoom: number) => void;
}

/**
 * Read-only hooks for end-to-end tests and analysts' consoles, on `window.atlasMap`: what the
 * layers draw, where, and what the GPU picks. They read the layers handed to deck.gl, not the store,
 * so a test of them checks what the map was actually told to draw.
 */
export function exposeTestHooks(
  map: MapLibreMap,
  overlay: MapLibreOverlay,
  layers: () => readonly Layer[],
): void {
  const hooks: AtlasMapHooks = {
    /** Ids of the sites the facilities layer draws (those its GPU filter lets through). */
    renderedSiteIds: (): string[] => drawnFacilities(layers()).map((facility) => facility.id),
    /** Drawn sites inside the viewport, with their screen positions in CSS pixels. */
    visibleSites: (): { id: string; x: number; y: number }[] => {
      const { clientWidth: width, clientHeight: height } = map.getContainer();
      return drawnFacilities(layers())
        .map((facility) => {
          const point = map.project(facility.geometry.coordinates);
          return { id: facility.id, x: point.x, y: point.y };
        })
        .filter(({ x, y }) => x >= 0 && y >= 0 && x < width && y < height);
    },
    /** The site id deck.gl picks at a screen position (uses the GPU picking buffer). */
    pickSiteAt: (x: number, y: number): string | null => {
      const info: PickingInfo | null = overlay.pickObject({
        x,
        y,
        radius: 4,
        layerIds: [FACILITY_LAYER_ID],
      });
      const picked = (info ? pickedRecord(info) : undefined) as Facility | undefined;
      return picked?.id ?? null;
    },
    /** Country names MapLibre actually placed on screen (after label collision). */
    renderedLabels: (): string[] =>
      map
        .queryRenderedFeatures({ layers: ['country-labels'] })
        .map((feature) => String(feature.properties.name)),
    /** Ids of the corridors MapLibre draws on screen. */
    renderedCorridorIds: (): string[] => [
      ...new Set(
        map
          .queryRenderedFeatures({ layers: CORRIDOR_LAYER_IDS })
          .map((feature) => String(feature.properties.id)),
      ),
    ],
    /** Moves the camera without animation. */
    jumpTo: (longitude: number, latitude: number, zoom: number): void => {
      map.jumpTo({ center: [longitude, latitude], zoom });
    },
  };
  Object.defineProperty(window, 'atlasMap', { value: Object.freeze(hooks), configurable: true });
}
