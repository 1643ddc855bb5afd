/** The issue collector: one record's checks, each adding every problem it finds. Pure. */
import { isMineralId } from './minerals';
import { mirrorHostOf } from './mirrors';
import { isRecord } from './values';
import { isIso3Format } from './countries';
import {
  MAX_LENGTH,
  ID_PATTERN,
  isValidId,
  isHttpUrl,
  isPartialDate,
  type Issue,
  type RecordContext,
} from './schema-values';

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

/**
 * Starts validating one NDJSON record: a collector, and the record when it is an object (its
 * unknown keys, id and name already checked), or null after reporting that it is not one.
 */
export function startRecord(
  value: unknown,
  ctx: RecordContext,
  keys: readonly string[],
): { c: IssueCollector; record: Record<string, unknown> | null } {
  const c = new IssueCollector(ctx);
  if (!isRecord(value)) {
    c.add('type', 'record must be a JSON object');
    return { c, record: null };
  }
  c.knownKeys(value, keys);
  c.id(value);
  c.string(value, 'name', MAX_LENGTH.name);
  return { c, record: value };
}
