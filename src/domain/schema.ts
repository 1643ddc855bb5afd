/**
 * Runtime validators for every record of the atlas data contract. Pure functions: no DOM, no map
 * libraries, no I/O. Each validator collects *all* problems of a record as {@link Issue}s rather
 * than stopping at the first one, so a build can report every error at once.
 *
 * Geographic checks that need country polygons (point in stated country) and polygon validity
 * checks (winding, kinks, antimeridian) live in `geodata/build/geo.ts`, because they need turf and
 * world-atlas, which the app must not bundle.
 */
export * from './schema-values';
export * from './issue-collector';
export * from './facility-schema';
export * from './record-schemas';
export * from './table-schemas';
