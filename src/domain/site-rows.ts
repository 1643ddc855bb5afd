/**
 * The rows of the site list: readable labels built once per data load, sort orders, and which
 * rows pass the filters and the map view. Pure: the table in `ui/site-table.ts` only renders.
 */
import { wrapDegrees } from './values';

export type SiteColumn = 'name' | 'country' | 'stage' | 'minerals';
export type SortDirection = 'ascending' | 'descending';

/** The list's columns, in display order. */
export const SITE_COLUMNS: readonly { key: SiteColumn; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'country', label: 'Country' },
  { key: 'stage', label: 'Stage' },
  { key: 'minerals', label: 'Minerals' },
];

/** A site as the list shows it. */
export interface SiteRow {
  id: string;
  longitude: number;
  latitude: number;
  cells: Record<SiteColumn, string>;
}

/** What a row is built from: a facility's properties and position, and the label lookups. */
export interface SiteRowInput {
  id: string;
  name: string;
  country: string;
  stages: readonly string[];
  minerals: readonly string[];
  coordinates: readonly [number, number];
}

/** Labels for codes: country names, stage labels, mineral labels. */
export interface RowLabels {
  country: (iso3: string) => string;
  stage: (stage: string) => string;
  mineral: (id: string) => string;
}

/** A mineral label without its parenthesised qualifier, to keep the column narrow. */
export function shortLabel(label: string): string {
  return label.replace(/\s*\([^)]*\)/g, '');
}

/** Builds one row. */
export function siteRow(site: SiteRowInput, labels: RowLabels): SiteRow {
  const [longitude, latitude] = site.coordinates;
  return {
    id: site.id,
    longitude,
    latitude,
    cells: {
      name: site.name,
      country: labels.country(site.country),
      stage: site.stages.map(labels.stage).join(', '),
      minerals: site.minerals.map((m) => shortLabel(labels.mineral(m))).join(', '),
    },
  };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Row positions sorted by a column; ties fall back to the name, then the id. */
export function sortRows(
  rows: readonly SiteRow[],
  column: SiteColumn,
  direction: SortDirection,
): Int32Array {
  const order = Int32Array.from(rows.keys());
  const sign = direction === 'ascending' ? 1 : -1;
  order.sort((a, b) => {
    const left = rows[a];
    const right = rows[b];
    if (!left || !right) return 0;
    return (
      sign * collator.compare(left.cells[column], right.cells[column]) ||
      collator.compare(left.cells.name, right.cells.name) ||
      (left.id < right.id ? -1 : left.id > right.id ? 1 : 0)
    );
  });
  return order;
}

/** Map bounds [west, south, east, north]. */
export type Bounds = readonly [number, number, number, number];

/**
 * Whether a point lies in map bounds. Bounds may cross the antimeridian (west > east once
 * wrapped, or MapLibre's unwrapped east > 180 / west < −180), and span the whole world
 * (east − west ≥ 360).
 */
export function boundsContain(bounds: Bounds, longitude: number, latitude: number): boolean {
  const [west, south, east, north] = bounds;
  if (latitude < south || latitude > north) return false;
  if (east - west >= 360) return true;
  const wrappedWest = wrapDegrees(west);
  const wrappedEast = wrapDegrees(east);
  const lon = wrapDegrees(longitude);
  return wrappedWest <= wrappedEast
    ? lon >= wrappedWest && lon <= wrappedEast
    : lon >= wrappedWest || lon <= wrappedEast;
}

/** Positions of the rows that pass the filters (and lie in `bounds` when given), in `order`. */
export function listedPositions(
  rows: readonly SiteRow[],
  order: Int32Array,
  passes: ArrayLike<number>,
  bounds: Bounds | null,
): number[] {
  const listed: number[] = [];
  for (const position of order) {
    if (passes[position] !== 1) continue;
    const row = rows[position];
    if (!row) continue;
    if (bounds && !boundsContain(bounds, row.longitude, row.latitude)) continue;
    listed.push(position);
  }
  return listed;
}
