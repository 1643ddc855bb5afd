import type { AtlasFeature, FacilityProperties, MetaFile } from './types';

/** What every export says about itself: what was filtered, data version, licences, citation. */
export interface ExportContext {
  description: string;
  link: string;
  meta: MetaFile | null;
}

const COLUMNS = [
  'id',
  'name',
  'country',
  'stages',
  'status',
  'minerals',
  'operator',
  'owners',
  'latitude',
  'longitude',
  'location_precision',
  'confidence',
  'as_of',
  'sources',
] as const;

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
  const rows = facilities.map(({ properties, geometry }) =>
    [
      properties.id,
      properties.name,
      properties.country,
      properties.stages.join(';'),
      properties.status ?? '',
      properties.minerals.join(';'),
      properties.operator ?? '',
      properties.owners
        .map((owner) => (owner.country ? `${owner.name} (${owner.country})` : owner.name))
        .join(';'),
      String(geometry.coordinates[1]),
      String(geometry.coordinates[0]),
      properties.locationPrecision,
      properties.confidence,
      properties.asOf,
      properties.sources
        .map((source) => [source.citation, source.url ?? source.rowId ?? ''].join(' ').trim())
        .join(' | '),
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[...header, COLUMNS.join(','), ...rows].join('\n')}\n`;
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
