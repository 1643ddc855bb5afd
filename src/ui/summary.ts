import type { AtlasStore } from '../store/store';
import { describeView } from '../domain/describe';
import { namesOf } from './names';
import { element } from './dom';

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
