import type { AtlasStore } from '../store/store';

/**
 * Shows in plain language, over the map, why it cannot draw (its health) and which data sources
 * failed (the basemap, deposits, corridors), each once; hides itself when all is well. A source
 * that loads on a retry clears its own message.
 */
export function mountMapMessage(node: HTMLElement, store: AtlasStore): () => void {
  const render = (): void => {
    const { mapStatus, mapMessage, sourceProblems } = store.getState();
    const health = mapStatus !== 'ready' && mapStatus !== 'starting' ? mapMessage : null;
    const { basemap, deposits, corridors } = sourceProblems;
    const messages = [health, basemap, deposits, corridors].filter(
      (message): message is string => typeof message === 'string' && message !== '',
    );
    node.hidden = messages.length === 0;
    node.textContent = messages.join(' ');
    node.dataset.status = health ? mapStatus : messages.length > 0 ? 'source-problem' : mapStatus;
  };
  render();
  const unsubscribers = [
    store.subscribe((state) => state.mapStatus, render),
    store.subscribe((state) => state.sourceProblems, render),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
