import type { AtlasStore } from '../store/store';
import { embedPolicy } from '../embed/policy';
import { GROUP_LABELS, MINERAL_GROUP_ORDER } from '../symbols/symbology';
import { linkOf } from '../url/links';
import { element } from './dom';
import { groupSwatch } from './symbols';
import { describeView } from '../domain/describe';
import { namesOf } from './names';

/**
 * What an embedded map shows around itself: a title line with the view description, a compact
 * legend (unless turned off), and a source line with an "Open full map" link carrying the same
 * view. Hidden in the full app.
 */
export function mountEmbedChrome(
  header: HTMLElement,
  footer: HTMLElement,
  store: AtlasStore,
): () => void {
  const render = (): void => {
    const state = store.getState();
    const policy = embedPolicy(state.embed, state.embedOptions);
    document.body.classList.toggle('embed', state.embed);
    document.body.classList.toggle('embed-with-list', state.embed && policy.showList);
    header.hidden = !state.embed;
    footer.hidden = !state.embed;
    if (!state.embed) return;
    const chosen = state.filters.minerals;
    const groups = new Set(
      state.minerals
        .filter((mineral) => chosen.length === 0 || chosen.includes(mineral.id))
        .map((mineral) => mineral.group),
    );
    const legend = policy.showLegend
      ? [
          element(
            'ul',
            {
              className: 'embed-legend',
              attributes: { 'aria-label': 'Legend: colour by mineral group' },
            },
            MINERAL_GROUP_ORDER.filter((group) => groups.has(group)).map((group) =>
              element('li', {}, [
                groupSwatch(group, 12),
                element('span', { text: GROUP_LABELS[group] }),
              ]),
            ),
          ),
        ]
      : [];
    const subtitle =
      describeView(state.index, state.filters, state.evaluation, namesOf(state)).split('. ')[0] ??
      '';
    header.replaceChildren(
      element('h1', { text: 'Critical Minerals Atlas' }),
      element('p', {
        className: 'embed-subtitle',
        text: subtitle.endsWith('.') ? subtitle : `${subtitle}.`,
      }),
      ...legend,
    );
    const full = element('a', {
      text: 'Open full map',
      attributes: {
        href: linkOf(state, location.href, { embed: false }),
        target: '_blank',
        rel: 'noopener',
      },
    });
    footer.replaceChildren(
      full,
      document.createTextNode(` · Data as of ${state.meta?.asOf ?? '…'}`),
    );
  };
  render();
  const unsubscribers = [
    store.subscribe((state) => state.embed, render),
    store.subscribe((state) => state.embedOptions, render),
    store.subscribe((state) => state.minerals, render),
    store.subscribe((state) => state.evaluation, render),
    store.subscribe((state) => state.camera, render),
    store.subscribe((state) => state.selectedId, render),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
