import type { AtlasStore } from '../store/store';
import { element } from './dom';

/**
 * When one click lands on several stacked sites, lists them so each stays reachable. The list is
 * a labelled group of buttons; Escape or "Close" dismisses it, and focus moves into it.
 */
export function mountPicker(node: HTMLElement, store: AtlasStore): () => void {
  const render = (): void => {
    const state = store.getState();
    const ids = state.pickerIds;
    node.hidden = !ids;
    if (!ids) {
      node.replaceChildren();
      return;
    }
    const nameOf = (id: string): string =>
      state.facilitiesById.get(id)?.properties.name ??
      state.deposits?.find((deposit) => deposit.id === id)?.properties.name ??
      id;
    const kindOf = (id: string): string => (state.facilitiesById.has(id) ? 'site' : 'deposit');
    const heading = element('h2', {
      text: `${ids.length} places here`,
      attributes: { id: 'picker-heading' },
    });
    const close = element('button', { text: 'Close', attributes: { type: 'button' } });
    close.addEventListener('click', () => store.getState().closePicker());
    const list = element(
      'ul',
      {},
      ids.map((id) => {
        const button = element('button', {
          text: `${nameOf(id)} (${kindOf(id)})`,
          attributes: { type: 'button' },
        });
        button.addEventListener('click', () => store.getState().select(id));
        return element('li', {}, [button]);
      }),
    );
    node.replaceChildren(heading, list, close);
    node.querySelector('button')?.focus();
  };
  node.setAttribute('role', 'group');
  node.setAttribute('aria-labelledby', 'picker-heading');
  node.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') store.getState().closePicker();
  });
  render();
  return store.subscribe((state) => state.pickerIds, render);
}
