import type { AtlasStore } from '../store/store';
import { GROUP_LABELS, MINERAL_GROUP_ORDER, STAGE_LABELS } from '../symbols/symbology';
import { STAGES } from '../domain/filters';
import { element } from './dom';
import { groupSwatch, stageShape } from './symbols';

/** Built data files readers can download, as shipped in `public/data/`. */
export const DOWNLOADS: readonly { file: string; label: string }[] = [
  { file: 'facilities.geojson', label: 'Facilities (GeoJSON)' },
  { file: 'deposits.geojson', label: 'Deposits (GeoJSON)' },
  { file: 'corridors.geojson', label: 'Corridors (GeoJSON)' },
  { file: 'countries.json', label: 'Country figures (JSON)' },
  { file: 'blocs.json', label: 'Blocs (JSON)' },
  { file: 'minerals.json', label: 'Minerals and critical lists (JSON)' },
];

function item(symbol: Node, text: string): HTMLElement {
  return element('li', {}, [symbol, element('span', { text })]);
}

/**
 * The legend: what each colour (mineral group) and shape (stage) means, the selection ring, the
 * data's as-of date, and links to download the built data.
 */
export function mountLegend(node: HTMLElement, store: AtlasStore): () => void {
  const render = (): void => {
    const state = store.getState();
    const groupsPresent = new Set(state.minerals.map((mineral) => mineral.group));
    const colours = element(
      'ul',
      { className: 'legend-list' },
      MINERAL_GROUP_ORDER.filter((group) => groupsPresent.has(group)).map((group) =>
        item(groupSwatch(group), GROUP_LABELS[group]),
      ),
    );
    const shapes = element(
      'ul',
      { className: 'legend-list' },
      STAGES.map((stage) => item(stageShape(stage), STAGE_LABELS[stage])),
    );
    const meta = state.meta;
    node.replaceChildren(
      element('details', { attributes: { open: '' } }, [
        element('summary', { text: 'Legend' }),
        element('h3', { text: 'Colour: mineral group' }),
        element('p', {
          className: 'legend-note',
          text: 'A site takes the colour of the first selected mineral it has, else of its first critical mineral.',
        }),
        colours,
        element('h3', { text: 'Shape: stage' }),
        element('p', {
          className: 'legend-note',
          text: 'Sites with several stages take the most downstream one. A ring marks the selected site. All marks are the same size: capacities are in different units and are listed in site details where sourced.',
        }),
        shapes,
        element('h3', { text: 'Data' }),
        element('p', {
          className: 'legend-note',
          text: meta ? `Data as of ${meta.asOf} (version ${meta.version}).` : 'Data loading…',
        }),
        element(
          'ul',
          { className: 'downloads' },
          DOWNLOADS.map(({ file, label }) =>
            element('li', {}, [
              element('a', { text: label, attributes: { href: `data/${file}`, download: file } }),
            ]),
          ),
        ),
      ]),
    );
  };
  render();
  return store.subscribe((state) => state.meta, render);
}
