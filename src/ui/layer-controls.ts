import type { AtlasStore } from '../store/store';
import { COUNTRY_SHADINGS, type CountryShading, type LayerVisibility } from '../store/layer-slice';
import { element } from './dom';

const LAYER_LABELS: Record<keyof LayerVisibility, string> = {
  facilities: 'Facilities (mines, smelters, refineries, plants)',
  deposits: 'Deposits and districts (USGS)',
  corridors: 'Corridors',
};

const SHADING_LABELS: Record<CountryShading, string> = {
  none: 'No shading',
  blocs: 'Membership of the selected blocs',
  reserves: 'Reserves of the first selected mineral',
  'mine-production': 'Mine production of the first selected mineral',
  'refinery-production': 'Refinery production of the first selected mineral',
};

/** Checkboxes to switch layers on and off, and radios for what countries are shaded by. */
export function mountLayerControls(node: HTMLElement, store: AtlasStore): () => void {
  const boxes = (Object.keys(LAYER_LABELS) as (keyof LayerVisibility)[]).map((layer) => {
    const input = element('input', { attributes: { type: 'checkbox' } });
    input.addEventListener('change', () => store.getState().setLayer(layer, input.checked));
    return {
      layer,
      input,
      row: element('label', {}, [input, element('span', { text: LAYER_LABELS[layer] })]),
    };
  });
  const radios = COUNTRY_SHADINGS.map((shading) => {
    const input = element('input', {
      attributes: { type: 'radio', name: 'country-shading', value: shading },
    });
    input.addEventListener('change', () => {
      if (input.checked) store.getState().setShading(shading);
    });
    return {
      shading,
      input,
      row: element('label', {}, [input, element('span', { text: SHADING_LABELS[shading] })]),
    };
  });
  const colourings = (['mineral', 'owner'] as const).map((value) => {
    const input = element('input', { attributes: { type: 'radio', name: 'colour-by', value } });
    input.addEventListener('change', () => {
      if (input.checked) store.getState().setColourBy(value);
    });
    const text = value === 'mineral' ? 'Mineral group' : 'Owner’s home country (where sourced)';
    return { value, input, row: element('label', {}, [input, element('span', { text })]) };
  });
  node.replaceChildren(
    element('fieldset', { className: 'filter-group' }, [
      element('legend', { text: 'Layers' }),
      ...boxes.map(({ row }) => row),
      element('fieldset', { className: 'radio-group' }, [
        element('legend', { text: 'Colour sites by' }),
        ...colourings.map(({ row }) => row),
      ]),
      element('fieldset', { className: 'radio-group' }, [
        element('legend', { text: 'Shade countries by' }),
        ...radios.map(({ row }) => row),
      ]),
    ]),
  );
  const sync = (): void => {
    const { layers, shading, colourBy } = store.getState();
    colourings.forEach(({ value, input }) => (input.checked = value === colourBy));
    boxes.forEach(({ layer, input }) => (input.checked = layers[layer]));
    radios.forEach(({ shading: value, input }) => (input.checked = value === shading));
  };
  sync();
  const unsubscribers = [
    store.subscribe((state) => state.layers, sync),
    store.subscribe((state) => state.shading, sync),
    store.subscribe((state) => state.colourBy, sync),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
