/** `corrections.csv`: sourced fixes to upstream records, parsed and applied by the import. Pure. */
import { parseCsvRecords } from '../build/csv';
import type { ImportRecord } from './normalise';

/** One row of corrections.csv. */
export interface Correction {
  /** Record id (curated id, e.g. `usgs-pp1802-342`). */
  id: string;
  /** Field to change: lat, lon, country, region, name, locationPrecision or locationNote. */
  field: string;
  /** Expected current value (as text; empty = null / absent). */
  old: string;
  /** New value (as text; empty = null). */
  new: string;
  /** Why. */
  reason: string;
  /** Evidence (dataset row or URL). */
  source: string;
  /** Data row number in corrections.csv. */
  row: number;
}

/** Fields corrections may change. */
export const CORRECTABLE_FIELDS = [
  'lat',
  'lon',
  'country',
  'region',
  'name',
  'locationPrecision',
  'locationNote',
] as const;

/** Parses corrections.csv text. */
export function parseCorrections(text: string): Correction[] {
  return parseCsvRecords(text, 'corrections.csv').records.map((r) => ({
    id: r.values.id ?? '',
    field: r.values.field ?? '',
    old: r.values.old ?? '',
    new: r.values.new ?? '',
    reason: r.values.reason ?? '',
    source: r.values.source ?? '',
    row: r.row,
  }));
}

function asText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v);
}

/**
 * Applies corrections in place. The current value must equal `old` (numbers compared after
 * rounding to 5 decimals), otherwise an error is returned: upstream data changed and the
 * correction must be reviewed. Every correction must match a record. Location corrections add a
 * `locationNote` naming the reason and source, and the correction source is appended to `sources`.
 */
export function applyCorrections(
  records: ImportRecord[],
  corrections: readonly Correction[],
): string[] {
  const errors: string[] = [];
  const byId = new Map(records.map((r) => [String(r.id), r]));
  const notes = new Map<string, string[]>();
  for (const c of corrections) {
    const where = `corrections.csv row ${c.row} (${c.id} ${c.field})`;
    const rec = byId.get(c.id);
    if (!rec) {
      errors.push(`${where}: no record with this id`);
      continue;
    }
    if (!(CORRECTABLE_FIELDS as readonly string[]).includes(c.field)) {
      errors.push(`${where}: field is not correctable`);
      continue;
    }
    const cur = rec[c.field];
    const numeric = c.field === 'lat' || c.field === 'lon';
    const same = numeric
      ? typeof cur === 'number' && Math.abs(cur - Number(c.old)) < 1e-5
      : asText(cur) === c.old;
    if (!same) {
      errors.push(
        `${where}: expected old value ${JSON.stringify(c.old)}, found ${JSON.stringify(cur)}`,
      );
      continue;
    }
    if (numeric) rec[c.field] = Number(c.new);
    else if (c.field === 'locationNote') rec.locationNote = c.new;
    else rec[c.field] = c.new === '' ? null : c.new;
    if (c.field !== 'locationNote') {
      const list = notes.get(c.id) ?? [];
      const text = `${c.reason} (source: ${c.source})`;
      const label = c.field === 'lat' || c.field === 'lon' ? 'coordinates' : c.field;
      const existing = list.findIndex((n) => n.endsWith(text));
      if (existing >= 0) {
        if (!(list[existing] ?? '').includes(label))
          list[existing] = `${label} / ${list[existing] ?? ''}`;
      } else {
        list.push(`Corrected ${label}: ${text}`);
      }
      notes.set(c.id, list);
    }
  }
  for (const [id, list] of notes) {
    const rec = byId.get(id);
    if (!rec) continue;
    const prior = typeof rec.locationNote === 'string' ? [rec.locationNote] : [];
    rec.locationNote = [...prior, ...list].join(' ');
  }
  return errors;
}
