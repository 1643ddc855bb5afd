/** The validator of facility records (ICMM imports, curated sites after conversion). Pure. */

import * as vocabulary from './vocabulary';
import { isRecord } from './values';
import {
  MAX_LENGTH,
  isValidLonLat,
  type Issue,
  type RecordContext,
  type ValidationOptions,
} from './schema-values';
import { IssueCollector, startRecord } from './issue-collector';
import { FACILITY_FIELDS } from './facility-fields';

/** Field names of facility properties, in published order. */
export const FACILITY_KEYS = FACILITY_FIELDS;

/**
 * Validates facility properties (ICMM import or curated processing sites). Checks enums, ids,
 * sources, lengths, minerals, that `primaryMineral` is the first mineral and that `critical`
 * equals `minerals` ∩ critical lists. Set `withLatLon` for curated lines carrying `lat`/`lon`.
 */
export function validateFacility(
  input: unknown,
  ctx: RecordContext,
  opts: ValidationOptions,
  withLatLon = false,
): Issue[] {
  const { c, record } = startRecord(
    input,
    ctx,
    withLatLon ? [...FACILITY_KEYS, 'lat', 'lon'] : FACILITY_KEYS,
  );
  if (!record) return c.issues;
  const value = record;
  c.country(value, 'country', opts.knownCountries);
  const stages = value.stages;
  if (!Array.isArray(stages) || stages.length === 0) {
    c.add('enum', 'field "stages" must be a non-empty array');
  } else {
    for (const s of stages) {
      if (typeof s !== 'string' || !(vocabulary.STAGES as readonly string[]).includes(s)) {
        c.add(
          'enum',
          `field "stages" has value ${JSON.stringify(s)}; allowed: ${vocabulary.STAGES.join(', ')}`,
        );
      }
    }
    if (new Set(stages).size !== stages.length) c.add('duplicate', 'field "stages" has duplicates');
  }
  c.enumValue(value, 'status', vocabulary.STATUSES, true);
  c.date(value, 'statusDate', true);
  if (value.status === null && value.statusDate !== null) {
    c.add('status', 'statusDate is set but status is null');
  }
  c.minerals(value, 'minerals');
  const minerals = Array.isArray(value.minerals) ? (value.minerals as unknown[]) : [];
  checkMineralRoles(c, value.mineralRoles, minerals.length);
  if (value.primaryMineral !== minerals[0]) {
    c.add(
      'primary-mineral',
      `primaryMineral ${JSON.stringify(value.primaryMineral)} must equal the first of minerals (${JSON.stringify(minerals[0])})`,
    );
  }
  c.minerals(value, 'critical', true);
  if (Array.isArray(value.critical)) {
    const expected = minerals.filter((m) => typeof m === 'string' && opts.criticalMinerals.has(m));
    if (JSON.stringify(expected) !== JSON.stringify(value.critical)) {
      c.add(
        'critical',
        `critical ${JSON.stringify(value.critical)} must equal minerals ∩ critical lists = ${JSON.stringify(expected)}`,
      );
    }
  }
  c.string(value, 'operator', MAX_LENGTH.name, { nullable: true });
  const owners = value.owners;
  if (!Array.isArray(owners)) {
    c.add('type', 'field "owners" must be an array');
  } else {
    owners.forEach((o: unknown, i) => {
      if (!isRecord(o)) {
        c.add('type', `owners[${i}] must be an object`);
        return;
      }
      c.string(o, 'name', MAX_LENGTH.name);
      c.country(o, 'country', opts.knownCountries, { nullable: true });
      const share = o.share;
      if (share !== null && (typeof share !== 'number' || !(share > 0 && share <= 100))) {
        c.add('range', `owners[${i}].share must be a number in (0, 100] or null`);
      }
    });
  }
  const cap = value.capacity;
  if (cap !== null) {
    if (!isRecord(cap)) {
      c.add('type', 'field "capacity" must be an object or null');
    } else {
      if (typeof cap.value !== 'number' || !Number.isFinite(cap.value) || cap.value < 0) {
        c.add('range', 'capacity.value must be a non-negative number');
      }
      c.string(cap, 'unit', MAX_LENGTH.name);
      c.string(cap, 'commodity', MAX_LENGTH.name);
      if (cap.year !== null && (typeof cap.year !== 'number' || !Number.isInteger(cap.year))) {
        c.add('type', 'capacity.year must be an integer or null');
      }
      c.enumValue(cap, 'product', vocabulary.CAPACITY_PRODUCTS, true);
    }
  }
  c.enumValue(value, 'confidence', vocabulary.CONFIDENCES);
  c.enumValue(value, 'locationPrecision', vocabulary.LOCATION_PRECISIONS);
  c.stringArray(value, 'groupNames', MAX_LENGTH.name);
  c.sources(value);
  c.date(value, 'asOf');
  if ('locationNote' in value) c.string(value, 'locationNote', MAX_LENGTH.note);
  if ('note' in value) c.string(value, 'note', MAX_LENGTH.note, { nullable: true });
  if (withLatLon && !isValidLonLat(value.lon, value.lat)) {
    c.add(
      'coordinates',
      `lat/lon out of range or not numbers: lat=${JSON.stringify(value.lat)}, lon=${JSON.stringify(value.lon)}`,
    );
  }
  return c.issues;
}

/**
 * Checks `mineralRoles`: one role per mineral, from {@link vocabulary.MINERAL_ROLES}, in role order (the
 * minerals are listed primary first, then secondary, then by-products).
 */
function checkMineralRoles(c: IssueCollector, roles: unknown, count: number): void {
  if (!Array.isArray(roles) || roles.length !== count) {
    c.add('roles', `mineralRoles must be an array with one role per mineral (${count})`);
    return;
  }
  let last = 0;
  roles.forEach((r: unknown, i) => {
    const rank = vocabulary.MINERAL_ROLES.indexOf(r as (typeof vocabulary.MINERAL_ROLES)[number]);
    if (rank < 0) {
      c.add(
        'roles',
        `mineralRoles[${i}] ${JSON.stringify(r)}; allowed: ${vocabulary.MINERAL_ROLES.join(', ')}`,
      );
    } else if (rank < last) {
      c.add(
        'roles',
        `mineralRoles[${i}] ${String(r)} comes after a lesser role: list minerals primary first`,
      );
    } else last = rank;
  });
}

/** Field names of deposit properties, in published order. */
