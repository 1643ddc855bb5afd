import { EMBED_NAME, HEIGHT_RANGE } from './policy';

/**
 * Tells the host page how tall the embed's content is, in the formats newsrooms already handle
 * (Datawrapper's `datawrapper-height` and AMP's `embed-size`). Messages carry the height only,
 * never the reader's state.
 */
export function postHeights(): () => void {
  if (window.parent === window) return () => undefined;
  let last = 0;
  const post = (): void => {
    const height = Math.round(document.documentElement.scrollHeight);
    if (height === last || height < HEIGHT_RANGE.min || height > HEIGHT_RANGE.max) return;
    last = height;
    window.parent.postMessage({ 'datawrapper-height': { [EMBED_NAME]: height } }, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(document.body);
  post();
  return () => observer.disconnect();
}
