import type { AtlasStore, AtlasState } from '../store/store';
import { STAGES, STATUS_OPTIONS, toggleOption, type Filters } from '../domain/filters';
import type { MineralGroup } from '../domain/types';
import { MINERAL_GROUP_ORDER } from '../symbols/symbology';
import { GROUP_LABELS, STAGE_LABELS } from '../symbols/symbology';
import { element } from './dom';
import { buildOptionGroup, type Option, type OptionGroupView } from './option-group';
import { groupSwatch, stageShape } from './symbols';
import { STATUS_LABELS } from './labels';
import { buildBlocControls } from './bloc-controls';

type ListKey = 'minerals' | 'blocs' | 'stages' | 'statuses' | 'countries';

function mineralOptions(state: AtlasState): Option[] {
  const group = (id: string): MineralGroup => state.mineralsById.get(id)?.group ?? 'base-metals';
  return state.index.minerals
    .map((id) => ({ id, label: state.mineralsById.get(id)?.label ?? id, group: group(id) }))
    .sort(
      (a, b) =>
        MINERAL_GROUP_ORDER.indexOf(a.group) - MINERAL_GROUP_ORDER.indexOf(b.group) ||
        a.label.localeCompare(b.label, 'en'),
    )
    .map(({ id, label, group: mineralGroup }) => ({
      id,
      label,
      section: GROUP_LABELS[mineralGroup],
      icon: groupSwatch(mineralGroup),
    }));
}

function countsOf(ids: readonly string[], counts: Uint32Array): Map<string, number> {
  return new Map(ids.map((id, position) => [id, counts[position] ?? 0]));
}

/**
 * The "Include by-products" checkbox of the Mineral fieldset: by default a mineral matches the
 * sites where it is a primary or secondary product; checked, by-products match too.
 */
function buildByproductsToggle(store: AtlasStore): {
  root: HTMLElement;
  sync: (filters: Filters) => void;
} {
  const input = element('input', { attributes: { type: 'checkbox' } });
  input.addEventListener('change', () => {
    const { filters, setFilters } = store.getState();
    setFilters({ ...filters, byproducts: input.checked });
  });
  const root = element('label', { className: 'filter-toggle' }, [
    input,
    element('span', { text: 'Include by-products' }),
  ]);
  return {
    root,
    sync: (filters) => {
      input.checked = filters.byproducts;
    },
  };
}

/**
 * The filter panel: one fieldset per filter group (Mineral, Bloc, Stage, Status, Country) with
 * live counts, and a "Reset filters" button. Built once per data load; counts and checked states
 * are updated in place on every filter change.
 */
export function mountFilterPanel(node: HTMLElement, store: AtlasStore): () => void {
  let views: { key: ListKey; view: OptionGroupView }[] = [];
  let syncBlocControls: (filters: Filters) => void = () => undefined;
  let syncByproducts: (filters: Filters) => void = () => undefined;

  const toggle = (key: ListKey) => (id: string, on: boolean) => {
    const { filters, setFilters } = store.getState();
    setFilters({ ...filters, [key]: toggleOption(filters[key] as readonly string[], id, on) });
  };

  const build = (): void => {
    const state = store.getState();
    if (state.dataStatus !== 'ready') {
      node.replaceChildren();
      views = [];
      return;
    }
    const { index } = state;
    const blocs = state.blocs.filter(
      (bloc) => bloc.members.length > 0 && index.blocs.includes(bloc.id),
    );
    const groups: { key: ListKey; view: OptionGroupView }[] = [
      {
        key: 'minerals',
        view: buildOptionGroup('Mineral', mineralOptions(state), toggle('minerals')),
      },
      {
        key: 'blocs',
        view: buildOptionGroup(
          'Bloc',
          blocs.map((bloc) => ({ id: bloc.id, label: bloc.shortName || bloc.name })),
          toggle('blocs'),
        ),
      },
      {
        key: 'stages',
        view: buildOptionGroup(
          'Stage',
          STAGES.map((stage) => ({
            id: stage,
            label: STAGE_LABELS[stage],
            icon: stageShape(stage),
          })),
          toggle('stages'),
        ),
      },
      {
        key: 'statuses',
        view: buildOptionGroup(
          'Status',
          STATUS_OPTIONS.map((status) => ({ id: status, label: STATUS_LABELS[status] })),
          toggle('statuses'),
        ),
      },
      {
        key: 'countries',
        view: buildOptionGroup(
          'Country',
          index.countries
            .map((iso3) => ({ id: iso3, label: state.countryNames.get(iso3) ?? iso3 }))
            .sort((a, b) => a.label.localeCompare(b.label, 'en')),
          toggle('countries'),
        ),
      },
    ];
    const blocControls = buildBlocControls(store);
    syncBlocControls = blocControls.sync;
    groups[1]?.view.root.append(blocControls.root);
    const byproducts = buildByproductsToggle(store);
    syncByproducts = byproducts.sync;
    groups[0]?.view.root.querySelector('legend')?.after(byproducts.root);
    groups[4]?.view.root.classList.add('filter-group-long');
    const reset = element('button', { text: 'Reset filters', attributes: { type: 'button' } });
    reset.addEventListener('click', () => store.getState().resetFilters());
    node.replaceChildren(reset, ...groups.map(({ view }) => view.root));
    views = groups;
    update();
  };

  const update = (): void => {
    const state = store.getState();
    const { facets } = state.evaluation;
    const lists: Record<ListKey, readonly string[]> = {
      minerals: state.index.minerals,
      blocs: state.index.blocs,
      stages: state.index.stages,
      statuses: state.index.statuses,
      countries: state.index.countries,
    };
    for (const { key, view } of views) {
      view.update(countsOf(lists[key], facets[key]), new Set<string>(state.filters[key]));
    }
    syncBlocControls(state.filters);
    syncByproducts(state.filters);
  };

  build();
  const unsubscribers = [
    store.subscribe((state) => state.index, build),
    store.subscribe((state) => state.evaluation, update),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
