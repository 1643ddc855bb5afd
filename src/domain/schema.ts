/**
 * Runtime validators for every record of the atlas data contract. Pure functions: no DOM, no map
 * libraries, no I/O. Each validator collects *all* problems of a record as {@link Issue}s rather
 * than stopping at the first one, so a build can report every error at once.
 *
 * Geographic checks that need country polygons (point in stated country) and polygon validity
 * checks (winding, kinks, antimeridian) live in `geodata/build/geo.ts`, because they need turf and
 * world-atlas, which the app must not bundle.
 */
import { isMineralId } from './minerals';
import {
  CAPACITY_PRODUCTS,
  CONFIDENCES,
  LOCATION_PRECISIONS,
  MINERAL_ROLES,
  STAGES,
  STATUSES,
} from './vocabulary';
import { mirrorHostOf } from './mirrors';
import { isRecord } from './values';
import { EU_ISO3, WORLD_ISO3, isIso3Format } from './countries';

/** One validation problem: which file, which record, which rule, and a readable message. */
export interface Issue {
  /** File the record came from (path relative to the project root). */
  file: string;
  /** Record locator: id and/or line number, e.g. "icmm-icmm02788 (line 12)". */
  record: string;
  /** Rule name, e.g. "enum", "required", "source", "url", "max-length", "id-format". */
  rule: string;
  /** Human-readable message. */
  message: string;
}

/** Where a record comes from; passed to validators so issues name the file and record. */
export interface RecordContext {
  /** File path. */
  file: string;
  /** Record locator. */
  record: string;
}

/** Options shared by validators that need reference data. */
export interface ValidationOptions {
  /** Known ISO3 codes (plus Kosovo). Codes not in the set are rejected. */
  knownCountries: ReadonlySet<string>;
  /** Ids of critical minerals (US 2025 ∪ EU 2024 Annex II ∪ India 2023). */
  criticalMinerals: ReadonlySet<string>;
}

/** Maximum lengths of string fields. */
export const MAX_LENGTH = {
  /** Names, operators, owners, labels, units. */
  name: 200,
  /** Notes and descriptions. */
  note: 2000,
  /** Citations. */
  citation: 500,
  /** URLs. */
  url: 2000,
} as const;

/** Stable id pattern: lowercase letters, digits and hyphens, 2–81 chars, not starting with '-'. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,80}$/;

export { STAGES, STATUSES, CONFIDENCES, LOCATION_PRECISIONS, MINERAL_ROLES, CAPACITY_PRODUCTS };

/** Allowed corridor kinds. */
export const CORRIDOR_KINDS = ['rare-earth-corridor', 'trade-corridor'] as const;
/** Allowed figure measures. */
export const FIGURE_MEASURES = ['mine-production', 'reserves', 'refinery-production'] as const;

/** True when `id` matches {@link ID_PATTERN}. */
export function isValidId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id);
}

