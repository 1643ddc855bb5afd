import { shallow } from 'zustand/vanilla/shallow';
import type { AtlasState, AtlasStore } from '../store/store';
import type { Facility } from '../store/data-slice';
import { STAGE_LABELS } from '../symbols/symbology';
import { element } from './dom';
import {
  SITE_COLUMNS,
  listedPositions,
  siteRow,
  sortRows,
  type SiteColumn,
  type SiteRow,
  type SortDirection,
} from '../domain/site-rows';
import './table.css';

/** Rows rendered at first, and added by each "Show more sites". */
export const PAGE_SIZE = 200;

function toRow(facility: Facility, state: AtlasState): SiteRow {
  const properties = facility.properties;
  return siteRow(
    { ...properties, coordinates: facility.geometry.coordinates },
    {
      country: (iso3) => state.countryNames.get(iso3) ?? iso3,
      stage: (stage) => STAGE_LABELS[stage as keyof typeof STAGE_LABELS] ?? stage,
      mineral: (id) => state.mineralsById.get(id)?.label ?? id,
    },
  );
}

/**
 * The sortable list of filtered sites. Re-renders only when the data, the filters' evaluation,
 * the sort, the "current map view" option (and, with it on, the view bounds) or the selection
 * change; each sort order is computed once per data load, filtering is one pass over it.
 *
 * A site selected on the map is brought into view: if the 200-row cap hides it, enough pages
 * of rows are rendered to include it (the sort order is kept), then the table scrolls to it.
 */
