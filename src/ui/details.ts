import type { AtlasStore, AtlasState } from '../store/store';
import { selectSelectedFacility } from '../store/store';
import type { DetailsLoader, Facility } from '../store/data-slice';
import type { Deposit } from '../store/layer-slice';
import { describeCorridor } from './corridor-details';
import { STAGE_LABELS } from '../symbols/symbology';
import { STATUS_LABELS } from './labels';
import { element } from './dom';
import { NOT_GIVEN, rows, sourceList } from './detail-parts';
import type { MineralRole } from '../domain/vocabulary';

function coordinates([longitude, latitude]: [number, number], precision: string): string {
  return `${latitude.toFixed(4)}, ${longitude.toFixed(4)} (${precision})`;
}

/** How a mineral's role at a site reads in the details. */
const ROLE_LABELS: Readonly<Record<MineralRole, string>> = {
  primary: 'primary',
  secondary: 'secondary',
  'by-product': 'by-product',
};

function shareText(share: number | null): string {
  return share === null ? '' : `${share.toLocaleString('en')}%`;
}

function describeFacility(facility: Facility, state: AtlasState, retry: () => void): Node[] {
  const properties = facility.properties;
  const country = (iso3: string | null): string =>
    iso3 ? (state.countryNames.get(iso3) ?? iso3) : '';
  const mineral = (id: string): string => state.mineralsById.get(id)?.label ?? id;
  const owners = properties.owners
    .map((owner) => {
      const from = [owner.country ? country(owner.country) : '', shareText(owner.share)]
        .filter(Boolean)
        .join(', ');
      return from ? `${owner.name} (${from})` : owner.name;
    })
    .join('; ');
  const cap = properties.capacity;
  const capacity = cap
    ? `${cap.value.toLocaleString('en')} ${cap.unit} ${cap.commodity}${cap.year ? ` (${cap.year})` : ''}`
    : NOT_GIVEN;
  const status = properties.status
    ? `${STATUS_LABELS[properties.status]}${properties.statusDate ? ` (as of ${properties.statusDate})` : ''}`
    : NOT_GIVEN;
  const notes = [properties.note, properties.locationNote].filter((note): note is string =>
    Boolean(note),
  );
  return [
    element('h2', { text: properties.name }),
    rows([
      ['Country', country(properties.country)],
      ['Stage', properties.stages.map((stage) => STAGE_LABELS[stage]).join(', ')],
      ['Status', status],
      [
        'Minerals',
        properties.minerals
          .map(
            (id, i) => `${mineral(id)} (${ROLE_LABELS[properties.mineralRoles[i] ?? 'primary']})`,
          )
          .join(', '),
      ],
      ['Operator', properties.operator ?? NOT_GIVEN],
      ['Owners', owners || NOT_GIVEN],
      ['Capacity', capacity],
      ['Confidence', properties.confidence],
      ['Coordinates', coordinates(facility.geometry.coordinates, properties.locationPrecision)],
      ['As of', properties.asOf],
    ]),
    ...notes.map((note) => element('p', { className: 'details-note', text: note })),
    ...facilitySources(state, facility, retry),
  ];
}

/** The sources once the details are in; until then a line saying they are loading, or failed. */
function facilitySources(state: AtlasState, facility: Facility, retry: () => void): Node[] {
  if (state.detailsStatus === 'ready') return sourceList(facility.properties.sources);
  const status = (text: string): HTMLElement => element('p', { className: 'details-note', text });
  if (state.detailsStatus !== 'error')
    return [element('h3', { text: 'Sources' }), status('Loading sources…')];
  const button = element('button', {
    text: 'Retry loading sources',
    attributes: { type: 'button' },
  });
  button.addEventListener('click', retry);
  return [
    element('h3', { text: 'Sources' }),
    status(state.detailsError ?? 'The sources could not be loaded.'),
    button,
  ];
}

function describeDeposit(deposit: Deposit, state: AtlasState): Node[] {
  const properties = deposit.properties;
  return [
    element('h2', { text: properties.name }),
    rows([
      ['Kind', 'Deposit or district (no stage or status in the source)'],
      [
        'Country',
        properties.country
          ? (state.countryNames.get(properties.country) ?? properties.country)
          : 'International waters',
      ],
      ['Region', properties.region ?? NOT_GIVEN],
      [
        'Minerals',
        properties.minerals.map((id) => state.mineralsById.get(id)?.label ?? id).join(', '),
      ],
      ['Deposit type', properties.depositType],
      ['Coordinates', coordinates(deposit.geometry.coordinates, properties.locationPrecision)],
      ['As of', properties.asOf],
    ]),
    ...(properties.locationNote
      ? [element('p', { className: 'details-note', text: properties.locationNote })]
      : []),
    ...sourceList(properties.sources),
  ];
}

/**
 * Shows the selected site, deposit or corridor as text, with http(s) source links only (opening
 * in a new tab). Nothing from the data is ever parsed as HTML. Selecting a site starts loading
 * the facilities' details (`loadDetails`); its core fields show at once.
 */
export function mountDetails(
  node: HTMLElement,
  store: AtlasStore,
  loadDetails: DetailsLoader,
): () => void {
  const fetchDetails = (): void => {
    const state = store.getState();
    if (state.detailsStatus === 'ready' || !selectSelectedFacility(state)) return;
    void loadDetails();
  };
  const render = (): void => {
    const state = store.getState();
    const facility = selectSelectedFacility(state);
    const deposit = facility
      ? undefined
      : state.deposits?.find((candidate) => candidate.id === state.selectedId);
    const corridor = state.corridors.find((candidate) => candidate.id === state.selectedCorridorId);
    const content = facility
      ? describeFacility(facility, state, () => void loadDetails())
      : deposit
        ? describeDeposit(deposit, state)
        : corridor
          ? describeCorridor(corridor, state, store)
          : [];
    node.hidden = content.length === 0;
    node.replaceChildren(...content);
  };
  render();
  fetchDetails();
  const unsubscribers = [
    store.subscribe((state) => state.selectedId, fetchDetails),
    store.subscribe((state) => state.facilities, fetchDetails),
    store.subscribe((state) => state.detailsStatus, render),
    store.subscribe((state) => state.selectedId, render),
    store.subscribe((state) => state.selectedCorridorId, render),
    store.subscribe((state) => state.facilities, render),
    store.subscribe((state) => state.corridorReachKm, render),
    store.subscribe((state) => state.deposits, render),
    store.subscribe((state) => state.corridors, render),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