/** True when `url` is an absolute http(s) URL. */
export function isHttpUrl(url: unknown): url is string {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/** True for an as-of / joined date: YYYY, YYYY-MM or YYYY-MM-DD with plausible month/day. */
export function isPartialDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** True when lon/lat are finite numbers within [-180, 180] / [-90, 90]. */
export function isValidLonLat(lon: unknown, lat: unknown): boolean {
  return (
    typeof lon === 'number' &&
    typeof lat === 'number' &&
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    lon >= -180 &&
    lon <= 180 &&
    lat >= -90 &&
    lat <= 90
  );
}

export { isRecord };

/** Collects issues for one record. Helper used by the validators below. */
export class IssueCollector {
  /** Collected issues. */
  readonly issues: Issue[] = [];

  /** Creates a collector for one record. */
  constructor(readonly ctx: RecordContext) {}

  /** Adds an issue. */
  add(rule: string, message: string): void {
    this.issues.push({ file: this.ctx.file, record: this.ctx.record, rule, message });
  }

  /** Checks a required (or nullable) string field with a maximum length. */
  string(
    obj: Record<string, unknown>,
    key: string,
    max: number,
    opts: { nullable?: boolean; allowEmpty?: boolean } = {},
  ): void {
    const v = obj[key];
    if (v === null && opts.nullable === true) return;
    if (v === undefined || v === null) {
      this.add('required', `field "${key}" is missing`);
      return;
    }
    if (typeof v !== 'string') {
      this.add('type', `field "${key}" must be a string${opts.nullable ? ' or null' : ''}`);
      return;
    }
    if (v.trim() === '' && opts.allowEmpty !== true) {
      this.add('required', `field "${key}" is empty`);
    }
    if (v.length > max) {
      this.add('max-length', `field "${key}" is ${v.length} characters long (max ${max})`);
    }
    if (v !== v.trim()) this.add('whitespace', `field "${key}" has leading/trailing whitespace`);
  }

  /** Checks that a field is one of `allowed` (or null when nullable). */
  enumValue(
    obj: Record<string, unknown>,
    key: string,
    allowed: readonly string[],
    nullable = false,
  ): void {
    const v = obj[key];
    if (v === null && nullable) return;
    if (typeof v !== 'string' || !allowed.includes(v)) {
      this.add(
        'enum',
        `field "${key}" has value ${JSON.stringify(v)}; allowed: ${allowed.join(', ')}${nullable ? ', null' : ''}`,
      );
    }
  }

  /** Checks the id field. */
  id(obj: Record<string, unknown>, key = 'id'): void {
    const v = obj[key];
    if (!isValidId(v)) {
      this.add('id-format', `${key} ${JSON.stringify(v)} does not match ${String(ID_PATTERN)}`);
    }
  }

  /** Checks an as-of style date field. */
  date(obj: Record<string, unknown>, key: string, nullable = false): void {
    const v = obj[key];
    if (v === null && nullable) return;
    if (!isPartialDate(v)) {
      this.add(
        'date',
        `field "${key}" must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(v)}`,
      );
    }
  }

  /** Checks a boolean field. */
  boolean(obj: Record<string, unknown>, key: string): void {
    if (typeof obj[key] !== 'boolean') this.add('type', `field "${key}" must be a boolean`);
  }

  /** Checks an ISO3 country field against the known set (extra codes allowed via `extra`). */
  country(
    obj: Record<string, unknown>,
    key: string,
    known: ReadonlySet<string>,
    opts: { nullable?: boolean; extra?: readonly string[] } = {},
  ): void {
    const v = obj[key];
    if (v === null && opts.nullable === true) return;
    this.countryCode(v, `field "${key}"`, known, opts.extra ?? []);
  }

  /** Checks one ISO3 value. */
  countryCode(
    v: unknown,
    what: string,
    known: ReadonlySet<string>,
    extra: readonly string[],
  ): void {
    if (typeof v !== 'string' || !isIso3Format(v)) {
      this.add('country', `${what} must be an ISO 3166-1 alpha-3 code, got ${JSON.stringify(v)}`);
    } else if (!known.has(v) && !extra.includes(v)) {
      this.add('country', `${what} ${v} is not a known ISO 3166-1 alpha-3 code`);
    }
  }

  /** Checks a `sources` array: non-empty, each with citation and http(s) url or rowId. */
  sources(obj: Record<string, unknown>, key = 'sources'): void {
    const v = obj[key];
    if (!Array.isArray(v) || v.length === 0) {
      this.add('source', `field "${key}" must be a non-empty array of sources`);
      return;
    }
    v.forEach((s: unknown, i) => {
      const where = `${key}[${i}]`;
      if (!isRecord(s)) {
        this.add('source', `${where} must be an object {citation, url, rowId}`);
        return;
      }
      // A source read only on a copy names the publisher in its citation and the copy as readVia.
      const copyOnly = (s.url === null || s.url === undefined) && isHttpUrl(s.readVia);
      this.sourceFields(s.citation, s.url, copyOnly ? (s.rowId ?? 'read via') : s.rowId, where);
      this.readVia(s, where);
    });
  }

  /** Checks citation/url/rowId of one source. */
  sourceFields(citation: unknown, url: unknown, rowId: unknown, where: string): void {
    if (typeof citation !== 'string' || citation.trim() === '') {
      this.add('source', `${where} has no citation`);
    } else if (citation.length > MAX_LENGTH.citation) {
      this.add(
        'max-length',
        `${where}.citation is ${citation.length} characters (max ${MAX_LENGTH.citation})`,
      );
    }
    if (url !== null && url !== undefined && !isHttpUrl(url)) {
      this.add('url', `${where}.url ${JSON.stringify(url)} is not an http(s) URL`);
    }
    if (typeof url === 'string' && url.length > MAX_LENGTH.url) {
      this.add('max-length', `${where}.url is too long`);
    }
    if (rowId !== null && rowId !== undefined && (typeof rowId !== 'string' || rowId === '')) {
      this.add('source', `${where}.rowId must be a non-empty string or null`);
    }
    if ((url === null || url === undefined) && (rowId === null || rowId === undefined)) {
      this.add('source', `${where} needs a url, a rowId or a readVia`);
    }
  }

  /**
   * Checks a source's optional `readVia` (an http(s) copy of the publisher's text) and that the
   * cited `url` is not a known mirror or blog: those may only be named as `readVia`.
   */
  readVia(s: Record<string, unknown>, where: string): void {
    if ('readVia' in s && !isHttpUrl(s.readVia)) {
      this.add('url', `${where}.readVia ${JSON.stringify(s.readVia)} is not an http(s) URL`);
    }
    const mirror = typeof s.url === 'string' ? mirrorHostOf(s.url) : null;
    if (mirror !== null) {
      this.add(
        'mirror',
        `${where}.url is on ${mirror}, a known mirror or blog: cite the original publisher and name the copy as readVia`,
      );
    }
  }

  /** Checks an array of mineral ids (non-empty unless allowEmpty). */
  minerals(obj: Record<string, unknown>, key: string, allowEmpty = false): void {
    const v = obj[key];
    if (!Array.isArray(v) || (!allowEmpty && v.length === 0)) {
      this.add(
        'minerals',
        `field "${key}" must be a${allowEmpty ? 'n' : ' non-empty'} array of mineral ids`,
      );
      return;
    }
    const seen = new Set<unknown>();
    for (const m of v) {
      if (typeof m !== 'string' || !isMineralId(m)) {
        this.add('enum', `field "${key}" contains unknown mineral id ${JSON.stringify(m)}`);
      }
      if (seen.has(m)) this.add('duplicate', `field "${key}" lists ${JSON.stringify(m)} twice`);
      seen.add(m);
    }
  }

  /** Checks a string array with per-item max length. */
  stringArray(obj: Record<string, unknown>, key: string, max: number): void {
    const v = obj[key];
    if (!Array.isArray(v)) {
      this.add('type', `field "${key}" must be an array of strings`);
      return;
    }
    v.forEach((s: unknown, i) => {
      if (typeof s !== 'string' || s.trim() === '')
        this.add('type', `${key}[${i}] must be a non-empty string`);
      else if (s.length > max)
        this.add('max-length', `${key}[${i}] is ${s.length} characters (max ${max})`);
    });
  }

  /** Rejects keys not in `allowed` (catches typos such as "operater"). */
  knownKeys(obj: Record<string, unknown>, allowed: readonly string[]): void {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k)) this.add('unknown-field', `unknown field "${k}"`);
    }
  }
}

