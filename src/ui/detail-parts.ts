import type { Source } from '../domain/types';
import { element, safeHttpUrl } from './dom';

/** What a field says when no source gives it. */
export const NOT_GIVEN = 'Not given by the source';

/** A definition list of label/value pairs, as text. */
export function rows(entries: readonly (readonly [string, string])[]): HTMLElement {
  return element(
    'dl',
    {},
    entries.flatMap(([label, value]) => [
      element('dt', { text: label }),
      element('dd', { text: value }),
    ]),
  );
}

/** A "Sources" heading and list; only http(s) URLs become links. */
export function sourceList(sources: readonly Source[]): Node[] {
  const items = sources.map((source) => {
    const href = safeHttpUrl(source.url);
    const label = [source.citation, source.rowId].filter(Boolean).join(' — ');
    const copy = safeHttpUrl(source.readVia ?? null);
    return element('li', {}, [
      href
        ? element('a', {
            text: label,
            attributes: { href, target: '_blank', rel: 'noopener noreferrer' },
          })
        : element('span', { text: label }),
      ...(copy
        ? [
            element('span', { text: ' (read via ' }),
            element('a', {
              text: new URL(copy).hostname,
              attributes: { href: copy, target: '_blank', rel: 'noopener noreferrer' },
            }),
            element('span', { text: ')' }),
          ]
        : []),
    ]);
  });
  return [element('h3', { text: 'Sources' }), element('ul', { className: 'sources' }, items)];
}
