/**
 * Test fixtures shared by the unit tests (not imported by the app): one facility builder, so a
 * new field of the data contract is added in one place.
 */
import type { AtlasFeature, CountryFigure, FacilityProperties } from './types';

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
