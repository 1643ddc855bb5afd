import type { AtlasFeature, FacilityProperties, MetaFile } from './types';

/** What every export says about itself: what was filtered, data version, licences, citation. */
export interface ExportContext {
  description: string;
  link: string;
  meta: MetaFile | null;
}

type Site = AtlasFeature<FacilityProperties>;

const share = (value: number | null): string => (value === null ? '' : `, ${value}%`);

/** The CSV columns: one table gives both the header and each row's cells. */
const CSV_COLUMNS: readonly { name: string; cell: (site: Site) => string }[] = [
  { name: 'id', cell: ({ properties }) => properties.id },
  { name: 'name', cell: ({ properties }) => properties.name },
  { name: 'country', cell: ({ properties }) => properties.country },
  { name: 'stages', cell: ({ properties }) => properties.stages.join(';') },
  { name: 'status', cell: ({ properties }) => properties.status ?? '' },
  { name: 'status_date', cell: ({ properties }) => properties.statusDate ?? '' },
  {
    name: 'minerals',
    cell: ({ properties }) =>
      properties.minerals
        .map((id, i) => `${id} (${properties.mineralRoles[i] ?? 'primary'})`)
        .join(';'),
  },
  { name: 'operator', cell: ({ properties }) => properties.operator ?? '' },
  {
    name: 'owners',
    cell: ({ properties }) =>
      properties.owners
        .map((owner) =>
          owner.country || owner.share !== null
            ? `${owner.name} (${owner.country ?? 'country not sourced'}${share(owner.share)})`
            : owner.name,
        )
        .join(';'),
  },
  {
    name: 'capacity',
    cell: ({ properties: { capacity } }) =>
      capacity
        ? `${capacity.value} ${capacity.unit} ${capacity.commodity}${capacity.year ? ` (${capacity.year})` : ''}`
        : '',
  },
  { name: 'latitude', cell: ({ geometry }) => String(geometry.coordinates[1]) },
  { name: 'longitude', cell: ({ geometry }) => String(geometry.coordinates[0]) },
  { name: 'location_precision', cell: ({ properties }) => properties.locationPrecision },
  { name: 'confidence', cell: ({ properties }) => properties.confidence },
  { name: 'as_of', cell: ({ properties }) => properties.asOf },
  {
    name: 'sources',
    cell: ({ properties }) =>
      properties.sources
        .map((source) => [source.citation, source.url ?? source.rowId ?? ''].join(' ').trim())
        .join(' | '),
  },
];

/** Quotes a CSV cell, and defuses spreadsheet formulas (cells starting with = + - @). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function licences(meta: MetaFile | null): string {
  return (meta?.datasets ?? [])
    .map((dataset) => `${dataset.citation} (${dataset.licence})`)
    .join('; ');
}

/** The filtered sites as CSV, after `#` lines naming filters, data version, licences and link. */
export function facilitiesToCsv(
  facilities: readonly AtlasFeature<FacilityProperties>[],
  context: ExportContext,
): string {
  const header = [
    `# Critical Minerals Atlas export: ${context.description}`,
    `# View: ${context.link}`,
    `# Data version ${context.meta?.version ?? 'unknown'}, as of ${context.meta?.asOf ?? 'unknown'}`,
    `# Sources and licences: ${licences(context.meta)}`,
  ].map((line) => line.replace(/[\r\n]+/g, ' '));
  const rows = facilities.map((site) =>
    CSV_COLUMNS.map((column) => csvCell(column.cell(site))).join(','),
  );
  return `${[...header, CSV_COLUMNS.map((column) => column.name).join(','), ...rows].join('\n')}\n`;
}

/** The filtered sites as a GeoJSON FeatureCollection with a `metadata` member. */
export function facilitiesToGeoJson(
  facilities: readonly AtlasFeature<FacilityProperties>[],
  context: ExportContext,
): string {
  return `${JSON.stringify({
    type: 'FeatureCollection',
    metadata: {
      title: 'Critical Minerals Atlas export',
      filters: context.description,
      view: context.link,
      dataVersion: context.meta?.version ?? null,
      asOf: context.meta?.asOf ?? null,
      sources: (context.meta?.datasets ?? []).map(
        ({ title, publisher, licence, citation, url }) => ({
          title,
          publisher,
          licence,
          citation,
          url,
        }),
      ),
    },
    features: facilities,
  })}\n`;
}
