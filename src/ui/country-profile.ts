import type { AtlasStore } from '../store/store';
import { figuresOf, membershipsOf } from '../domain/country-profile';
import { element } from './dom';

const MEASURE_LABELS = {
  reserves: 'Reserves',
  'mine-production': 'Mine production',
  'refinery-production': 'Refining',
} as const;

/**
 * When exactly one country is selected (e.g. the India view): its bloc memberships with dates and
 * roles, and its sourced reserves and production with shares of the world. Imports are not in the
 * atlas's data, and the panel says so rather than showing a number.
 */
export function mountCountryProfile(node: HTMLElement, store: AtlasStore): () => void {
  const render = (): void => {
    const state = store.getState();
    const [iso3, ...others] = state.filters.countries;
    node.hidden = !iso3 || others.length > 0;
    if (!iso3 || others.length > 0) {
      node.replaceChildren();
      return;
    }
    const name = state.countryNames.get(iso3) ?? iso3;
    const memberships = membershipsOf(state.blocs, iso3);
    const figures = figuresOf(state.figures, iso3);
    node.replaceChildren(
      element('h2', { text: `${name}: blocs and figures` }),
      element('h3', { text: 'Bloc memberships' }),
      memberships.length > 0
        ? element(
            'ul',
            { className: 'memberships' },
            memberships.map((entry) =>
              element('li', {
                text: `${entry.bloc} — ${entry.role}${entry.joined ? `, since ${entry.joined}` : ', date not sourced'}`,
              }),
            ),
          )
        : element('p', { className: 'legend-note', text: 'Member of none of the mapped blocs.' }),
      element('table', { className: 'share-table' }, [
        element('caption', { text: `${name}: reserves and production (USGS MCS 2026, MCS 2025)` }),
        element('thead', {}, [
          element(
            'tr',
            {},
            ['Mineral', 'Measure', 'Value', 'World share'].map((text) =>
              element('th', { text, attributes: { scope: 'col' } }),
            ),
          ),
        ]),
        element(
          'tbody',
          {},
          figures.map((row) =>
            element('tr', {}, [
              element('th', {
                text: `${state.mineralsById.get(row.mineral)?.label ?? row.mineral}${row.part ? ` (${row.part})` : ''}`,
                attributes: { scope: 'row' },
              }),
              element('td', {
                text: `${MEASURE_LABELS[row.measure]}, ${row.year}${row.estimated ? 'e' : ''}`,
              }),
              element('td', { text: `${row.value.toLocaleString('en')} ${row.unit}` }),
              element('td', {
                text: row.worldShare === null ? '—' : `${row.worldShare.toFixed(1)}%`,
              }),
            ]),
          ),
        ),
      ]),
      element('p', {
        className: 'legend-note',
        text: 'Imports: the atlas has no sourced import figures yet, so none are shown.',
      }),
    );
  };
  render();
  const unsubscribers = [
    store.subscribe((state) => state.filters, render),
    store.subscribe((state) => state.figures, render),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
