import '@fontsource/noto-sans/latin-400.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { isLithium, loadBasemap, loadSites, params, publish, WORLD_BOUNDS } from './common';
import { sizeMapBox } from './size';

setWorkerUrl(workerUrl);

/**
 * MapLibre alone. `mode=floor`: the bare basemap (the benchmark's floor). `mode=maplibre`: plus
 * the sites as a native GeoJSON `circle` layer, re-filtered by `setFilter` or by `setData`.
 */
const container = document.getElementById('map') as HTMLElement;
sizeMapBox(container, params);
const withSites = params.get('mode') !== 'floor';
const map = new MapLibreMap({
  container,
  bounds: WORLD_BOUNDS,
  fadeDuration: 0,
  attributionControl: false,
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'water', type: 'background', paint: { 'background-color': '#d6e4ee' } }],
  },
});

const drawn = (): Promise<void> => new Promise((resolve) => map.once('idle', () => resolve()));

void (async (): Promise<void> => {
  const [basemap, sites] = await Promise.all([
    loadBasemap(),
    withSites ? loadSites() : Promise.resolve(null),
    new Promise((resolve) => map.once('load', resolve)),
  ]);
  map.addSource('countries', { type: 'geojson', data: basemap.countries, tolerance: 0.2 });
  map.addSource('borders', { type: 'geojson', data: basemap.borders });
  map.addSource('labels', { type: 'geojson', data: basemap.labels });
  map.addLayer({
    id: 'land',
    type: 'fill',
    source: 'countries',
    paint: { 'fill-color': '#f4f1ea' },
  });
  map.addLayer({
    id: 'borders',
    type: 'line',
    source: 'borders',
    paint: { 'line-color': '#a59e92', 'line-width': 0.6 },
  });
  map.addLayer({
    id: 'labels',
    type: 'symbol',
    source: 'labels',
    layout: {
      'text-field': ['get', 'name'],
      'text-font': ['Noto Sans'],
      'text-size': 11,
      'symbol-sort-key': ['-', ['get', 'rank']],
    },
    paint: { 'text-color': '#3b3a36', 'text-halo-color': '#f4f1ea', 'text-halo-width': 1 },
  });
  if (sites) {
    map.addSource('sites', { type: 'geojson', data: sites });
    map.addLayer({
      id: 'sites',
      type: 'circle',
      source: 'sites',
      paint: {
        'circle-radius': 4,
        'circle-color': '#c0392b',
        'circle-stroke-color': '#1f1f1f',
        'circle-stroke-width': 1,
      },
    });
  }
  await drawn();
  const source = map.getSource<GeoJSONSource>('sites');
  publish({
    filter: (on, method) => {
      const done = drawn();
      if (method === 'setData' && sites && source) {
        void source.setData(on ? { ...sites, features: sites.features.filter(isLithium) } : sites);
      } else {
        map.setFilter('sites', on ? ['in', 'lithium', ['get', 'minerals']] : null);
      }
      return done;
    },
    jump: (longitude, latitude, zoom) => {
      const done = drawn();
      map.jumpTo({ center: [longitude, latitude], zoom });
      return done;
    },
  });
})();
