import {
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type MapMouseEvent,
} from 'maplibre-gl';
import { embedPolicy } from '../embed/policy';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { AtlasState, AtlasStore } from '../store/store';
import type { Camera } from '../store/view-slice';
import { selectSelectedFacility } from '../store/store';
import { buildStyle, CORRIDOR_LAYER_IDS } from './style';
import { themeFor, type Theme } from './theme';
import { buildIconAtlas, type IconAtlas } from './icon-atlas';
import { buildOverlayLayers } from './overlay-layers';
import { BasemapSync } from './basemap-sync';
import { loadBasemap } from './basemap-loader';
import { FACILITY_LAYER_ID } from './facility-layer';
import { DEPOSIT_LAYER_ID } from './deposit-layer';
import { isContextLost, markLost } from './context-loss';
import { RenderTracker } from './render-tracker';
import { exposeTestHooks } from './test-hooks';
import { takeSnapshot } from './snapshot';
import { pickedRecord } from './filtered-data';

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

interface Identified {
  id: string;
  properties: { name: string };
}

/** Ids of the distinct sites and deposits deck.gl finds around a point, nearest first. */
function pickAround(overlay: MapLibreOverlay, x: number, y: number): string[] {
  const infos: PickingInfo[] = overlay.pickMultipleObjects({
    x,
    y,
    radius: 6,
    depth: 20,
    layerIds: [FACILITY_LAYER_ID, DEPOSIT_LAYER_ID],
  });
  return [
    ...new Set(infos.flatMap((info) => (pickedRecord(info) as Identified | undefined)?.id ?? [])),
  ];
}

/**
 * Mounts the map: MapLibre draws the offline Natural Earth basemap, country shading and
 * corridors; an interleaved deck.gl overlay draws deposits and sites into MapLibre's own WebGL
 * context (one canvas, one context). This folder is the only code that imports maplibre-gl or
 * deck.gl; everything else talks to the map through the store.
 *
 * When the browser restores a lost context, the map is mounted afresh from the store (see
 * `context-loss.ts` for why deck.gl cannot be revived in place).
 */
export function mountMap(container: HTMLElement, store: AtlasStore): MapHandle {
  const unavailable = (): MapHandle => {
    container.replaceChildren();
    store
      .getState()
      .setMapStatus('no-webgl', 'This browser cannot draw the map (WebGL is unavailable).');
    return { destroy: () => undefined };
  };
  // No throwaway test context (creating one costs ~100 ms on software WebGL): MapLibre's
  // constructor throws when it cannot get a WebGL2 context, and that is the test.
  if (typeof WebGL2RenderingContext === 'undefined') return unavailable();
  // The coarse basemap is fetched and converted while MapLibre and the data start up, not after
  // the map's `load` event (BasemapSync then takes the same promise).
  void loadBasemap('coarse').catch(() => undefined);
  let current: MapHandle;
  const remount = (): void => {
    current.destroy();
    current = mountOnce(container, store, store.getState().camera, remount);
    store.getState().setMapStatus('ready');
  };
  try {
    current = mountOnce(container, store, store.getState().cameraRequest?.camera, remount);
  } catch (error) {
    console.warn('The map could not start', error);
    return unavailable();
  }
  return { destroy: () => current.destroy() };
}

