import type { AtlasStore, AtlasState } from '../store/store';
import type { Corridor } from '../store/layer-slice';
import { sitesInCorridor, sumCapacities } from '../domain/corridor';
import { STATUS_LABELS } from './labels';
import { element } from './dom';
import { NOT_GIVEN, rows, sourceList } from './detail-parts';

const REACHES = [0, 10, 25, 50, 100, 200];

function reachControl(state: AtlasState, store: AtlasStore): HTMLElement {
  const select = element('select', { attributes: { id: 'corridor-reach' } });
  for (const km of REACHES) {
    const option = element('option', {
      text: km === 0 ? 'Inside the area only' : `${km} km`,
      attributes: { value: String(km) },
    });
    option.selected = km === state.corridorReachKm;
    select.append(option);
  }
  select.addEventListener('change', () => store.getState().setCorridorReach(Number(select.value)));
  return element('p', { className: 'corridor-reach' }, [
    element('label', {
      text: 'Distance from the corridor ',
      attributes: { for: 'corridor-reach' },
    }),
    select,
  ]);
}

function siteButtons(
  ids: readonly string[],
  nameOf: (id: string) => string,
  store: AtlasStore,
): HTMLElement {
  return element(
    'ul',
    { className: 'corridor-sites' },
    ids.map((id) => {
      const button = element('button', { text: nameOf(id), attributes: { type: 'button' } });
      button.addEventListener('click', () => store.getState().select(id, 'list'));
      return element('li', {}, [button]);
    }),
  );
}

/**
 * A corridor's details and what lies along it: facilities and deposits within the distance the
 * reader picks (areas also count what is inside), and the sourced capacities of those facilities,
 * added up only within the same unit.
 */
export function describeCorridor(corridor: Corridor, state: AtlasState, store: AtlasStore): Node[] {
  const properties = corridor.properties;
  const reach = state.corridorReachKm;
  const placed = <T extends { id: string; geometry: { coordinates: [number, number] } }>(
    items: readonly T[],
  ) => items.map((item) => ({ id: item.id, coordinates: item.geometry.coordinates }));
  const facilityIds = sitesInCorridor(corridor.geometry, placed(state.facilities), reach);
  const depositIds = state.deposits
    ? sitesInCorridor(corridor.geometry, placed(state.deposits), reach)
    : [];
  const totals = sumCapacities(
    facilityIds.map((id) => state.facilitiesById.get(id)?.properties.capacity ?? null),
  );
  const withoutCapacity = facilityIds.length - totals.reduce((sum, total) => sum + total.sites, 0);
  const depositName = new Map(
    (state.deposits ?? []).map((deposit) => [deposit.id, deposit.properties.name]),
  );
  return [
    element('h2', { text: properties.name }),
    rows([
      [
        'Kind',
        properties.kind === 'rare-earth-corridor' ? 'Rare-earth corridor' : 'Trade corridor',
      ],
      ['Status', properties.status ? STATUS_LABELS[properties.status] : NOT_GIVEN],
      [
        'Geometry',
        properties.schematic ? 'Schematic: not an official route or boundary' : 'As published',
      ],
      [
        'Countries',
        properties.countries.map((iso3) => state.countryNames.get(iso3) ?? iso3).join(', '),
      ],
      ['As of', properties.asOf],
    ]),
    element('p', { className: 'details-note', text: properties.description }),
    reachControl(state, store),
    element('h3', { text: `${facilityIds.length} facilities along it` }),
    siteButtons(facilityIds, (id) => state.facilitiesById.get(id)?.properties.name ?? id, store),
    element('h3', { text: 'Sourced capacity of those facilities' }),
    element('ul', { className: 'capacity-totals' }, [
      ...totals.map((total) =>
        element('li', {
          text: `${total.value.toLocaleString('en')} ${total.unit} of ${total.commodity} (${total.sites} ${total.sites === 1 ? 'site' : 'sites'})`,
        }),
      ),
      element('li', {
        text: `${withoutCapacity} ${withoutCapacity === 1 ? 'site has' : 'sites have'} no sourced capacity.`,
      }),
    ]),
    element('h3', {
      text: state.deposits
        ? `${depositIds.length} deposits and districts along it`
        : 'Deposits: switch on the deposits layer to list them',
    }),
    siteButtons(depositIds, (id) => depositName.get(id) ?? id, store),
    ...sourceList(properties.sources),
  ];
}
