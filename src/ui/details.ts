import type { AtlasStore } from '../store/store';
import { selectSelectedFacility } from '../store/store';
import type { Facility } from '../store/data-slice';
import { element, safeHttpUrl } from './dom';

function row(label: string, value: string): HTMLElement[] {
  return [element('dt', { text: label }), element('dd', { text: value })];
}

function describe(facility: Facility): Node[] {
  const properties = facility.properties;
  const [longitude, latitude] = facility.geometry.coordinates;
  const owners = properties.owners
    .map((owner) => (owner.country ? `${owner.name} (${owner.country})` : owner.name))
    .join('; ');
  const list = element('dl', {}, [
    ...row('Country', properties.country),
    ...row('Stage', properties.stages.join(', ')),
    ...row('Status', properties.status ?? 'Not given by the source'),
    ...row('Minerals', properties.minerals.join(', ')),
    ...row('Operator', properties.operator ?? 'Not given by the source'),
    ...row('Owners', owners || 'Not given by the source'),
    ...row('Confidence', properties.confidence),
    ...row(
      'Coordinates',
      `${latitude.toFixed(4)}, ${longitude.toFixed(4)} (${properties.locationPrecision})`,
    ),
    ...row('As of', properties.asOf),
  ]);
  const sources = element(
    'ul',
    { className: 'sources' },
    properties.sources.map((source) => {
      const href = safeHttpUrl(source.url);
      const label = [source.citation, source.rowId].filter(Boolean).join(' — ');
      return element('li', {}, [
        href
          ? element('a', {
              text: label,
              attributes: { href, target: '_blank', rel: 'noopener noreferrer' },
            })
          : element('span', { text: label }),
      ]);
    }),
  );
  return [
    element('h2', { text: properties.name }),
    list,
    element('h3', { text: 'Sources' }),
    sources,
  ];
}

/** Shows the selected site's details as text, with http(s) source links only. */
export function mountDetails(node: HTMLElement, store: AtlasStore): () => void {
  const render = (): void => {
    const facility = selectSelectedFacility(store.getState());
    node.hidden = !facility;
    node.replaceChildren(...(facility ? describe(facility) : []));
  };
  render();
  return store.subscribe((state) => selectSelectedFacility(state), render);
}
