import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAtlasStore } from '../store/store';
import { encodeSites } from '../domain/sites-file';
import { encodeFigures } from '../domain/figures-file';
import type { AtlasFeature, FacilityProperties } from '../domain/types';
import { loadAtlasData, loadDeposits } from './load';
import { facilityFixture } from '../domain/test-fixtures';
import { loadFacilityDetails } from './details';

function facility(
  id: string,
  extra: Partial<FacilityProperties> = {},
): AtlasFeature<FacilityProperties> {
  return facilityFixture(id, { groupNames: [`Other ${id}`], ...extra });
}

const FACILITIES = [facility('a', { note: 'Curated' }), facility('b'), facility('c')];
const FILES: Record<string, unknown> = {
  'data/sites.json': encodeSites(FACILITIES),
  'data/facilities.geojson': {
    type: 'FeatureCollection',
    features: [facility('zz'), ...[...FACILITIES].reverse()],
  },
  'data/blocs.json': [],
  'data/countries.json': { countries: [], figures: encodeFigures([]) },
  'data/minerals.json': [],
  'data/meta.json': { asOf: '2025-09' },
  'data/corridors.geojson': { type: 'FeatureCollection', features: [] },
};

/** Serves FILES (with `overrides`), counting requests per path. */
function serve(overrides: Record<string, unknown> = {}): Map<string, number> {
  const requests = new Map<string, number>();
  vi.stubGlobal('fetch', (path: string) => {
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const body = path in overrides ? overrides[path] : FILES[path];
    return Promise.resolve(
      body === undefined ? new Response('', { status: 404 }) : new Response(JSON.stringify(body)),
    );
  });
  return requests;
}

afterEach(() => vi.unstubAllGlobals());

describe('loading sites.json, then the details', () => {
  it('starts from sites.json alone, with no sources, other names or notes', async () => {
    const requests = serve();
    const store = createAtlasStore();
    await loadAtlasData(store);
    const state = store.getState();
    expect(state.dataStatus).toBe('ready');
    expect(requests.has('data/facilities.geojson')).toBe(false);
    expect(state.facilities.map((f) => f.id)).toEqual(['a', 'b', 'c']);
    expect(state.facilities[0]?.properties).toMatchObject({ sources: [], groupNames: [] });
    expect(state.facilities[0]?.properties).not.toHaveProperty('note');
    expect(state.detailsStatus).toBe('idle');
  });

  it('reports a malformed sites.json as a data error', async () => {
    serve({ 'data/sites.json': { ...encodeSites(FACILITIES), count: 4 } });
    const store = createAtlasStore();
    await loadAtlasData(store);
    expect(store.getState().dataStatus).toBe('error');
    expect(store.getState().dataError).toMatch(/sites\.json is not in the expected shape/);
  });

  it('merges the details by id, once, keeping order, index and evaluation', async () => {
    const requests = serve();
    const store = createAtlasStore();
    await loadAtlasData(store);
    const { index, evaluation, facilities } = store.getState();
    const first = loadFacilityDetails(store);
    expect(store.getState().detailsStatus).toBe('loading');
    expect(loadFacilityDetails(store), 'a second call joins the first').toBe(first);
    await first;
    await loadFacilityDetails(store);
    expect(requests.get('data/facilities.geojson')).toBe(1);
    const state = store.getState();
    expect(state.detailsStatus).toBe('ready');
    expect(state.facilities).not.toBe(facilities);
    expect(state.facilities.map((f) => f.id)).toEqual(['a', 'b', 'c']);
    expect(state.facilities.map((f) => f.properties)).toEqual(FACILITIES.map((f) => f.properties));
    expect(state.facilitiesById.get('b')).toBe(state.facilities[1]);
    expect(state.facilitiesById.has('zz')).toBe(false);
    expect(state.index).toBe(index);
    expect(state.evaluation).toBe(evaluation);
  });

  it('waits for the sites when the details arrive first', async () => {
    serve();
    const store = createAtlasStore();
    const details = loadFacilityDetails(store);
    await loadAtlasData(store);
    await details;
    expect(store.getState().detailsStatus).toBe('ready');
    expect(store.getState().facilities[2]?.properties.sources).toHaveLength(1);
  });

  it('reports a failed or malformed details file, and tries again on the next call', async () => {
    serve({ 'data/facilities.geojson': undefined });
    const store = createAtlasStore();
    await loadAtlasData(store);
    await loadFacilityDetails(store);
    expect(store.getState().detailsStatus).toBe('error');
    expect(store.getState().detailsError).toMatch(/facilities\.geojson answered 404/);
    serve({ 'data/facilities.geojson': { type: 'FeatureCollection', features: [{ id: 'a' }] } });
    await loadFacilityDetails(store);
    expect(store.getState().detailsError).toMatch(/not in the expected shape/);
    expect(store.getState().facilities[0]?.properties.sources).toEqual([]);
    serve();
    await loadFacilityDetails(store);
    expect(store.getState().detailsStatus).toBe('ready');
  });
});

describe('one status per data source', () => {
  it('says when corridors.geojson is malformed instead of dropping it silently', async () => {
    serve({ 'data/corridors.geojson': { type: 'FeatureCollection', features: 'nope' } });
    const store = createAtlasStore();
    await loadAtlasData(store);
    expect(store.getState().dataStatus).toBe('ready');
    expect(store.getState().sourceProblems.corridors).toMatch(/corridors could not be read/);
    expect(store.getState().mapStatus).toBe('starting');
  });

  it('clears a deposits failure once a retry loads them, and leaves the other sources alone', async () => {
    serve({ 'data/deposits.geojson': undefined });
    const store = createAtlasStore();
    store.getState().setSourceProblem('basemap', 'The basemap could not be loaded');
    await loadDeposits(store);
    expect(store.getState().sourceProblems.deposits).toMatch(/deposits could not be loaded/);
    serve({ 'data/deposits.geojson': { type: 'FeatureCollection', features: [] } });
    await loadDeposits(store);
    expect(store.getState().deposits).toEqual([]);
    expect(store.getState().sourceProblems).toEqual({
      basemap: 'The basemap could not be loaded',
    });
  });
});
