/**
 * The facility fields, written once, in published order: the validator's known keys, the
 * `sites.json` columns (all but the detail fields, plus the coordinates) and the detail fields
 * loaded on demand all come from here. Pure, and tiny: the app bundles it.
 */

/** Every field of a facility's properties, in published order. */
export const FACILITY_FIELDS = [
  'id',
  'name',
  'country',
  'stages',
  'status',
  'statusDate',
  'minerals',
  'mineralRoles',
  'primaryMineral',
  'critical',
  'operator',
  'owners',
  'capacity',
  'confidence',
  'locationPrecision',
  'groupNames',
  'sources',
  'asOf',
  'locationNote',
  'note',
] as const;

/** A facility field. */
export type FacilityField = (typeof FACILITY_FIELDS)[number];

/** The fields only `facilities.geojson` carries: fetched on demand, not at start. */
export const DETAIL_FIELDS = ['sources', 'note', 'groupNames', 'locationNote'] as const;

/** A detail field. */
export type DetailField = (typeof DETAIL_FIELDS)[number];

/** The fields `sites.json` carries, in file order (the coordinates follow). */
export const CORE_FIELDS = FACILITY_FIELDS.filter(
  (field): field is Exclude<FacilityField, DetailField> =>
    !(DETAIL_FIELDS as readonly string[]).includes(field),
);