/** Field names of facility properties, in published order. */
export const FACILITY_KEYS = [
  'id',
  'name',
  'country',
  'stages',
  'status',
  'statusDate',
  'minerals',
  'mineralRoles',
  'primaryMineral',
  'critical',
  'operator',
  'owners',
  'capacity',
  'confidence',
  'locationPrecision',
  'groupNames',
  'sources',
  'asOf',
  'locationNote',
  'note',
] as const;

/**
 * Validates facility properties (ICMM import or curated processing sites). Checks enums, ids,
 * sources, lengths, minerals, that `primaryMineral` is the first mineral and that `critical`
 * equals `minerals` ∩ critical lists. Set `withLatLon` for curated lines carrying `lat`/`lon`.
 */
export function validateFacility(
  value: unknown,
  ctx: RecordContext,
  opts: ValidationOptions,
  withLatLon = false,
): Issue[] {
  const c = new IssueCollector(ctx);
  if (!isRecord(value)) {
    c.add('type', 'record must be a JSON object');
    return c.issues;
  }
  c.knownKeys(value, withLatLon ? [...FACILITY_KEYS, 'lat', 'lon'] : FACILITY_KEYS);
  c.id(value);
  c.string(value, 'name', MAX_LENGTH.name);
  c.country(value, 'country', opts.knownCountries);
  const stages = value.stages;
  if (!Array.isArray(stages) || stages.length === 0) {
    c.add('enum', 'field "stages" must be a non-empty array');
  } else {
    for (const s of stages) {
      if (typeof s !== 'string' || !(STAGES as readonly string[]).includes(s)) {
        c.add(
          'enum',
          `field "stages" has value ${JSON.stringify(s)}; allowed: ${STAGES.join(', ')}`,
        );
      }
    }
    if (new Set(stages).size !== stages.length) c.add('duplicate', 'field "stages" has duplicates');
  }
  c.enumValue(value, 'status', STATUSES, true);
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
      c.enumValue(cap, 'product', CAPACITY_PRODUCTS, true);
    }
  }
  c.enumValue(value, 'confidence', CONFIDENCES);
  c.enumValue(value, 'locationPrecision', LOCATION_PRECISIONS);
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
 * Checks `mineralRoles`: one role per mineral, from {@link MINERAL_ROLES}, in role order (the
 * minerals are listed primary first, then secondary, then by-products).
 */
