import type { AtlasStore, AtlasState } from '../store/store';
import {
  GROUP_LABELS,
  MINERAL_GROUP_ORDER,
  OWNER_COLORS,
  OWNER_LABELS,
  STAGE_LABELS,
  type OwnerCategory,
} from '../symbols/symbology';
import { STAGES } from '../domain/filters';
import { element } from './dom';
import { groupSwatch, stageShape, colourSwatch, dashedLine, smallDot } from './symbols';
import { selectShading } from '../store/selectors';

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

function shadingLegend(state: AtlasState): Node[] {
  const shading = selectShading(state);
  if (!shading) return [];
  return [
    element('h3', { text: 'Country shading' }),
    element('p', { className: 'legend-note', text: shading.caption }),
    element(
      'ul',
      { className: 'legend-list' },
      shading.classes.map((entry) => item(colourSwatch(entry.colour), entry.label)),
    ),
    ...(shading.source
      ? [element('p', { className: 'legend-note', text: `Source: ${shading.source}` })]
      : []),
  ];
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
        ...(state.colourBy === 'owner'
          ? [
              element('h3', { text: 'Colour: owner’s home country' }),
              element('p', {
                className: 'legend-note',
                text: 'Owner data exists only where a source names owners (mostly curated processing plants); ICMM rows carry none.',
              }),
              element(
                'ul',
                { className: 'legend-list' },
                (Object.keys(OWNER_COLORS) as OwnerCategory[]).map((category) =>
                  item(colourSwatch(OWNER_COLORS[category]), OWNER_LABELS[category]),
                ),
              ),
            ]
          : [
              element('h3', { text: 'Colour: mineral group' }),
              element('p', {
                className: 'legend-note',
                text: 'A site takes the colour of the first selected mineral it has, else of its first critical mineral.',
              }),
              colours,
            ]),
        element('h3', { text: 'Shape: stage' }),
        element('p', {
          className: 'legend-note',
          text: 'Sites with several stages take the most downstream one. A ring marks the selected site. Larger marks: a source gives the site’s capacity (listed in its details). Capacities come in different units and commodities, so mark size does not compare amounts.',
        }),
        shapes,
        element('h3', { text: 'Other layers' }),
        element('ul', { className: 'legend-list' }, [
          item(smallDot(), 'Deposit or district (USGS), coloured by mineral group'),
          item(dashedLine(), 'Corridor (schematic: not an official route or boundary)'),
        ]),
        ...shadingLegend(state),
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
  const unsubscribers = [
    store.subscribe((state) => state.meta, render),
    store.subscribe((state) => state.shading, render),
    store.subscribe((state) => state.figureYear, render),
    store.subscribe((state) => state.colourBy, render),
    store.subscribe((state) => state.filters, render),
    store.subscribe((state) => state.figures, render),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
