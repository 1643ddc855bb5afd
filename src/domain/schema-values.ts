/**
 * The basics of validation: issues, where a record comes from, and the primitive checks every
 * validator uses. Pure.
 */

import {
  CAPACITY_PRODUCTS,
  CONFIDENCES,
  LOCATION_PRECISIONS,
  MINERAL_ROLES,
  STAGES,
  STATUSES,
} from './vocabulary';

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
export { isRecord } from './values';
