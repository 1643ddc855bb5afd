import { PRESETS, presetPath } from '../domain/presets';
import { element } from './dom';

/** Curated starting views as plain links (each is a share link too), with a one-line caption. */
export function mountPresets(node: HTMLElement): void {
  node.replaceChildren(
    element('details', {}, [
      element('summary', { text: 'Start from a view' }),
      element(
        'ul',
        { className: 'presets' },
        PRESETS.map((preset) =>
          element('li', {}, [
            element('a', { text: preset.title, attributes: { href: presetPath(preset) } }),
            element('span', { className: 'preset-caption', text: preset.caption }),
          ]),
        ),
      ),
    ]),
  );
}
