/**
 * Test fixtures shared by the unit tests (not imported by the app): one facility builder, so a
 * new field of the data contract is added in one place.
 */
import type { AtlasFeature, CountryFigure, FacilityProperties } from './types';
import { DETAIL_FIELDS } from './facility-fields';

/** A valid facility feature (a lithium mine in Australia) with `extra` properties over it. */
export function facilityFixture(
  id: string,
  extra: Partial<FacilityProperties> = {},
  coordinates: [number, number] = [115.86, -33.87],
): AtlasFeature<FacilityProperties> {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: {
      id,
      name: `Site ${id}`,
      country: 'AUS',
      stages: ['mine'],
      status: null,
      statusDate: null,
      minerals: ['lithium'],
      mineralRoles: ['primary'],
      primaryMineral: 'lithium',
      critical: ['lithium'],
      operator: null,
      owners: [],
      capacity: null,
      confidence: 'high',
      locationPrecision: 'exact',
      groupNames: [],
      sources: [{ citation: `Cited ${id}`, url: null, rowId: id }],
      asOf: '2025-09',
      ...extra,
    },
  };
}

/** A valid country figure (lithium reserves, 2024, MCS 2025) with `extra` fields over it. */
export function figureFixture(
  country: string,
  value: number | null,
  extra: Partial<CountryFigure> = {},
): CountryFigure {
  return {
    country,
    mineral: 'lithium',
    part: null,
    measure: 'reserves',
    year: 2024,
    value,
    unit: 't',
    estimated: false,
    edition: 'MCS 2025',
    note: null,
    sources: [{ citation: 'fixture', url: null, rowId: null }],
    asOf: '2025',
    ...extra,
  };
}

/** A feature without its detail fields ({@link DETAIL_FIELDS}): what `sites.json` must give back. */
export function withoutDetails(feature: AtlasFeature<FacilityProperties>): AtlasFeature<unknown> {
  const properties: Record<string, unknown> = { ...feature.properties };
  for (const field of DETAIL_FIELDS) delete properties[field];
  return { ...feature, properties };
}

/** A valid bloc line of `blocs.ndjson` (the Quad), with `extra` fields over it. */
export function blocFixture(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'quad',
    name: 'Quad',
    shortName: 'Quad',
    kind: 'initiative',
    description: 'd',
    founded: '2025-07-01',
    includesEuropeanUnion: false,
    sources: [{ citation: 'c', url: 'https://example.org', rowId: null }],
    asOf: '2025-07',
    ...extra,
  };
}
