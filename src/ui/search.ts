import { shallow } from 'zustand/vanilla/shallow';
import type { AtlasStore } from '../store/store';
import type { DetailsLoader } from '../store/data-slice';
import {
  normaliseText,
  prepareSearchEntries,
  searchSiteHits,
  type PreparedSearchEntry,
  type SearchHit,
} from '../domain/search';
import { element } from './dom';
import './table.css';

/** Most results the list shows. */
export const MAX_RESULTS = 8;

let instances = 0;

/**
 * A search box over all sites (not only the filtered ones), as an ARIA 1.2 combobox with a
 * listbox popup. Results hidden by the current filters say so. Choosing a result selects the
 * site as a list selection, so the map flies to it. Names, operators and places are searchable
 * at once; focusing or typing starts loading the details (`loadDetails`), which add the sites'
 * other (group) names when they arrive.
 */
export function mountSiteSearch(
  container: HTMLElement,
  store: AtlasStore,
  loadDetails: DetailsLoader,
): () => void {
  instances += 1;
  const prefix = `site-search-${instances}`;
  const inputId = `${prefix}-input`;
  const listId = `${prefix}-list`;

  // Built on the first search after the data changes, not at start-up (at 1M sites it is seconds).
  let prepared: PreparedSearchEntry[] | null = null;
  let positionById = new Map<string, number>();
  let hits: SearchHit[] = [];
  let active = -1;
  let open = false;

  const input = element('input', {
    className: 'site-search-input',
    attributes: {
      id: inputId,
      type: 'search',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'Name, operator or place',
    },
  });
  const list = element('ul', {
    className: 'site-search-list',
    attributes: { id: listId, role: 'listbox', 'aria-label': 'Matching sites' },
  });
  list.hidden = true;
  const message = element('p', {
    className: 'site-search-message',
    attributes: { 'aria-live': 'polite' },
  });
  container.classList.add('site-search');
  container.replaceChildren(
    element('label', {
      className: 'site-search-label',
      text: 'Search sites',
      attributes: { for: inputId },
    }),
    element('div', { className: 'site-search-box' }, [input, list]),
    message,
  );

  const optionId = (index: number): string => `${prefix}-option-${index}`;

  /** A line saying where the site is and, when that is what matched, its operator or other name. */
  const describe = (hit: SearchHit): string => {
    const state = store.getState();
    const facility = state.facilitiesById.get(hit.id);
    if (!facility) return '';
    const properties = facility.properties;
    const parts = [state.countryNames.get(properties.country) ?? properties.country];
    if (hit.field === 'operator' && properties.operator)
      parts.push(`Operator: ${properties.operator}`);
    if (hit.field === 'group') {
      const query = normaliseText(input.value);
      const words = query.split(' ');
      const other =
        properties.groupNames.find((name) => normaliseText(name).includes(query)) ??
        properties.groupNames.find((name) =>
          words.some((word) => normaliseText(name).includes(word)),
        );
      if (other) parts.push(`Also called ${other}`);
    }
    return parts.join(' · ');
  };

  const renderOptions = (): void => {
    const state = store.getState();
    const { passes } = state.evaluation;
    list.replaceChildren(
      ...hits.map((hit, index) => {
        const facility = state.facilitiesById.get(hit.id);
        const position = positionById.get(hit.id);
        const hidden = position !== undefined && passes[position] !== 1;
        const children: Node[] = [
          element('span', {
            className: 'site-search-name',
            text: facility?.properties.name ?? hit.id,
          }),
          element('span', { className: 'site-search-meta', text: describe(hit) }),
        ];
        if (hidden)
          children.push(
            element('span', { className: 'site-search-hidden', text: '(hidden by filters)' }),
          );
        return element(
          'li',
          {
            className: index === active ? 'site-search-option is-active' : 'site-search-option',
            attributes: {
              id: optionId(index),
              role: 'option',
              'aria-selected': index === active ? 'true' : 'false',
              'data-index': String(index),
            },
          },
          children,
        );
      }),
    );
  };

  const setOpen = (next: boolean): void => {
    open = next && hits.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (!open) {
      active = -1;
      input.removeAttribute('aria-activedescendant');
    }
  };

  const setActive = (index: number): void => {
    const previous = list.children[active];
    if (previous) {
      previous.classList.remove('is-active');
      previous.setAttribute('aria-selected', 'false');
    }
    active = index;
    const current = list.children[active];
    if (current) {
      current.classList.add('is-active');
      current.setAttribute('aria-selected', 'true');
      current.scrollIntoView({ block: 'nearest' });
      input.setAttribute('aria-activedescendant', current.id);
    } else input.removeAttribute('aria-activedescendant');
  };

  const runSearch = (): void => {
    const query = input.value;
    hits = searchSiteHits(entries(), query, MAX_RESULTS);
    active = -1;
    input.removeAttribute('aria-activedescendant');
    renderOptions();
    setOpen(hits.length > 0);
    const state = store.getState();
    message.textContent =
      normaliseText(query) === '' || hits.length > 0
        ? ''
        : state.dataStatus !== 'ready'
          ? 'Sites are still loading.'
          : state.detailsStatus === 'ready' || state.detailsStatus === 'error'
            ? 'No site matches this search.'
            : 'No site matches yet; other site names are still loading.';
  };

  const choose = (index: number): void => {
    const hit = hits[index];
    if (!hit) return;
    const facility = store.getState().facilitiesById.get(hit.id);
    input.value = facility?.properties.name ?? input.value;
    setOpen(false);
    message.textContent = '';
    store.getState().select(hit.id, 'list');
  };

  const entries = (): PreparedSearchEntry[] => {
    if (prepared) return prepared;
    const state = store.getState();
    prepared = prepareSearchEntries(
      state.facilities.map((facility) => ({
        id: facility.properties.id,
        name: facility.properties.name,
        operator: facility.properties.operator,
        groupNames: facility.properties.groupNames,
        countryName:
          state.countryNames.get(facility.properties.country) ?? facility.properties.country,
      })),
    );
    positionById = new Map(
      state.facilities.map((facility, position) => [facility.properties.id, position]),
    );
    return prepared;
  };

  const prepare = (): void => {
    prepared = null;
    // Re-run an open search, or one still waiting for data (its message says so); a search the
    // reader closed or chose from stays closed when the details arrive.
    if (open || (input.value !== '' && message.textContent !== '')) runSearch();
  };

  const fetchDetails = (): void => {
    if (store.getState().detailsStatus !== 'ready') void loadDetails();
  };
  input.addEventListener('focus', fetchDetails);
  input.addEventListener('input', fetchDetails);
  input.addEventListener('input', runSearch);
  input.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          if (hits.length === 0) runSearch();
          setOpen(true);
          if (open) setActive(0);
        } else setActive(active + 1 >= hits.length ? 0 : active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) {
          if (hits.length === 0) runSearch();
          setOpen(true);
          if (open) setActive(hits.length - 1);
        } else setActive(active <= 0 ? hits.length - 1 : active - 1);
        break;
      case 'Enter':
        if (open && hits.length > 0) {
          event.preventDefault();
          choose(active >= 0 ? active : 0);
        }
        break;
      case 'Escape':
        event.preventDefault();
        if (open) setOpen(false);
        else {
          input.value = '';
          hits = [];
          message.textContent = '';
          renderOptions();
        }
        break;
      default:
        break;
    }
  });
  input.addEventListener('blur', () => setOpen(false));
  // Keep the focus in the box while clicking an option, so that blur does not close the list first.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const index = Number(option?.dataset.index ?? -1);
    if (index >= 0) choose(index);
  });

  prepare();
  const unsubscribers = [
    store.subscribe((state) => [state.facilities, state.countryNames], prepare, {
      equalityFn: shallow,
    }),
    store.subscribe(
      (state) => state.evaluation,
      () => {
        if (!open) return;
        const keep = active;
        renderOptions();
        setActive(keep);
      },
    ),
  ];
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    container.replaceChildren();
    container.classList.remove('site-search');
  };
}
