import type { AtlasStore } from '../store/store';

/** Keeps the live summary (`role="status"`) in step with the data. */
export function mountSummary(node: HTMLElement, store: AtlasStore): () => void {
  const render = (): void => {
    const state = store.getState();
    if (state.dataStatus === 'loading') node.textContent = 'Loading sites…';
    else if (state.dataStatus === 'error')
      node.textContent = state.dataError ?? 'The site data could not be loaded.';
    else node.textContent = `${state.facilities.length.toLocaleString('en')} sites shown.`;
  };
  render();
  return store.subscribe((state) => [state.dataStatus, state.facilities] as const, render, {
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1],
  });
}
