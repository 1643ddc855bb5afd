import type { AtlasStore } from '../store/store';
import { selectShownFacilities } from '../store/store';
import { describeView } from '../domain/describe';
import { facilitiesToCsv, facilitiesToGeoJson } from '../domain/export';
import { linkOf } from '../url/links';
import { element } from './dom';
import { namesOf } from './names';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = element('a', { attributes: { href: url, download: name } });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Buttons that download the filtered sites as CSV or GeoJSON, with filters, version and licences. */
export function mountExports(node: HTMLElement, store: AtlasStore): void {
  const context = () => {
    const state = store.getState();
    return {
      facilities: selectShownFacilities(state),
      context: {
        description: describeView(state.index, state.filters, state.evaluation, namesOf(state)),
        link: linkOf(state, location.href, { embed: false }),
        meta: state.meta,
      },
    };
  };
  const csv = element('button', { text: 'Download sites (CSV)', attributes: { type: 'button' } });
  csv.addEventListener('click', () => {
    const { facilities, context: details } = context();
    download(
      'critical-minerals-sites.csv',
      'text/csv;charset=utf-8',
      facilitiesToCsv(facilities, details),
    );
  });
  const geojson = element('button', {
    text: 'Download sites (GeoJSON)',
    attributes: { type: 'button' },
  });
  geojson.addEventListener('click', () => {
    const { facilities, context: details } = context();
    download(
      'critical-minerals-sites.geojson',
      'application/geo+json',
      facilitiesToGeoJson(facilities, details),
    );
  });
  node.replaceChildren(
    element('p', { className: 'legend-note', text: 'The sites shown by the current filters:' }),
    element('div', { className: 'dialog-actions' }, [csv, geojson]),
  );
}