function checkMineralRoles(c: IssueCollector, roles: unknown, count: number): void {
  if (!Array.isArray(roles) || roles.length !== count) {
    c.add('roles', `mineralRoles must be an array with one role per mineral (${count})`);
    return;
  }
  let last = 0;
  roles.forEach((r: unknown, i) => {
    const rank = MINERAL_ROLES.indexOf(r as (typeof MINERAL_ROLES)[number]);
    if (rank < 0) {
      c.add(
        'roles',
        `mineralRoles[${i}] ${JSON.stringify(r)}; allowed: ${MINERAL_ROLES.join(', ')}`,
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
export const DEPOSIT_KEYS = [
  'id',
  'name',
  'country',
  'region',
  'minerals',
  'depositType',
  'locationPrecision',
  'sources',
  'asOf',
  'locationNote',
  'lat',
  'lon',
] as const;

/** Validates a deposit record (properties plus `lat`/`lon`) from `usgs-deposits.ndjson`. */
export function validateDeposit(
  value: unknown,
  ctx: RecordContext,
  opts: ValidationOptions,
): Issue[] {
  const c = new IssueCollector(ctx);
  if (!isRecord(value)) {
    c.add('type', 'record must be a JSON object');
    return c.issues;
  }
  c.knownKeys(value, DEPOSIT_KEYS);
  c.id(value);
  c.string(value, 'name', MAX_LENGTH.name);
  c.country(value, 'country', opts.knownCountries, { nullable: true });
  if (value.country === null && (typeof value.region !== 'string' || value.region === '')) {
    c.add('required', 'a deposit without a country must name its region (ocean)');
  }
  c.string(value, 'region', MAX_LENGTH.name, { nullable: true });
  c.minerals(value, 'minerals');
  c.string(value, 'depositType', MAX_LENGTH.name);
  c.enumValue(value, 'locationPrecision', LOCATION_PRECISIONS);
  c.sources(value);
  c.date(value, 'asOf');
  if ('locationNote' in value) c.string(value, 'locationNote', MAX_LENGTH.note);
  if (!isValidLonLat(value.lon, value.lat)) {
    c.add(
      'coordinates',
      `lat/lon out of range or not numbers: lat=${JSON.stringify(value.lat)}, lon=${JSON.stringify(value.lon)}`,
    );
  }
  return c.issues;
}

/** Field names of corridor records (properties plus geometry). */
export const CORRIDOR_KEYS = [
  'id',
  'name',
  'kind',
  'status',
  'schematic',
  'description',
  'countries',
  'sources',
  'asOf',
  'geometry',
] as const;

/** Validates a corridor record's properties (geometry validity is checked in geodata/build/geo.ts). */
export function validateCorridor(
  value: unknown,
  ctx: RecordContext,
  opts: ValidationOptions,
): Issue[] {
  const c = new IssueCollector(ctx);
  if (!isRecord(value)) {
    c.add('type', 'record must be a JSON object');
    return c.issues;
  }
  c.knownKeys(value, CORRIDOR_KEYS);
  c.id(value);
  c.string(value, 'name', MAX_LENGTH.name);
  c.enumValue(value, 'kind', CORRIDOR_KINDS);
  c.enumValue(value, 'status', STATUSES, true);
  c.boolean(value, 'schematic');
  c.string(value, 'description', MAX_LENGTH.note);
  const countries = value.countries;
  if (!Array.isArray(countries) || countries.length === 0) {
    c.add('country', 'field "countries" must be a non-empty array of ISO3 codes');
  } else {
    countries.forEach((x: unknown, i) =>
      c.countryCode(x, `countries[${i}]`, opts.knownCountries, []),
    );
  }
  c.sources(value);
  c.date(value, 'asOf');
  const g = value.geometry;
  if (!isRecord(g) || !['Polygon', 'MultiPolygon', 'LineString'].includes(String(g.type))) {
    c.add('geometry', 'geometry must be a GeoJSON Polygon, MultiPolygon or LineString');
  }
  return c.issues;
}

/** Field names of blocs.ndjson lines. */
export const BLOC_KEYS = [
  'id',
  'name',
  'shortName',
  'kind',
  'description',
  'founded',
  'includesEuropeanUnion',
  'sources',
  'asOf',
] as const;

/** Validates one bloc line (without members). */
export function validateBloc(value: unknown, ctx: RecordContext): Issue[] {
  const c = new IssueCollector(ctx);
  if (!isRecord(value)) {
    c.add('type', 'record must be a JSON object');
    return c.issues;
  }
  c.knownKeys(value, BLOC_KEYS);
  c.id(value);
  c.string(value, 'name', MAX_LENGTH.name);
  c.string(value, 'shortName', MAX_LENGTH.name);
  c.string(value, 'kind', MAX_LENGTH.name);
  c.string(value, 'description', MAX_LENGTH.note);
  c.date(value, 'founded', true);
  c.boolean(value, 'includesEuropeanUnion');
  c.sources(value);
  c.date(value, 'asOf');
  return c.issues;
}

/** A parsed CSV row: column name -> cell text. */
export type CsvRow = Readonly<Record<string, string>>;

/** Columns of bloc-members.csv. */
export const BLOC_MEMBER_COLUMNS = [
  'bloc_id',
  'country_iso3',
  'role',
  'joined',
  'source_citation',
  'source_url',
  'source_read_via',
  'as_of',
] as const;

/** Validates one bloc-members.csv row against the known bloc ids. */
export function validateBlocMemberRow(
  row: CsvRow,
  ctx: RecordContext,
  opts: ValidationOptions,
  blocIds: ReadonlySet<string>,
): Issue[] {
  const c = new IssueCollector(ctx);
  const blocId = row.bloc_id ?? '';
  if (!isValidId(blocId)) c.add('id-format', `bloc_id ${JSON.stringify(blocId)} is malformed`);
  else if (!blocIds.has(blocId)) c.add('reference', `bloc_id ${blocId} is not in blocs.ndjson`);
  c.countryCode(row.country_iso3, 'country_iso3', opts.knownCountries, [EU_ISO3]);
  c.string(row, 'role', MAX_LENGTH.name);
  if ((row.joined ?? '') !== '' && !isPartialDate(row.joined)) {
    c.add('date', `joined must be empty or YYYY[-MM[-DD]], got ${JSON.stringify(row.joined)}`);
  }
  const readVia = emptyToNull(row.source_read_via);
  const source: Record<string, unknown> = {
    citation: row.source_citation,
    url: emptyToNull(row.source_url),
    rowId: null,
  };
  if (readVia !== null) source.readVia = readVia;
  c.sources({ sources: [source] });
  if (!isPartialDate(row.as_of))
    c.add('date', `as_of must be YYYY[-MM[-DD]], got ${JSON.stringify(row.as_of)}`);
  return c.issues;
}

/** Columns of country-figures.csv. */
export const FIGURE_COLUMNS = [
  'country_iso3',
  'mineral',
  'measure',
  'year',
  'value',
  'unit',
  'estimated',
  'note',
  'source_citation',
  'source_url',
  'as_of',
] as const;

/** Validates one country-figures.csv row. */
export function validateFigureRow(
  row: CsvRow,
  ctx: RecordContext,
  opts: ValidationOptions,
): Issue[] {
  const c = new IssueCollector(ctx);
  c.countryCode(row.country_iso3, 'country_iso3', opts.knownCountries, [WORLD_ISO3]);
  if (!isMineralId(row.mineral ?? ''))
    c.add('enum', `mineral ${JSON.stringify(row.mineral)} is not a mineral id`);
  c.enumValue(row, 'measure', FIGURE_MEASURES);
  if (!/^\d{4}$/.test(row.year ?? ''))
    c.add('type', `year must be a 4-digit year, got ${JSON.stringify(row.year)}`);
  const v = row.value ?? '';
  if (v !== '' && !/^-?\d+(\.\d+)?$/.test(v))
    c.add('type', `value must be a plain number or empty, got ${JSON.stringify(v)}`);
  c.string(row, 'unit', MAX_LENGTH.name);
  if (!['true', 'false'].includes(row.estimated ?? '')) {
    c.add('enum', `estimated must be "true" or "false", got ${JSON.stringify(row.estimated)}`);
  }
  c.string(row, 'note', MAX_LENGTH.note, { allowEmpty: true });
  c.sourceFields(row.source_citation, emptyToNull(row.source_url), null, 'source');
  if (!isPartialDate(row.as_of))
    c.add('date', `as_of must be YYYY[-MM[-DD]], got ${JSON.stringify(row.as_of)}`);
  return c.issues;
}

/** Columns of critical-lists.csv. */
export const CRITICAL_LIST_COLUMNS = [
  'list_id',
  'list_name',
  'issuer',
  'date',
  'mineral_id',
  'name_as_listed',
  'source_url',
] as const;

/** Validates one critical-lists.csv row. */
export function validateCriticalListRow(row: CsvRow, ctx: RecordContext): Issue[] {
  const c = new IssueCollector(ctx);
  if (!isValidId(row.list_id))
    c.add('id-format', `list_id ${JSON.stringify(row.list_id)} is malformed`);
  c.string(row, 'list_name', MAX_LENGTH.name);
  c.string(row, 'issuer', MAX_LENGTH.name);
  if (!isPartialDate(row.date))
    c.add('date', `date must be YYYY[-MM[-DD]], got ${JSON.stringify(row.date)}`);
  if (!isMineralId(row.mineral_id ?? ''))
    c.add('enum', `mineral_id ${JSON.stringify(row.mineral_id)} is not a mineral id`);
  c.string(row, 'name_as_listed', MAX_LENGTH.name);
  if (!isHttpUrl(row.source_url))
    c.add('url', `source_url ${JSON.stringify(row.source_url)} is not an http(s) URL`);
  return c.issues;
}

/** Columns of corrections.csv. */
export const CORRECTION_COLUMNS = ['id', 'field', 'old', 'new', 'reason', 'source'] as const;

/** Validates one corrections.csv row. */
export function validateCorrectionRow(row: CsvRow, ctx: RecordContext): Issue[] {
  const c = new IssueCollector(ctx);
  if (!isValidId(row.id)) c.add('id-format', `id ${JSON.stringify(row.id)} is malformed`);
  c.string(row, 'field', MAX_LENGTH.name);
  c.string(row, 'reason', MAX_LENGTH.note);
  c.string(row, 'source', MAX_LENGTH.note);
  return c.issues;
}

/** Returns null for an empty / undefined string, else the string. */
export function emptyToNull(s: string | undefined): string | null {
  return s === undefined || s === '' ? null : s;
}

/** Finds duplicate ids among `(id, record)` pairs and returns one issue per repeat. */
export function findDuplicateIds(items: readonly { id: unknown; ctx: RecordContext }[]): Issue[] {
  const first = new Map<unknown, RecordContext>();
  const issues: Issue[] = [];
  for (const { id, ctx } of items) {
    const prev = first.get(id);
    if (prev) {
      issues.push({
        file: ctx.file,
        record: ctx.record,
        rule: 'duplicate-id',
        message: `id ${JSON.stringify(id)} is already used by ${prev.file} ${prev.record}`,
      });
    } else {
      first.set(id, ctx);
    }
  }
  return issues;
}

/** Formats an issue as one line: `file: record: [rule] message`. */
export function formatIssue(i: Issue): string {
  return `${i.file}: ${i.record}: [${i.rule}] ${i.message}`;
}
