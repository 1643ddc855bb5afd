import type { StatusOption } from '../domain/filters';

/** Readable names of status filter options. */
export const STATUS_LABELS: Readonly<Record<StatusOption, string>> = {
  operating: 'Operating',
  construction: 'Under construction',
  development: 'In development',
  'care-and-maintenance': 'Care and maintenance',
  closed: 'Closed',
  planned: 'Planned',
  cancelled: 'Cancelled',
  unknown: 'Not stated by the source',
};
