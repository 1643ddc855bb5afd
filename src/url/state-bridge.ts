import type { AtlasState, AtlasStore } from '../store/store';
import { LAYER_NAMES, roundCamera, type UrlState } from './codec';
import { layerVisibility } from '../domain/vocabulary';
import { joinWords } from '../domain/describe';

/** The link state of the app state: what a shared link must carry. */
export function urlStateOf(state: AtlasState): UrlState {
  const camera = state.camera;
  return {
    filters: state.filters,
    layers: LAYER_NAMES.filter((layer) => state.layers[layer]).sort(),
    shading: state.shading,
    figureYear: state.figureYear,
    colourBy: state.colourBy,
    site: state.selectedId,
    corridor: state.selectedCorridorId,
    embed: state.embed,
    embedOptions: state.embedOptions,
    camera: state.cameraMoved
      ? roundCamera({
          zoom: camera.zoom,
          latitude: camera.center[1],
          longitude: camera.center[0],
          bearing: camera.bearing,
          pitch: camera.pitch,
        })
      : null,
  };
}

/**
 * Applies a link's state to the store. Before the data is loaded, ids are taken as they are;
 * {@link reconcileWithData} later drops those the data does not have and says so.
 */
export function applyUrlState(store: AtlasStore, url: UrlState): void {
  const actions = store.getState();
  actions.setFilters(url.filters);
  actions.setLayers(layerVisibility(url.layers));
  actions.setShading(url.shading);
  actions.setFigureYear(url.figureYear);
  actions.setColourBy(url.colourBy);
  actions.select(url.site, 'list');
  actions.selectCorridor(url.corridor);
  actions.setEmbed(url.embed, url.embedOptions);
  if (url.camera) {
    actions.requestCamera({
      center: [url.camera.longitude, url.camera.latitude],
      zoom: url.camera.zoom,
      bearing: url.camera.bearing,
      pitch: url.camera.pitch,
    });
  }
}

/**
 * Once the data is in: removes what a link named that the data does not have (a site, a corridor,
 * minerals, blocs, countries), keeps the rest of the view, and says what could not be found.
 */
export function reconcileWithData(store: AtlasStore): void {
  const state = store.getState();
  const missing: string[] = [];
  const keep = (ids: readonly string[], known: (id: string) => boolean, kind: string): string[] => {
    const unknown = ids.filter((id) => !known(id));
    if (unknown.length > 0) missing.push(`${kind} ${joinWords(unknown.map((id) => `“${id}”`))}`);
    return ids.filter(known);
  };
  const { filters } = state;
  const blocIds = new Set(state.blocs.map((bloc) => bloc.id));
  const countries = new Set(state.countries.map((country) => country.iso3));
  const next = {
    ...filters,
    minerals: keep(filters.minerals, (id) => state.mineralsById.has(id), 'mineral'),
    blocs: keep(filters.blocs, (id) => blocIds.has(id), 'bloc'),
    countries: keep(filters.countries, (id) => countries.has(id), 'country'),
  };
  if (missing.length > 0) state.setFilters(next);
  if (
    state.selectedId &&
    !state.facilitiesById.has(state.selectedId) &&
    !state.selectedId.startsWith('usgs-pp1802-')
  ) {
    missing.push(`site “${state.selectedId}”`);
    state.select(null);
  }
  if (
    state.selectedCorridorId &&
    !state.corridors.some((corridor) => corridor.id === state.selectedCorridorId)
  ) {
    missing.push(`corridor “${state.selectedCorridorId}”`);
    state.selectCorridor(null);
  }
  if (missing.length > 0) {
    state.setNotices([
      `This link names things the current data does not have: ${missing.join('; ')}. The rest of the view is shown.`,
    ]);
  }
}
