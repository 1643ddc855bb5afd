import type { AtlasStore } from '../store/store';
import { element } from './dom';

/** Shows notes about the view, e.g. what a shared link named that the data no longer has. */
export function mountNotices(node: HTMLElement, store: AtlasStore): () => void {
  const render = (): void => {
    const { notices } = store.getState();
    node.hidden = notices.length === 0;
    const dismiss = element('button', { text: 'Dismiss', attributes: { type: 'button' } });
    dismiss.addEventListener('click', () => store.getState().setNotices([]));
    node.replaceChildren(
      ...notices.map((text) => element('p', { text })),
      ...(notices.length ? [dismiss] : []),
    );
  };
  render();
  return store.subscribe((state) => state.notices, render);
}
