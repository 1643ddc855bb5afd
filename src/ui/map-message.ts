import type { AtlasStore } from '../store/store';

/** Shows a plain-language message over the map when it cannot draw, and hides it when it can. */
export function mountMapMessage(node: HTMLElement, store: AtlasStore): () => void {
  const render = (): void => {
    const { mapStatus, mapMessage } = store.getState();
    const show = mapStatus !== 'ready' && mapStatus !== 'starting' && mapMessage !== null;
    node.hidden = !show;
    node.textContent = show ? mapMessage : '';
    node.dataset.status = mapStatus;
  };
  render();
  return store.subscribe((state) => state.mapStatus, render);
}
