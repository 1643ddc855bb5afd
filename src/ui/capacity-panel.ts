import type { AtlasStore, AtlasState } from '../store/store';
import { selectShownFacilities } from '../store/store';
import {
  capacityRollup,
  productsOf,
  UNATTRIBUTED,
  type CapacityRollup,
  type CapacityShare,
} from '../domain/capacity';
import type { CapacityProduct } from '../domain/vocabulary';
import { element } from './dom';
import { PRODUCT_LABELS } from './labels';

const TOP = 8;

function tonnes(value: number): string {
  return `${Math.round(value).toLocaleString('en')} t/yr`;
}

function shareTable(
  caption: string,
  shares: readonly CapacityShare[],
  name: (country: string) => string,
): HTMLTableElement {
  const shown = shares.slice(0, TOP);
  const rest = shares.slice(TOP);
  const rows = shown.map((share) => [name(share.country), share.value, share.percent] as const);
  if (rest.length > 0) {
    rows.push([
      `${rest.length} others`,
      rest.reduce((sum, s) => sum + s.value, 0),
      rest.reduce((sum, s) => sum + s.percent, 0),
    ]);
  }
  return element('table', { className: 'share-table' }, [
    element('caption', { text: caption }),
    element('thead', {}, [
      element('tr', {}, [
        element('th', { text: 'Country', attributes: { scope: 'col' } }),
        element('th', { text: 'Capacity', attributes: { scope: 'col' } }),
        element('th', { text: 'Share', attributes: { scope: 'col' } }),
      ]),
    ]),
    element(
      'tbody',
      {},
      rows.map(([country, value, percent]) =>
        element('tr', {}, [
          element('th', { text: country, attributes: { scope: 'row' } }),
          element('td', { text: tonnes(value) }),
          element('td', { text: `${Math.round(percent)}%` }),
        ]),
      ),
    ),
  ]);
}

function summaryText(rollup: CapacityRollup, mineralLabel: string): string {
  const missing = rollup.plants - rollup.withFigure;
  return `Sourced capacity of ${rollup.withFigure} ${mineralLabel.toLowerCase()} plants shown on this map: ${tonnes(rollup.total)} of ${PRODUCT_LABELS[rollup.product]}. ${missing} of the ${rollup.plants} ${mineralLabel.toLowerCase()} plants shown have no figure for this product. This is not world capacity.`;
}

/**
 * "Who holds the processing capacity": for the first selected mineral and a product the reader
 * picks, the sourced capacities of the plants shown on the map, added up by the plant's country
 * and by its owners' home countries (split by sourced shares).
 */
export function mountCapacityPanel(node: HTMLElement, store: AtlasStore): () => void {
  let chosen: CapacityProduct | null = null;
  const render = (): void => {
    const state: AtlasState = store.getState();
    const heading = element('h2', { text: 'Who holds the processing capacity' });
    const mineral = state.filters.minerals[0];
    if (state.dataStatus !== 'ready' || mineral === undefined) {
      node.replaceChildren(
        heading,
        element('p', {
          className: 'legend-note',
          text: 'Select a mineral under “Mineral” to add up the sourced capacity of its plants on the map, by country and by owners’ home country.',
        }),
      );
      return;
    }
    const label = state.mineralsById.get(mineral)?.label ?? mineral;
    const sites = selectShownFacilities(state).map((facility) => facility.properties);
    const products = productsOf(sites, mineral);
    const product = chosen !== null && products.includes(chosen) ? chosen : products[0];
    if (product === undefined) {
      node.replaceChildren(
        heading,
        element('p', {
          className: 'legend-note',
          text: `No ${label.toLowerCase()} plant shown on the map has a sourced capacity in tonnes per year.`,
        }),
      );
      return;
    }
    const select = element('select', { attributes: { id: 'capacity-product' } });
    for (const option of products) {
      const item = element('option', {
        text: PRODUCT_LABELS[option],
        attributes: { value: option },
      });
      item.selected = option === product;
      select.append(item);
    }
    select.addEventListener('change', () => {
      chosen = select.value as CapacityProduct;
      render();
    });
    const rollup = capacityRollup(sites, mineral, product);
    const name = (country: string): string =>
      country === UNATTRIBUTED
        ? 'Not attributed (owners or shares not sourced)'
        : (state.countryNames.get(country) ?? country);
    node.replaceChildren(
      heading,
      element('label', { className: 'capacity-product', attributes: { for: 'capacity-product' } }, [
        element('span', { text: `${label} product ` }),
      ]),
      select,
      element('p', { className: 'legend-note', text: summaryText(rollup, label) }),
      shareTable('By where the plants are', rollup.byLocation, name),
      shareTable('By the owners’ home countries', rollup.byOwner, name),
    );
  };
  render();
  const unsubscribers = [
    store.subscribe((state) => state.evaluation, render),
    store.subscribe((state) => state.dataStatus, render),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
