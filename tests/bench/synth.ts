import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { sitesFileText } from '../../geodata/build/sites';
import type { FacilityProperties } from '../../src/domain/types';
import { toIndexableSite, type IndexableSite } from '../../src/domain/site-index';

/** A real facility feature, used as a template for synthetic ones. */
export interface Template {
  coordinates: [number, number];
  properties: FacilityProperties;
}

/** Seeded PRNG (mulberry32): the same seed gives the same synthetic sets on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** The real facilities, as templates. */
export function readTemplates(path: string): Template[] {
  const collection = JSON.parse(readFileSync(path, 'utf8')) as {
    features: { geometry: { coordinates: [number, number] }; properties: FacilityProperties }[];
  };
  return collection.features.map((feature) => ({
    coordinates: feature.geometry.coordinates,
    properties: feature.properties,
  }));
}

const clamp = (value: number, low: number, high: number): number =>
  Math.min(high, Math.max(low, value));

/**
 * One synthetic site: a random real site's country, stages, status, minerals and owner countries
 * (so the mix of values is the real one), its point moved by up to ±2°, and short text fields.
 */
function synthetic(row: number, random: () => number, templates: readonly Template[]): Template {
  const template = templates[Math.floor(random() * templates.length)] ?? templates[0];
  if (!template) throw new Error('no templates');
  const source = template.properties;
  const id = `synthetic-${row}`;
  const longitude = clamp(template.coordinates[0] + (random() - 0.5) * 4, -180, 180);
  const latitude = clamp(template.coordinates[1] + (random() - 0.5) * 4, -85, 85);
  return {
    coordinates: [Math.round(longitude * 1000) / 1000, Math.round(latitude * 1000) / 1000],
    properties: {
      id,
      name: `Synthetic site ${row}`,
      country: source.country,
      stages: source.stages,
      status: source.status,
      statusDate: source.statusDate,
      minerals: source.minerals,
      mineralRoles: source.mineralRoles,
      primaryMineral: source.primaryMineral,
      critical: source.critical,
      operator: null,
      owners: source.owners.map((owner) => ({
        name: 'Owner',
        country: owner.country,
        share: null,
      })),
      capacity: null,
      confidence: source.confidence,
      locationPrecision: source.locationPrecision,
      groupNames: [],
      sources: [{ citation: 'Synthetic benchmark record', url: null, rowId: null }],
      asOf: source.asOf,
    },
  };
}

/** Writes a seeded synthetic `facilities.geojson` of `count` sites, streaming it to disk. */
export async function writeSynthetic(
  path: string,
  count: number,
  templates: readonly Template[],
  seed: number,
): Promise<void> {
  const random = seededRandom(seed);
  const out = createWriteStream(path);
  const write = (text: string): Promise<void> =>
    new Promise((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)));
  await write('{"type":"FeatureCollection","features":[\n');
  let buffer: string[] = [];
  for (let row = 0; row < count; row += 1) {
    const site = synthetic(row, random, templates);
    const feature = {
      type: 'Feature',
      id: site.properties.id,
      geometry: { type: 'Point', coordinates: site.coordinates },
      properties: site.properties,
    };
    buffer.push(JSON.stringify(feature) + (row < count - 1 ? ',\n' : '\n'));
    if (buffer.length === 5000) {
      await write(buffer.join(''));
      buffer = [];
    }
  }
  await write(buffer.join('') + ']}\n');
  await new Promise<void>((resolve) => out.end(resolve));
}

/**
 * Writes the same seeded synthetic sites (same seed as {@link writeSynthetic}) as the app's
 * start-up file `sites.json`, through the data build's own writer.
 */
export function writeSyntheticSites(
  path: string,
  count: number,
  templates: readonly Template[],
  seed: number,
): void {
  const random = seededRandom(seed);
  // The writer takes only the core columns, so the detail fields are simply not written.
  const features = Array.from({ length: count }, (_, row) => {
    const { coordinates, properties } = synthetic(row, random, templates);
    return {
      type: 'Feature',
      id: properties.id,
      geometry: { type: 'Point', coordinates },
      properties,
    };
  });
  writeFileSync(path, sitesFileText(features));
}

/** Seeded synthetic sites in the shape the filter index takes (for the Node CPU benchmark). */
export function syntheticSites(
  count: number,
  templates: readonly Template[],
  seed: number,
): IndexableSite[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, row) => {
    const { properties } = synthetic(row, random, templates);
    return toIndexableSite(properties);
  });
}
