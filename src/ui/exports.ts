import type { AtlasStore } from '../store/store';
import type { DetailsLoader } from '../store/data-slice';
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

/**
 * Buttons that download the filtered sites as CSV or GeoJSON, with filters, version and licences.
 * The files carry each site's sources, so they wait for the details (`loadDetails`) first.
 */
export function mountExports(
  node: HTMLElement,
  store: AtlasStore,
  loadDetails: DetailsLoader,
): void {
  const message = element('p', { className: 'legend-note', attributes: { 'aria-live': 'polite' } });
  /** Runs `save` once the details are in; says why not when they could not be loaded. */
  const withDetails = async (save: () => void): Promise<void> => {
    if (store.getState().detailsStatus !== 'ready') message.textContent = 'Loading sources…';
    await loadDetails();
    const state = store.getState();
    if (state.detailsStatus !== 'ready') {
      message.textContent = `${state.detailsError ?? 'The sources could not be loaded.'} The file was not made, try again.`;
      return;
    }
    message.textContent = '';
    save();
  };
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
  /** A button that downloads the shown sites in one format. */
  const downloadButton = (
    text: string,
    file: string,
    type: string,
    write: (
      facilities: ReturnType<typeof context>['facilities'],
      details: ReturnType<typeof context>['context'],
    ) => string,
  ): HTMLButtonElement => {
    const button = element('button', { text, attributes: { type: 'button' } });
    button.addEventListener('click', () => {
      void withDetails(() => {
        const { facilities, context: details } = context();
        download(file, type, write(facilities, details));
      });
    });
    return button;
  };
  const csv = downloadButton(
    'Download sites (CSV)',
    'critical-minerals-sites.csv',
    'text/csv;charset=utf-8',
    facilitiesToCsv,
  );
  const geojson = downloadButton(
    'Download sites (GeoJSON)',
    'critical-minerals-sites.geojson',
    'application/geo+json',
    facilitiesToGeoJson,
  );
  const png = element('button', {
    text: 'Download map picture (PNG)',
    attributes: { type: 'button' },
  });
  png.addEventListener('click', () => {
    const state = store.getState();
    const { context: details } = context();
    const groups = [...new Set(state.minerals.map((mineral) => mineral.group))];
    store.getState().requestSnapshot({
      title: 'Critical Minerals Atlas',
      lines: [
        details.description,
        `Colour = mineral group (${groups.length} groups); shape = stage: circle mine, square smelter, diamond refinery, triangle processing, star magnet plant.`,
      ],
      footer: `Data as of ${state.meta?.asOf ?? 'unknown'} (version ${state.meta?.version ?? '?'}). Sources: ICMM Global Mining Dataset 2025 (CC BY 4.0), USGS PP1802, MCS 2026 and MCS 2025, curated pages; basemap Natural Earth.`,
    });
  });
  store.subscribe(
    (state) => state.snapshot,
    (snapshot) => {
      if (!snapshot || snapshot.serial !== store.getState().snapshotRequest?.serial) return;
      const anchor = element('a', {
        attributes: { href: snapshot.url, download: 'critical-minerals-map.png' },
      });
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
    },
  );
  node.replaceChildren(
    element('p', { className: 'legend-note', text: 'The sites shown by the current filters:' }),
    element('div', { className: 'dialog-actions' }, [csv, geojson, png]),
    message,
  );
}
