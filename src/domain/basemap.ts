import { wrapDegrees } from './values';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import { area, centerOfMass, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import { unwrapPolygon } from './antimeridian';

/** Properties of one basemap country: Natural Earth's name and ISO 3166-1 numeric code. */
export interface CountryProperties {
  name: string;
  isoNumeric: string | null;
}

/** Properties of one country label point. */
export interface LabelProperties {
  name: string;
  /** Square kilometres of the country's largest polygon: bigger countries win label collisions. */
  rank: number;
}

/** The GeoJSON the basemap draws, derived from one Natural Earth topology. */
export interface BasemapLayers {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  borders: Feature<MultiLineString>;
  labels: FeatureCollection<Point, LabelProperties>;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/**
 * Turns a world-atlas topology into drawable GeoJSON: country fills with antimeridian-safe rings,
 * land borders as a mesh of shared arcs only (so coastlines and the ±180° cut draw no lines), and
 * one label point per country inside its largest polygon.
 */
export function buildBasemapLayers(topology: unknown): BasemapLayers {
  const typed = topology as CountriesTopology;
  const raw = feature(typed, typed.objects.countries);
  const countries: Feature<Polygon | MultiPolygon, CountryProperties>[] = [];
  const labels: Feature<Point, LabelProperties>[] = [];
  for (const country of raw.features) {
    const geometry = country.geometry;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const name = country.properties.name;
    const isoNumeric = typeof country.id === 'string' ? country.id : null;
    const unwrapped = unwrapPolygon(geometry);
    countries.push({ type: 'Feature', properties: { name, isoNumeric }, geometry: unwrapped });
    const label = labelPoint(unwrapped, name);
    if (label) labels.push(label);
  }
  const borders = mesh(typed, typed.objects.countries, (a, b) => a !== b);
  return {
    countries: { type: 'FeatureCollection', features: countries },
    borders: { type: 'Feature', properties: {}, geometry: borders },
    labels: { type: 'FeatureCollection', features: labels },
  };
}

/** A point inside the country's largest polygon, ranked by that polygon's area. */
function labelPoint(
  geometry: Polygon | MultiPolygon,
  name: string,
): Feature<Point, LabelProperties> | null {
  const polygons: Polygon[] =
    geometry.type === 'Polygon'
      ? [geometry]
      : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  let largest: Polygon | undefined;
  let largestArea = 0;
  for (const polygon of polygons) {
    const size = area(polygon);
    if (size > largestArea) {
      largest = polygon;
      largestArea = size;
    }
  }
  if (!largest) return null;
  let point = centerOfMass(largest);
  if (!booleanPointInPolygon(point, largest)) point = pointOnFeature(largest);
  const [longitude = 0, latitude = 0] = point.geometry.coordinates;
  const wrapped = wrapDegrees(longitude);
  return {
    type: 'Feature',
    properties: { name, rank: Math.round(largestArea / 1e6) },
    geometry: { type: 'Point', coordinates: [wrapped, latitude] },
  };
}
