/**
 * Fixtures shared by the data build's tests (not imported by the build): square fixture
 * countries, a critical-lists file, and a curated site in the researcher's format.
 */
import type { Feature, Polygon } from 'geojson';

/** A 10 × 10 degree square country from (x0, y0), counter-clockwise. */
export function squareCountry(x0: number, y0: number): Feature<Polygon> {
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, y0],
          [x0 + 10, y0],
          [x0 + 10, y0 + 10],
          [x0, y0 + 10],
          [x0, y0],
        ],
      ],
    },
  };
}

/** critical-lists.csv with lithium (US 2025) and rare earths (India 2023). */
export const LISTS_CSV =
  'list_id,list_name,issuer,date,mineral_id,name_as_listed,source_url\n' +
  'us-2025,US,DOI,2025-11-07,lithium,lithium,https://www.usgs.gov/x\n' +
  'india-2023,IN,MoM,2023-06-28,rare-earths,REE,https://example.org/in\n';

/** A curated lithium refinery in the researcher's format, inside the AUS square (10, 40). */
export function curatedSite(id: string, over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id,
    name: `Plant ${id}`,
    country: 'AUS',
    lat: 45.1,
    lon: 15.1,
    locationPrecision: 'exact',
    stages: ['refinery'],
    minerals: [{ id: 'lithium', role: 'primary' }],
    operator: null,
    owners: [],
    status: null,
    statusDate: null,
    capacity: null,
    sources: [{ citation: 'c', url: 'https://example.org', rowId: null }],
    asOf: '2026-01',
    ...over,
  });
}

/** Header of the country-figure CSV files. */
export const FIGURE_HEADER =
  'country_iso3,mineral,part,measure,year,value,unit,estimated,edition,note,source_citation,source_url,source_read_via,as_of\n';
