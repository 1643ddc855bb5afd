import type { AtlasStore, AtlasState } from '../store/store';
import { describeView, type Names } from '../domain/describe';
import { STAGE_LABELS } from '../symbols/symbology';
import type { Stage } from '../domain/types';
import type { StatusOption } from '../domain/filters';
import { STATUS_LABELS } from './labels';
import { element } from './dom';

function namesOf(state: AtlasState): Names {
  const blocs = new Map(state.blocs.map((bloc) => [bloc.id, bloc.shortName || bloc.name]));
  return {
    mineral: (id) => (state.mineralsById.get(id)?.label ?? id).toLowerCase(),
    bloc: (id) => blocs.get(id) ?? id,
    country: (iso3) => state.countryNames.get(iso3) ?? iso3,
    stage: (id) => STAGE_LABELS[id as Stage] ?? id,
    status: (id) => STATUS_LABELS[id as StatusOption] ?? id,
  };
}

/**
 * The live summary (`role="status"`): how many sites are shown, then one sentence describing the
 * view (filters and top countries) for screen readers and for anyone reading the panel.
 */
export function mountSummary(node: HTMLElement, store: AtlasStore): () => void {
  const render = (): void => {
    const state = store.getState();
    if (state.dataStatus === 'loading') {
      node.textContent = 'Loading sites…';
      return;
    }
    if (state.dataStatus === 'error') {
      node.textContent = state.dataError ?? 'The site data could not be loaded.';
      return;
    }
    const { shown } = state.evaluation;
    const total = state.index.count;
    const count =
      shown === total
        ? `${shown.toLocaleString('en')} sites shown.`
        : `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} sites shown.`;
    node.replaceChildren(
      element('strong', { className: 'summary-count', text: count }),
      document.createTextNode(' '),
      element('span', {
        className: 'summary-description',
        text: describeView(state.index, state.filters, state.evaluation, namesOf(state)),
      }),
    );
  };
  render();
  const unsubscribers = [
    store.subscribe((state) => state.dataStatus, render),
    store.subscribe((state) => state.evaluation, render),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
