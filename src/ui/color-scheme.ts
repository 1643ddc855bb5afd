import type { AtlasStore } from '../store/store';

/**
 * Follows the reader's `prefers-color-scheme`, unless an embed link forces a theme, and keeps the
 * store and `<html data-theme>` in step.
 */
export function followColorScheme(store: AtlasStore): () => void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = (): void => {
    const { embed, embedOptions } = store.getState();
    const forced = embed && embedOptions.theme !== 'auto' ? embedOptions.theme : null;
    const scheme = forced ?? (query.matches ? 'dark' : 'light');
    document.documentElement.dataset.theme = scheme;
    store.getState().setColorScheme(scheme);
  };
  apply();
  query.addEventListener('change', apply);
  const unsubscribe = store.subscribe((state) => state.embedOptions, apply);
  return () => {
    query.removeEventListener('change', apply);
    unsubscribe();
  };
}
