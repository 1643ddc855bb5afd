import 'leaflet/dist/leaflet.css';
import * as L from 'leaflet';
import { isLithium, loadBasemap, loadSites, params, publish, WORLD_BOUNDS } from './common';
import { sizeMapBox } from './size';

/**
 * Leaflet with one canvas renderer: Natural Earth countries as canvas polygons and the sites as
 * canvas circle markers, re-filtered by swapping two prebuilt layer groups (all / lithium).
 * With `cpu=1` the harness makes every 2D canvas a CPU canvas (`willReadFrequently`).
 */
const container = document.getElementById('map') as HTMLElement;
sizeMapBox(container, params);
container.style.background = '#d6e4ee';
const renderer = L.canvas();
const map = L.map(container, {
  renderer,
  preferCanvas: true,
  zoomSnap: 0,
  zoomAnimation: false,
  fadeAnimation: false,
  markerZoomAnimation: false,
  attributionControl: false,
});
map.fitBounds(L.latLngBounds(WORLD_BOUNDS.map(([lng, lat]) => L.latLng(lat, lng))), {
  animate: false,
});

/** Resolves after the next animation frame, when Leaflet's requested canvas redraw has run. */
const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => resolve()));

void (async (): Promise<void> => {
  const [basemap, sites] = await Promise.all([loadBasemap(), loadSites()]);
  L.geoJSON(basemap.countries, {
    style: { color: '#a59e92', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  const marker = (site: (typeof sites.features)[number]): L.CircleMarker => {
    const [lng, lat] = site.geometry.coordinates;
    return L.circleMarker([lat ?? 0, lng ?? 0], {
      renderer,
      radius: 4,
      color: '#1f1f1f',
      weight: 1,
      fillColor: '#c0392b',
      fillOpacity: 1,
    });
  };
  const all = L.layerGroup(sites.features.map(marker));
  const lithium = L.layerGroup(sites.features.filter(isLithium).map(marker));
  all.addTo(map);
  await nextFrame();
  publish({
    filter: (on) => {
      map.removeLayer(on ? all : lithium);
      map.addLayer(on ? lithium : all);
      return nextFrame();
    },
    jump: (longitude, latitude, zoom) => {
      // Leaflet's zoom counts 256 px tiles, MapLibre's 512 px: one level apart.
      map.setView([latitude, longitude], zoom + 1, { animate: false });
      return nextFrame();
    },
  });
})();
