import type { AtlasStore } from '../store/store';
import { element } from './dom';

/**
 * Shows a "Retry" button next to the summary while the site data failed to load. The summary
 * (`role="status"`) already says what went wrong; the button asks the composition root to load
 * the data again (`retry`), is marked busy while that runs, and disappears once the data is in.
 * Focus that was on the button moves to the panel so keyboard users are not dropped on <body>.
 */
export function mountDataError(
  anchor: HTMLElement,
  store: AtlasStore,
  retry: () => void,
): () => void {
  const button = element('button', {
    className: 'data-retry',
    text: 'Retry',
    attributes: { type: 'button' },
  });
  const container = element('div', { className: 'data-error' }, [button]);
  container.hidden = true;
  anchor.after(container);
  let failed = false;
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-disabled') === 'true') return;
    retry();
  });
  const render = (): void => {
    const { dataStatus } = store.getState();
    if (dataStatus === 'error') failed = true;
    if (dataStatus === 'ready') {
      const hadFocus = document.activeElement === button;
      failed = false;
      container.hidden = true;
      if (hadFocus) anchor.closest<HTMLElement>('[tabindex]')?.focus();
      return;
    }
    container.hidden = !failed;
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus on <body>.
    button.setAttribute('aria-disabled', String(dataStatus === 'loading'));
    button.textContent = dataStatus === 'loading' ? 'Retrying…' : 'Retry';
  };
  render();
  const unsubscribe = store.subscribe((state) => state.dataStatus, render);
  return () => {
    unsubscribe();
    container.remove();
  };
}
