import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasStore } from '../store/store';
import { selectShading } from '../store/selectors';
import { loadBasemap, type BasemapDetail } from './basemap-loader';
import { CORRIDOR_LAYER_IDS, DETAIL_ZOOM, SHADING_LAYER_IDS } from './style';
import type { RenderTracker } from './render-tracker';

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/**
 * Keeps MapLibre's own sources and paint in step with the store: Natural Earth levels (the
 * detailed one only once the reader zooms in), country shading, corridors and the selected one.
 */
export class BasemapSync {
  private readonly filled = new Set<BasemapDetail>();
  /** What was last handed to MapLibre (Placemark's `lastValues`): unchanged inputs are not resent. */
  private last: { corridors: unknown; selected: string | null | undefined } = {
    corridors: undefined,
    selected: undefined,
  };

  constructor(
    private readonly map: MapLibreMap,
    private readonly store: AtlasStore,
    private readonly tracker: RenderTracker,
  ) {}

  /** Re-applies everything after a style (re)load. */
  applyAll(): void {
    this.filled.clear();
    this.last = { corridors: undefined, selected: undefined };
    this.fillForZoom();
    this.applyShading();
    this.applyCorridors();
  }

  /** Loads the Natural Earth level the zoom needs, if not loaded yet. */
  fillForZoom(): void {
    this.fill('coarse');
    if (this.map.getZoom() >= DETAIL_ZOOM - 0.5) this.fill('detail');
  }

  private fill(detail: BasemapDetail): void {
    if (this.filled.has(detail)) return;
    this.filled.add(detail);
    this.tracker.loading(+1);
    loadBasemap(detail)
      .then((layers) => {
        this.store.getState().setSourceProblem('basemap', null);
        const suffix = detail === 'detail' ? '-detail' : '';
        void this.map.getSource<GeoJSONSource>(`countries${suffix}`)?.setData(layers.countries);
        void this.map.getSource<GeoJSONSource>(`borders${suffix}`)?.setData(layers.borders);
        if (detail === 'coarse')
          void this.map.getSource<GeoJSONSource>('labels')?.setData(layers.labels);
      })
      .catch((error: unknown) => {
        this.filled.delete(detail);
        this.store
          .getState()
          .setSourceProblem('basemap', `The basemap could not be loaded: ${String(error)}`);
      })
      .finally(() => this.tracker.loading(-1));
  }

  /** Paints countries by the chosen shading (bloc membership or a figure's share of the world). */
  applyShading(): void {
    const state = this.store.getState();
    const shading = selectShading(state);
    const numeric = new Map(state.countries.map((country) => [country.iso3, country.isoNumeric]));
    const pairs: string[] = [];
    for (const [iso3, colour] of shading?.colours ?? []) {
      const code = numeric.get(iso3);
      if (code) pairs.push(code, colour);
    }
    const colour: ExpressionSpecification | string =
      pairs.length > 0
        ? ([
            'match',
            ['coalesce', ['get', 'isoNumeric'], ''],
            ...pairs,
            TRANSPARENT,
          ] as unknown as ExpressionSpecification)
        : TRANSPARENT;
    // A transparent fill still costs a full pass over every country each frame (on software
    // WebGL about as much as the land itself), so without shading the layers are not drawn.
    const visibility = pairs.length > 0 ? 'visible' : 'none';
    for (const id of SHADING_LAYER_IDS) {
      if (!this.map.getLayer(id)) continue;
      this.map.setPaintProperty(id, 'fill-color', colour);
      this.map.setLayoutProperty(id, 'visibility', visibility);
    }
  }

  /**
   * Hands the corridors to MapLibre when they change, widens the selected one when the selection
   * changes, and shows or hides them through the layers' visibility (no data is resent for that).
   */
  applyCorridors(): void {
    const { corridors, selectedCorridorId, layers } = this.store.getState();
    if (corridors !== this.last.corridors) {
      void this.map.getSource<GeoJSONSource>('corridors')?.setData({
        type: 'FeatureCollection',
        features: [...corridors],
      });
      this.last.corridors = corridors;
    }
    const visibility = layers.corridors ? 'visible' : 'none';
    for (const id of CORRIDOR_LAYER_IDS) {
      if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', visibility);
    }
    if (selectedCorridorId !== this.last.selected && this.map.getLayer('corridor-lines')) {
      this.map.setPaintProperty('corridor-lines', 'line-width', [
        'case',
        ['==', ['get', 'id'], selectedCorridorId ?? ''],
        4,
        2,
      ]);
      this.last.selected = selectedCorridorId;
    }
  }
}
