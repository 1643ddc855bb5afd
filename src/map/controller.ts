import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { exposeTestHooks } from './test-hooks';
import type { AtlasStore } from '../store/store';
import type { Facility } from '../store/data-slice';
import { buildStyle, DETAIL_ZOOM } from './style';
import { themeFor, type Theme } from './theme';
import { loadBasemap, type BasemapDetail } from './basemap-loader';
import { buildFacilityLayers } from './facility-layer';
import { buildIconAtlas, iconName, type IconAtlas } from './icon-atlas';
import { selectSelectedFacility, type AtlasState } from '../store/store';
import { displayMineral, displayStage } from '../symbols/symbology';
import { hasWebGL } from './webgl';
import { RenderTracker } from './render-tracker';

setWorkerUrl(workerUrl);

/** What the composition root can do with a mounted map. */
export interface MapHandle {
  destroy: () => void;
}

/** The inhabited world, framed when no camera was given in the link. */
const WORLD_BOUNDS: [[number, number], [number, number]] = [
  [-140, -50],
  [165, 70],
];

/** The icon of each facility for the current filters: stage shape × colour of its mineral group. */
function iconResolver(state: AtlasState): (facility: Facility) => string {
  const filtered = state.filters.minerals;
  return (facility) => {
    const properties = facility.properties;
    const mineral = displayMineral(
      properties.minerals,
      properties.critical,
      properties.primaryMineral,
      filtered,
    );
    const group = state.mineralsById.get(mineral)?.group ?? 'base-metals';
    return iconName(displayStage(properties.stages), group);
  };
}

/**
 * Mounts the map: MapLibre draws the offline Natural Earth basemap, a non-interleaved deck.gl
 * overlay draws the sites. This module and its siblings are the only code that imports
 * maplibre-gl or deck.gl; everything else talks to the map through the store.
 */
export function mountMap(container: HTMLElement, store: AtlasStore): MapHandle {
  if (!hasWebGL()) {
    store
      .getState()
      .setMapStatus('no-webgl', 'This browser cannot draw the map (WebGL is unavailable).');
    return { destroy: () => undefined };
  }
  const state = store.getState();
  let theme: Theme = themeFor(state.colorScheme);
  let atlas: IconAtlas = buildIconAtlas(theme.siteOutline);
  const map = new MapLibreMap({
    container,
    style: buildStyle(theme),
    ...(state.cameraFromLink
      ? {
          center: state.camera.center,
          zoom: state.camera.zoom,
          bearing: state.camera.bearing,
          pitch: state.camera.pitch,
        }
      : { bounds: WORLD_BOUNDS }),
    attributionControl: false,
    fadeDuration: 0,
    renderWorldCopies: true,
    maxPitch: 0,
    dragRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  const tracker = new RenderTracker(container);
  const overlay = new MapboxOverlay({
    interleaved: false,
    layers: [],
    onAfterRender: () => tracker.deckDrawn(),
    onHover: (info: PickingInfo<Facility>) => store.getState().hover(info.object?.id ?? null),
    onClick: (info: PickingInfo<Facility>) => store.getState().select(info.object?.id ?? null),
    getTooltip: (info: PickingInfo<Facility>) =>
      info.object ? { text: info.object.properties.name } : null,
  });
  map.addControl(overlay);
  tracker.watch(map);

  const filledDetails = new Set<BasemapDetail>();
  const fillBasemap = (detail: BasemapDetail): void => {
    if (filledDetails.has(detail)) return;
    filledDetails.add(detail);
    tracker.loading(+1);
    loadBasemap(detail)
      .then((layers) => {
        const suffix = detail === 'detail' ? '-detail' : '';
        void map.getSource<GeoJSONSource>(`countries${suffix}`)?.setData(layers.countries);
        void map.getSource<GeoJSONSource>(`borders${suffix}`)?.setData(layers.borders);
        if (detail === 'coarse')
          void map.getSource<GeoJSONSource>('labels')?.setData(layers.labels);
        tracker.loading(-1);
      })
      .catch((error: unknown) => {
        filledDetails.delete(detail);
        tracker.loading(-1);
        store.getState().setMapStatus('error', `The basemap could not be loaded: ${String(error)}`);
      });
  };
  const fillForZoom = (): void => {
    fillBasemap('coarse');
    if (map.getZoom() >= DETAIL_ZOOM - 0.5) fillBasemap('detail');
  };

  let layers: Layer[] = [];
  const renderLayers = (): void => {
    const current = store.getState();
    layers = buildFacilityLayers({
      facilities: current.facilities,
      passes: current.evaluation.passes,
      selected: selectSelectedFacility(current),
      theme,
      atlas,
      iconOf: iconResolver(current),
      iconKey: `${current.filters.minerals.join(',')}|${current.mineralsById.size}`,
    });
    overlay.setProps({ layers });
    tracker.deckPending();
    map.triggerRepaint();
  };

  map.on('load', () => {
    fillForZoom();
    renderLayers();
    store.getState().setMapStatus('ready');
  });
  map.on('zoomend', fillForZoom);
  map.on('moveend', () => {
    const center = map.getCenter();
    const bounds = map.getBounds();
    store.getState().setCamera(
      {
        center: [center.lng, center.lat],
        zoom: map.getZoom(),
        bearing: map.getBearing(),
        pitch: map.getPitch(),
      },
      [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
    );
  });
  map.on('webglcontextlost', () =>
    store.getState().setMapStatus('context-lost', 'The map lost its graphics context; restoring…'),
  );
  map.on('webglcontextrestored', () => {
    store.getState().setMapStatus('ready');
    renderLayers();
  });
  map.on('error', (event) => {
    console.warn('Map error', event.error);
  });

  const unsubscribers = [
    store.subscribe((current) => current.facilities, renderLayers),
    store.subscribe((current) => current.evaluation, renderLayers),
    store.subscribe((current) => current.selectedId, renderLayers),
    store.subscribe(
      (current) => current.selectedId,
      () => {
        const current = store.getState();
        const facility = selectSelectedFacility(current);
        if (!facility || current.selectionOrigin !== 'list') return;
        const target = { center: facility.geometry.coordinates, zoom: Math.max(map.getZoom(), 6) };
        if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) map.jumpTo(target);
        else map.flyTo({ ...target, duration: 1200 });
      },
    ),
    store.subscribe(
      (current) => current.colorScheme,
      (scheme) => {
        theme = themeFor(scheme);
        atlas = buildIconAtlas(theme.siteOutline);
        filledDetails.clear();
        map.setStyle(buildStyle(theme), { diff: false });
        map.once('styledata', () => {
          fillForZoom();
          renderLayers();
        });
      },
    ),
  ];

  exposeTestHooks(map, overlay, () => layers);

  return {
    destroy: () => {
      unsubscribers.forEach((unsubscribe) => unsubscribe());
      map.remove();
    },
  };
}
