import './peer.css';

/** Sizes the map box like the app's map area (`w`, `h` query parameters, CSS pixels). */
export function sizeMapBox(container: HTMLElement, params: URLSearchParams): void {
  const width = params.get('w');
  const height = params.get('h');
  if (width) container.style.width = `${width}px`;
  if (height) container.style.height = `${height}px`;
}
