import { describe, expect, it, vi } from 'vitest';
import { createAtlasStore } from './store';
import { NO_FILTERS } from '../domain/filters';
import { facilityFixture } from '../domain/test-fixtures';
import { DEFAULT_LAYER_NAMES, layerVisibility } from '../domain/vocabulary';
import type { AtlasData } from './data-slice';

/** Three sites: a lithium mine, a refinery where cobalt is a by-product, a Chinese-owned mine. */
const DATA: AtlasData = {
  facilities: [
    facilityFixture('a'),
    facilityFixture('b', {
      stages: ['refinery'],
      minerals: ['nickel', 'cobalt'],
      mineralRoles: ['primary', 'by-product'],
      primaryMineral: 'nickel',
      critical: ['nickel', 'cobalt'],
    }),
    facilityFixture('c', { country: 'COD', owners: [{ name: 'X', country: 'CHN', share: 80 }] }),
  ],
  blocs: [],
  countries: [],
  figures: [],
  minerals: [],
  meta: null,
};

/** A fresh store with the data loaded (each test gets its own, as zustand's tests do). */
function loadedStore() {
  const store = createAtlasStore();
  store.getState().setData(DATA);
  return store;
}

describe('the store', () => {
  it('starts with the layers a link that names none shows', () => {
    expect(createAtlasStore().getState().layers).toEqual(layerVisibility(DEFAULT_LAYER_NAMES));
  });

  it('setFilters recomputes the evaluation and leaves the index alone', () => {
    const store = loadedStore();
    const index = store.getState().index;
    const onIndex = vi.fn();
    store.subscribe((state) => state.index, onIndex);
    store.getState().setFilters({ ...NO_FILTERS, minerals: ['cobalt'] });
    expect(store.getState().evaluation.shown).toBe(0);
    store.getState().setFilters({ ...NO_FILTERS, minerals: ['cobalt'], byproducts: true });
    expect([...store.getState().evaluation.passes]).toEqual([0, 1, 0]);
    expect(store.getState().index).toBe(index);
    expect(onIndex).not.toHaveBeenCalled();
  });

  it('resetFilters shows every site again', () => {
    const store = loadedStore();
    store.getState().setFilters({ ...NO_FILTERS, countries: ['COD'] });
    expect(store.getState().evaluation.shown).toBe(1);
    store.getState().resetFilters();
    expect(store.getState().evaluation.shown).toBe(3);
  });

  it('setDetails merges details by id and keeps the index and the evaluation', () => {
    const store = loadedStore();
    store.getState().setFilters({ ...NO_FILTERS, minerals: ['lithium'] });
    const { index, evaluation } = store.getState();
    store.getState().setDetails([
      {
        type: 'Feature',
        id: 'a',
        geometry: { type: 'Point', coordinates: [0, 0] },
        properties: { sources: [], groupNames: ['Other name'], locationNote: 'Town point' },
      },
    ]);
    const state = store.getState();
    expect(state.facilitiesById.get('a')?.properties.locationNote).toBe('Town point');
    expect(state.detailsStatus).toBe('ready');
    expect(state.index).toBe(index);
    expect(state.evaluation).toBe(evaluation);
  });
});
