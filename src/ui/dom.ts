/** Attributes and text for {@link element}; values are set as attributes or text, never as HTML. */
export interface ElementOptions {
  className?: string;
  text?: string;
  attributes?: Record<string, string>;
}

/** Creates an element with text content only: data can never become markup. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {}))
    node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Returns a URL only if it is http(s); anything else (javascript:, data:, relative) is dropped. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Finds a required element by id, failing loudly when the page lacks it. */
export function requireElement(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The page has no #${id}`);
  return node;
}
