/**
 * Reads the three facility inputs — imported ICMM records, the researcher's curated sites and the
 * enrichments of imported records — and yields one facility record per site for the schema to
 * validate, each with the file and line it came from.
 */
import { isRecord, type Issue, type RecordContext } from '../../src/domain/schema';
import { applyEnrichment, curatedSiteRecord } from './curated-sites';
import type { Gazetteer } from './gazetteer';
import { parseNdjson } from './io';

/** One facility record and where it came from. */
export interface FacilityLine {
  value: unknown;
  ctx: RecordContext;
}

/** The facility inputs, by role. */
export interface FacilityInputs {
  /** Imported records (published format + lat/lon). */
  imported: { file: string; text: string } | undefined;
  /** Curated sites (researcher format). */
  curated: { file: string; text: string } | undefined;
  /** Enrichments of imported records. */
  enrichments: { file: string; text: string } | undefined;
}

function ctxOf(dir: string, file: string, id: unknown, line: number): RecordContext {
  return {
    file: `${dir}/${file}`,
    record: typeof id === 'string' && id !== '' ? `${id} (line ${line})` : `line ${line}`,
  };
}

function* lines(
  input: { file: string; text: string } | undefined,
  dir: string,
  issues: Issue[],
): Generator<{ value: Record<string, unknown>; ctx: RecordContext }> {
  if (!input) return;
  for (const line of parseNdjson(input.text)) {
    const v = line.value;
    const ctx = ctxOf(dir, input.file, isRecord(v) ? v.id : undefined, line.line);
    if (line.error !== undefined) {
      issues.push({ ...ctx, rule: 'json', message: `invalid JSON: ${line.error}` });
    } else if (!isRecord(v)) {
      issues.push({ ...ctx, rule: 'type', message: 'record must be a JSON object' });
    } else yield { value: v, ctx };
  }
}

function enrichmentsById(
  input: FacilityInputs['enrichments'],
  dir: string,
  issues: Issue[],
): Map<string, { value: Record<string, unknown>; ctx: RecordContext }> {
  const byId = new Map<string, { value: Record<string, unknown>; ctx: RecordContext }>();
  for (const line of lines(input, dir, issues)) {
    const id = String(line.value.id);
    if (byId.has(id)) {
      issues.push({ ...line.ctx, rule: 'duplicate-id', message: `second enrichment of ${id}` });
    } else byId.set(id, line);
  }
  return byId;
}

/**
 * Every facility record: imported records with their enrichment applied, then curated sites.
 * Issues of the researcher formats (unknown fields, towns, dangling enrichments) are pushed to
 * `issues`; the records themselves are validated by the caller.
 */
export function facilityLines(
  inputs: FacilityInputs,
  dir: string,
  gazetteer: Gazetteer,
  issues: Issue[],
): FacilityLine[] {
  const out: FacilityLine[] = [];
  const enrichments = enrichmentsById(inputs.enrichments, dir, issues);
  const used = new Set<string>();
  for (const { value, ctx } of lines(inputs.imported, dir, issues)) {
    const enrichment = enrichments.get(String(value.id));
    if (!enrichment) {
      out.push({ value, ctx });
      continue;
    }
    used.add(String(value.id));
    const applied = applyEnrichment(value, enrichment.value, enrichment.ctx);
    issues.push(...applied.issues);
    out.push({ value: applied.record, ctx });
  }
  for (const [id, { ctx }] of enrichments) {
    if (!used.has(id)) {
      issues.push({ ...ctx, rule: 'reference', message: `no imported facility has id ${id}` });
    }
  }
  for (const { value, ctx } of lines(inputs.curated, dir, issues)) {
    const site = curatedSiteRecord(value, gazetteer, ctx);
    issues.push(...site.issues);
    if (site.record !== undefined) out.push({ value: site.record, ctx });
  }
  return out;
}
