import type { FeatureCollection } from 'geojson';
import type { Theme } from './theme';
import type {
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';

/** Font family shipped with the app (see main.ts); labels need no glyph server. */
export const LABEL_FONT = 'Noto Sans';

/** Zoom at which the detailed (1:50m) Natural Earth countries replace the coarse (1:110m) ones. */
export const DETAIL_ZOOM = 3;

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/**
 * The basemap style as a pure function of the theme. Sources start empty and are filled by the
 * map controller, so the style is cheap to rebuild on a theme change. There is no `glyphs` URL:
 * MapLibre draws labels from the local font with TinySDF, so no network is ever needed.
 */
export function buildStyle(theme: Theme): StyleSpecification {
  return {
    version: 8,
    name: `Critical Minerals Atlas ${theme.name}`,
    sources: {
      countries: { type: 'geojson', data: empty(), tolerance: 0.2 },
      'countries-detail': { type: 'geojson', data: empty(), tolerance: 0.3 },
      borders: { type: 'geojson', data: empty() },
      'borders-detail': { type: 'geojson', data: empty() },
      labels: { type: 'geojson', data: empty() },
      corridors: { type: 'geojson', data: empty() },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': theme.water } },
      ...bothLevels({
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': theme.land, 'fill-antialias': false },
      }),
      ...bothLevels({
        id: 'shading',
        type: 'fill',
        layout: { visibility: 'none' },
        source: 'countries',
        paint: { 'fill-color': TRANSPARENT, 'fill-opacity': 0.6 },
      }),
      ...bothLevels(
        {
          id: 'borders',
          type: 'line',
          source: 'borders',
          paint: { 'line-color': theme.border, 'line-width': 0.6 },
        },
        { 'line-color': theme.border, 'line-width': 0.8 },
      ),
      {
        id: 'corridor-areas',
        type: 'fill',
        source: 'corridors',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': theme.corridor, 'fill-opacity': 0.18 },
      },
      {
        id: 'corridor-lines',
        type: 'line',
        source: 'corridors',
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': theme.corridor, 'line-width': 2, 'line-dasharray': [2, 1.5] },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'labels',
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [LABEL_FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 5, 14],
          'text-max-width': 7,
          'symbol-sort-key': ['-', 0, ['get', 'rank']],
          'text-padding': 4,
        },
        paint: {
          'text-color': theme.label,
          'text-halo-color': theme.labelHalo,
          'text-halo-width': 1.2,
        },
      },
      corridorLabels(theme, 'corridor-labels-line', 'LineString', 'line'),
      corridorLabels(theme, 'corridor-labels-area', 'Polygon', 'point'),
    ],
  };
}

/** Corridor names: along lines for routes, inside areas for zones (placement cannot vary per feature). */
function corridorLabels(
  theme: Theme,
  id: string,
  geometry: 'LineString' | 'Polygon',
  placement: 'line' | 'point',
): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: 'corridors',
    minzoom: 2.5,
    filter: ['==', ['geometry-type'], geometry],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': 12,
      'symbol-placement': placement,
      'text-max-width': 10,
    },
    paint: {
      'text-color': theme.corridor,
      'text-halo-color': theme.labelHalo,
      'text-halo-width': 1.5,
    },
  };
}

/** Ids of the layers that draw corridors, for click handling. */
export const CORRIDOR_LAYER_IDS = ['corridor-areas', 'corridor-lines'];

/** Ids of the layers that shade countries. */
export const SHADING_LAYER_IDS = ['shading', 'shading-detail'];

/**
 * One layer for both Natural Earth levels: on `source` below DETAIL_ZOOM, and as `<id>-detail` on
 * `<source>-detail` from DETAIL_ZOOM up (with `detailPaint` when the detailed level draws finer).
 */
function bothLevels<T extends FillLayerSpecification | LineLayerSpecification>(
  layer: T,
  detailPaint?: T['paint'],
): T[] {
  const detail: T = {
    ...layer,
    id: `${layer.id}-detail`,
    source: `${layer.source}-detail`,
    minzoom: DETAIL_ZOOM,
  };
  if (detailPaint) detail.paint = detailPaint;
  return [{ ...layer, maxzoom: DETAIL_ZOOM }, detail];
}
