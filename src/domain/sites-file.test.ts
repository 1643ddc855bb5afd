import { withoutDetails } from './test-fixtures';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SITES_COLUMNS,
  SITES_FORMAT,
  decodeSites,
  encodeSites,
  mergeDetails,
  type FacilityDetails,
} from './sites-file';
import type { AtlasFeature, FacilityProperties } from './types';

const text = fc.string({ maxLength: 12 });
const nullableText = fc.option(text, { nil: null });
const optionalText = fc.option(text, { nil: undefined });
/** Finite doubles, with -0 as 0 (JSON has no -0, and the data build normalises it). */
const coordinate = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -180, max: 180 })
  .map((value) => (value === 0 ? 0 : value));

const facilityArbitrary: fc.Arbitrary<AtlasFeature<FacilityProperties>> = fc
  .record({
    id: text,
    name: text,
    country: text,
    stages: fc.array(fc.constantFrom('mine', 'smelter', 'refinery', 'processing', 'magnet-plant')),
    status: fc.constantFrom('operating', 'closed', null),
    statusDate: nullableText,
    minerals: fc.array(text, { maxLength: 4 }),
    mineralRoles: fc.array(fc.constantFrom('primary', 'secondary', 'by-product'), {
      maxLength: 4,
    }),
    primaryMineral: text,
    critical: fc.array(text, { maxLength: 4 }),
    operator: nullableText,
    owners: fc.array(
      fc.record({
        name: text,
        country: nullableText,
        share: fc.option(fc.double({ noNaN: true, min: 0, max: 100 }), { nil: null }),
      }),
      { maxLength: 3 },
    ),
    capacity: fc.option(
      fc.record({
        value: fc.integer(),
        unit: text,
        commodity: text,
        year: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
        product: fc.constantFrom('lce', 'ndfeb-magnet', null),
      }),
      { nil: null },
    ),
    confidence: fc.constantFrom('high', 'moderate', 'low', 'very-low'),
    locationPrecision: fc.constantFrom('exact', 'approximate', 'district'),
    groupNames: fc.array(text, { maxLength: 3 }),
    sources: fc.array(
      fc.record(
        { citation: text, url: nullableText, rowId: nullableText, readVia: text },
        { requiredKeys: ['citation', 'url', 'rowId'] },
      ),
      { minLength: 1, maxLength: 2 },
    ),
    asOf: text,
    locationNote: optionalText,
    note: optionalText,
    lon: coordinate,
    lat: coordinate,
  })
  .map(({ lon, lat, locationNote, note, ...rest }) => {
    const properties: FacilityProperties = { ...rest };
    if (locationNote !== undefined) properties.locationNote = locationNote;
    if (note !== undefined) properties.note = note;
    return {
      type: 'Feature',
      id: rest.id,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties,
    };
  });

describe('encodeSites / decodeSites', () => {
  it('round-trips every core field and the exact coordinates, through JSON text', () => {
    fc.assert(
      fc.property(fc.array(facilityArbitrary, { maxLength: 8 }), (features) => {
        const file = JSON.parse(JSON.stringify(encodeSites(features))) as ReturnType<
          typeof encodeSites
        >;
        expect(decodeSites(file)).toEqual(features.map(withoutDetails));
      }),
    );
  });

  it('writes one column per field, each as long as the facilities, without detail fields', () => {
    const features = fc.sample(facilityArbitrary, { numRuns: 5, seed: 7 });
    const file = encodeSites(features);
    expect(file.format).toBe(SITES_FORMAT);
    expect(file.count).toBe(5);
    expect(Object.keys(file.columns)).toEqual([...SITES_COLUMNS]);
    for (const name of SITES_COLUMNS) expect(file.columns[name]).toHaveLength(5);
    expect(JSON.stringify(file)).not.toMatch(/"(sources|groupNames|note|locationNote)"/);
  });

  it('leaves locationNote to the details: a merged one appears, an absent one stays absent', () => {
    const [first, second] = fc.sample(facilityArbitrary, { numRuns: 2, seed: 3 });
    if (!first || !second) throw new Error('no sample');
    delete first.properties.locationNote;
    second.properties.locationNote = 'Moved to the town centre';
    const decoded = decodeSites(encodeSites([first, second]));
    expect(decoded.every((site) => !('locationNote' in site.properties))).toBe(true);
    const merged = mergeDetails(
      decoded.map((site, i) => ({ ...site, properties: { ...[first, second][i]!.properties } })),
      [first, second],
    );
    expect('locationNote' in (merged[0]?.properties ?? {})).toBe(false);
    expect(merged[1]?.properties.locationNote).toBe('Moved to the town centre');
  });
});

describe('mergeDetails', () => {
  const [one, two] = fc.sample(facilityArbitrary, { numRuns: 2, seed: 11 }).map((feature, i) => ({
    ...feature,
    id: `site-${i}`,
    properties: { ...feature.properties, id: `site-${i}`, sources: [], groupNames: [] },
  }));
  if (!one || !two) throw new Error('no sample');
  delete one.properties.note;
  const details = (id: string, extra: Partial<FacilityDetails>): AtlasFeature<FacilityDetails> => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: {
      sources: [{ citation: `Cited for ${id}`, url: null, rowId: id }],
      groupNames: [`Other ${id}`],
      ...extra,
    },
  });

  it('adds sources, group names and note by id, in the facilities order, as new objects', () => {
    const merged = mergeDetails(
      [one, two],
      [details('site-1', {}), details('unknown', {}), details('site-0', { note: 'Curated' })],
    );
    expect(merged.map((facility) => facility.id)).toEqual(['site-0', 'site-1']);
    expect(merged[0]?.properties.sources).toEqual([
      { citation: 'Cited for site-0', url: null, rowId: 'site-0' },
    ]);
    expect(merged[0]?.properties.groupNames).toEqual(['Other site-0']);
    expect(merged[0]?.properties.note).toBe('Curated');
    expect(merged[1] && 'note' in merged[1].properties).toBe(false);
    expect(merged[0]).not.toBe(one);
    expect(merged[0]?.properties.name).toBe(one.properties.name);
    expect(merged[0]?.geometry).toEqual(one.geometry);
    expect(one.properties.sources, 'the input is not changed').toEqual([]);
  });

  it('leaves a facility without details as it is', () => {
    const merged = mergeDetails([one, two], [details('site-1', {})]);
    expect(merged[0]).toBe(one);
    expect(merged[1]?.properties.sources).toHaveLength(1);
  });
});