function mountOnce(
  container: HTMLElement,
  store: AtlasStore,
  camera: Camera | undefined,
  onContextRestored: () => void,
): MapHandle {
  const state = store.getState();
  let theme: Theme = themeFor(state.colorScheme);
  let atlas: IconAtlas = buildIconAtlas(theme.siteOutline);
  const policy = embedPolicy(state.embed, state.embedOptions);
  const map = new MapLibreMap({
    container,
    style: buildStyle(theme),
    ...(camera
      ? { center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch }
      : { bounds: WORLD_BOUNDS }),
    attributionControl: false,
    cooperativeGestures: policy.cooperativeGestures,
    fadeDuration: 0,
    maxPitch: 0,
    dragRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  if (policy.showControls)
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  const tracker = new RenderTracker(container);
  const overlay = new MapLibreOverlay({
    interleaved: true,
    layers: [],
    onAfterRender: () => tracker.deckDrawn(),
    getTooltip: (info: PickingInfo) => {
      const object = pickedRecord(info) as Identified | undefined;
      return object ? { text: object.properties.name } : null;
    },
    getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
  });
  map.addControl(overlay);
  tracker.watch(map);
  const basemap = new BasemapSync(map, store, tracker);

  let layers: Layer[] = [];
  // deck.gl gets its layers only once the basemap is drawn: on software WebGL every basemap
  // frame that also draws the sites costs several times more, and start-up draws many of them.
  let basemapDrawn = false;
  const renderLayers = (): void => {
    tracker.deckPending();
    if (!basemapDrawn) return;
    layers = buildOverlayLayers(store.getState(), theme, atlas);
    overlay.setProps({ layers });
    map.triggerRepaint();
  };
  tracker.whenBasemapDrawn(() => {
    basemapDrawn = true;
    renderLayers();
  });

  const handleClick = (event: MapMouseEvent): void => {
    if (isContextLost(map)) return;
    const actions = store.getState();
    const ids = pickAround(overlay, event.point.x, event.point.y);
    if (ids.length === 1) {
      actions.select(ids[0] ?? null);
      return;
    }
    if (ids.length > 1) {
      actions.openPicker(ids);
      return;
    }
    const corridor = map.queryRenderedFeatures(event.point, { layers: CORRIDOR_LAYER_IDS })[0];
    actions.selectCorridor(corridor ? String(corridor.properties.id) : null);
    actions.select(null);
  };

  map.on('load', () => {
    basemap.applyAll();
    renderLayers();
    store.getState().setMapStatus('ready');
  });
  map.on('click', handleClick);
  map.on('zoomend', () => basemap.fillForZoom());
  const publishCamera = (): void => {
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
  };
  map.on('load', publishCamera);
  map.on('moveend', (event: { originalEvent?: unknown }) => {
    if (event.originalEvent || map.loaded()) store.getState().markCameraMoved();
    publishCamera();
  });
  map.on('webglcontextlost', () => {
    // Nothing is drawn until the context is back, so the map counts as busy until then.
    if (markLost(map)) tracker.loading(1);
    store
      .getState()
      .setMapStatus(
        'context-lost',
        'The map lost its graphics context and will redraw when the browser restores it. Filters and the site list still work.',
      );
  });
  map.on('webglcontextrestored', () => {
    // deck.gl cannot revive its GPU state in a restored context: mount a fresh map after this
    // event has finished dispatching (the tracker stays busy until the new map is drawn).
    setTimeout(onContextRestored, 0);
  });
  map.on('error', (event) => console.warn('Map error', event.error));

  const flyToSelection = (): void => {
    const current = store.getState();
    const facility = selectSelectedFacility(current);
    if (!facility || current.selectionOrigin !== 'list') return;
    const target = { center: facility.geometry.coordinates, zoom: Math.max(map.getZoom(), 6) };
    store.getState().markCameraMoved();
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) map.jumpTo(target);
    else map.flyTo({ ...target, duration: 1200 });
  };

  const whenStyleReady = (apply: () => void) => () => {
    if (map.isStyleLoaded()) apply();
  };
  /** Calls `apply` when the selected store value changes (arrays compare part by part). */
  const bind = <T>(select: (state: AtlasState) => T, apply: (value: T) => void): (() => void) =>
    store.subscribe(select, apply, { equalityFn: sameParts });
  const unsubscribers = [
    bind(
      (s) => [s.facilities, s.deposits, s.evaluation, s.layers, s.colourBy, s.selectedId],
      renderLayers,
    ),
    bind((s) => s.selectedId, flyToSelection),
    bind(
      (s) => s.snapshotRequest,
      (request) => {
        if (!request) return;
        takeSnapshot(map, container, request)
          .then((url) => store.getState().setSnapshot({ serial: request.serial, url }))
          .catch((error: unknown) => console.warn('Snapshot failed', error));
      },
    ),
    bind(
      (s) => s.cameraRequest,
      (request) => {
        if (!request) return;
        const { center, zoom, bearing, pitch } = request.camera;
        map.jumpTo({ center, zoom, bearing, pitch });
      },
    ),
    bind(
      (s) => [s.shading, s.filters, s.figures, s.figureYear],
      whenStyleReady(() => basemap.applyShading()),
    ),
    bind(
      (s) => [s.corridors, s.selectedCorridorId, s.layers.corridors],
      whenStyleReady(() => basemap.applyCorridors()),
    ),
    bind(
      (s) => s.colorScheme,
      (scheme) => {
        theme = themeFor(scheme);
        atlas = buildIconAtlas(theme.siteOutline);
        map.setStyle(buildStyle(theme), { diff: false });
        map.once('style.load', () => {
          basemap.applyAll();
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

/** Equal when the same value, or arrays of the same values in order. */
function sameParts(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
  return Object.is(a, b);
}