export function mountSiteTable(container: HTMLElement, store: AtlasStore): () => void {
  let rows: SiteRow[] = [];
  let positionById = new Map<string, number>();
  const orders = new Map<string, Int32Array>();
  let sortColumn: SiteColumn = 'name';
  let sortDirection: SortDirection = 'ascending';
  let viewOnly = false;
  let limit = PAGE_SIZE;
  /** Positions (into `rows`) of the sites the table lists, in sort order. */
  let listed: number[] = [];
  const renderedRows = new Map<string, HTMLTableRowElement>();
  let selectedRow: HTMLTableRowElement | null = null;
  /** The evaluation the list was last computed for (data loads bring a new one too). */
  let listedEvaluation: AtlasState['evaluation'] | null = null;

  const checkbox = element('input', { attributes: { type: 'checkbox' } });
  const viewOption = element('label', { className: 'site-table-option' }, [
    checkbox,
    document.createTextNode(' Only sites in the current map view'),
  ]);
  const count = element('p', { className: 'site-table-count', text: 'Loading sites…' });
  const headerCells = SITE_COLUMNS.map(({ key, label }) => {
    const button = element('button', {
      className: 'site-table-sort',
      text: label,
      attributes: { type: 'button', 'data-column': key },
    });
    return element('th', { attributes: { scope: 'col', 'aria-sort': 'none' } }, [button]);
  });
  const body = element('tbody');
  const table = element('table', { className: 'site-table-grid' }, [
    element('caption', { className: 'site-table-caption', text: 'Sites' }),
    element('thead', {}, [element('tr', {}, headerCells)]),
    body,
  ]);
  const empty = element('p', { className: 'site-table-empty' });
  empty.hidden = true;
  const more = element('button', {
    className: 'site-table-more',
    text: 'Show more sites',
    attributes: { type: 'button' },
  });
  const scroller = element('div', { className: 'site-table-scroll' }, [table, empty, more]);
  container.replaceChildren(
    element('h2', { className: 'site-table-title', text: 'Site list' }),
    viewOption,
    count,
    scroller,
  );

  const orderFor = (column: SiteColumn, direction: SortDirection): Int32Array => {
    const key = `${column}:${direction}`;
    let order = orders.get(key);
    if (!order) {
      order = sortRows(rows, column, direction);
      orders.set(key, order);
    }
    return order;
  };

  /** Recomputes which sites are listed: one pass over the cached sort order. */
  const computeListed = (): void => {
    const state = store.getState();
    const { passes } = state.evaluation;
    const bounds = viewOnly ? state.viewBounds : null;
    listedEvaluation = state.evaluation;
    listed = listedPositions(rows, orderFor(sortColumn, sortDirection), passes, bounds);
  };

  const updateHeaders = (): void => {
    headerCells.forEach((cell, index) => {
      const column = SITE_COLUMNS[index];
      cell.setAttribute('aria-sort', column?.key === sortColumn ? sortDirection : 'none');
    });
  };

  const markSelected = (): void => {
    const { selectedId } = store.getState();
    const next = selectedId === null ? null : (renderedRows.get(selectedId) ?? null);
    if (selectedRow === next) return;
    if (selectedRow) {
      selectedRow.classList.remove('is-selected');
      selectedRow.setAttribute('aria-selected', 'false');
    }
    if (next) {
      next.classList.add('is-selected');
      next.setAttribute('aria-selected', 'true');
    }
    selectedRow = next;
  };

  const renderRows = (): void => {
    const state = store.getState();
    const focused =
      document.activeElement instanceof HTMLElement && body.contains(document.activeElement)
        ? document.activeElement.dataset.id
        : undefined;
    renderedRows.clear();
    selectedRow = null;
    const shown = Math.min(limit, listed.length);
    const fragment = document.createDocumentFragment();
    for (let index = 0; index < shown; index += 1) {
      const row = rows[listed[index] ?? -1];
      if (!row) continue;
      const tr = element('tr', { attributes: { 'data-id': row.id, 'aria-selected': 'false' } }, [
        element('th', { attributes: { scope: 'row' } }, [
          element('button', {
            className: 'site-table-name',
            text: row.cells.name,
            attributes: { type: 'button', 'data-id': row.id },
          }),
        ]),
        element('td', { text: row.cells.country }),
        element('td', { text: row.cells.stage }),
        element('td', { text: row.cells.minerals }),
      ]);
      renderedRows.set(row.id, tr);
      fragment.append(tr);
    }
    body.replaceChildren(fragment);
    markSelected();

    const total = listed.length.toLocaleString('en');
    const where = viewOnly && state.viewBounds ? ' in the map view' : '';
    count.textContent =
      state.dataStatus === 'ready'
        ? `Showing ${shown.toLocaleString('en')} of ${total} sites${where}`
        : state.dataStatus === 'loading'
          ? 'Loading sites…'
          : 'No sites: the data could not be loaded.';
    empty.hidden = state.dataStatus !== 'ready' || listed.length > 0;
    empty.textContent = where
      ? 'No sites in the current map view match the filters.'
      : 'No sites match the filters.';
    table.hidden = listed.length === 0;
    more.hidden = shown >= listed.length;

    if (focused !== undefined) {
      const button = renderedRows.get(focused)?.querySelector('button');
      button?.focus({ preventScroll: true });
    }
  };

  /** Scrolls the table (only the table, not the panel) so that a row is in sight. */
  const scrollToRow = (tr: HTMLTableRowElement): void => {
    const header = table.tHead?.offsetHeight ?? 0;
    const top = tr.offsetTop - header;
    const bottom = tr.offsetTop + tr.offsetHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (bottom > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTop = bottom - scroller.clientHeight;
  };

  const followSelection = (): void => {
    const { selectedId, selectionOrigin } = store.getState();
    markSelected();
    if (selectionOrigin !== 'map' || selectedId === null) return;
    const position = positionById.get(selectedId);
    if (position === undefined) return;
    if (!renderedRows.has(selectedId)) {
      const index = listed.indexOf(position);
      if (index < 0) return;
      limit = Math.ceil((index + 1) / PAGE_SIZE) * PAGE_SIZE;
      renderRows();
    }
    const tr = renderedRows.get(selectedId);
    if (tr) scrollToRow(tr);
  };

  // Whether the list is scrolled, kept from scroll events: writing (or reading) `scrollTop` on
  // every filter change would force a layout of the whole table each time.
  let scrolled = false;
  scroller.addEventListener('scroll', () => {
    scrolled = scroller.scrollTop > 0;
  });
  const refresh = (resetLimit: boolean): void => {
    if (resetLimit) {
      limit = PAGE_SIZE;
      if (scrolled) scroller.scrollTop = 0;
      scrolled = false;
    }
    computeListed();
    renderRows();
  };

  const loadData = (): void => {
    const state = store.getState();
    rows = state.facilities.map((facility) => toRow(facility, state));
    positionById = new Map(rows.map((row, position) => [row.id, position]));
    orders.clear();
    refresh(true);
  };

  table.tHead?.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-column]');
    const column = button?.dataset.column as SiteColumn | undefined;
    if (!column) return;
    if (column === sortColumn)
      sortDirection = sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      sortColumn = column;
      sortDirection = 'ascending';
    }
    updateHeaders();
    refresh(true);
  });
  body.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-id]');
    const id = button?.dataset.id;
    if (id) store.getState().select(id, 'list');
  });
  checkbox.addEventListener('change', () => {
    viewOnly = checkbox.checked;
    refresh(true);
  });
  more.addEventListener('click', () => {
    const firstNew = limit;
    limit += PAGE_SIZE;
    renderRows();
    if (more.hidden) {
      const tr = body.rows[firstNew] ?? body.rows[body.rows.length - 1];
      tr?.querySelector('button')?.focus();
    }
  });

  updateHeaders();
  loadData();
  const unsubscribers = [
    // `index` changes with each data load, not when the details arrive (the rows show none), so
    // the table keeps its scroll position and focus then.
    store.subscribe(
      (state) => [state.index, state.countryNames, state.mineralsById, state.dataStatus],
      loadData,
      { equalityFn: shallow },
    ),
    store.subscribe(
      (state) => state.evaluation,
      (evaluation) => {
        if (evaluation !== listedEvaluation) refresh(true);
      },
    ),
    store.subscribe(
      (state) => state.viewBounds,
      () => {
        if (viewOnly) refresh(false);
      },
    ),
    store.subscribe((state) => [state.selectedId, state.selectionOrigin], followSelection, {
      equalityFn: shallow,
    }),
  ];
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    container.replaceChildren();
  };
}
