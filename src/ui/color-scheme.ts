import type { AtlasStore } from '../store/store';

/** Follows the reader's `prefers-color-scheme` and keeps the store and `<html>` in step. */
export function followColorScheme(store: AtlasStore): () => void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = (): void => {
    const scheme = query.matches ? 'dark' : 'light';
    document.documentElement.dataset.theme = scheme;
    store.getState().setColorScheme(scheme);
  };
  apply();
  query.addEventListener('change', apply);
  return () => query.removeEventListener('change', apply);
}
