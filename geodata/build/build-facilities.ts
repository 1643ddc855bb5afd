/**
 * Facilities: imported records with their enrichments and the curated sites, validated and
 * published as facilities.geojson; and the corrections file (validated here, applied by the import).
 */
import {
  findDuplicateIds,
  isRecord,
  validateCorrectionRow,
  validateFacility,
  CORRECTION_COLUMNS,
  type RecordContext,
} from '../../src/domain/schema';

import { facilityLines } from './facility-records';

import { compareIds } from './io';
import {
  csvRecords,
  ctxOf,
  featureCollectionText,
  normSources,
  pointFeature,
  pointIssues,
  CURATED_FILES,
  type BuildContext,
  type BuiltPoint,
} from './context';

/** Validates corrections.csv (the import applies it). */
export function validateCorrections(ctx: BuildContext): void {
  const { inputs, dir, issues } = ctx;
  const corrText = inputs[CURATED_FILES.corrections];
  if (corrText !== undefined) {
    for (const r of csvRecords(
      corrText,
      CURATED_FILES.corrections,
      CORRECTION_COLUMNS,
      dir,
      issues,
    )) {
      issues.push(
        ...validateCorrectionRow(
          r.values,
          ctxOf(dir, CURATED_FILES.corrections, r.values.id, `row ${r.row}`),
        ),
      );
    }
  }
}

/** Builds facilities.geojson; returns the facilities in published order. */
export function buildFacilities(ctx: BuildContext): BuiltPoint[] {
  const { inputs, opts, dir, issues, outputs, referenced, vopts } = ctx;
  const critical = vopts.criticalMinerals;
  const ids: { id: unknown; ctx: RecordContext }[] = [];
  const facilities: { id: string; feature: unknown; minerals: string[] }[] = [];
  const facilityInput = (file: string): { file: string; text: string } | undefined => {
    const text = inputs[file as keyof typeof inputs];
    return text === undefined ? undefined : { file, text };
  };
  const records = facilityLines(
    {
      imported: facilityInput(CURATED_FILES.icmm),
      curated: facilityInput(CURATED_FILES.sites),
      enrichments: facilityInput(CURATED_FILES.enrichments),
    },
    dir,
    opts.gazetteer,
    issues,
  );
  {
    for (const { value: v, ctx } of records) {
      if (isRecord(v) && v.critical === undefined && Array.isArray(v.minerals)) {
        v.critical = v.minerals.filter((m) => typeof m === 'string' && critical.has(m));
      }
      const recIssues = validateFacility(v, ctx, vopts, true);
      if (isRecord(v)) {
        ids.push({ id: v.id, ctx });
        recIssues.push(...pointIssues(v, ctx, opts));
      }
      issues.push(...recIssues);
      if (recIssues.length > 0 || !isRecord(v)) continue;
      const country = String(v.country);
      referenced.add(country);
      const owners = (v.owners as unknown[]).filter(isRecord).map((o) => {
        if (typeof o.country === 'string') referenced.add(o.country);
        return {
          name: String(o.name),
          country: (o.country as string | null) ?? null,
          share: (o.share as number | null) ?? null,
        };
      });
      const cap = isRecord(v.capacity)
        ? {
            value: v.capacity.value as number,
            unit: String(v.capacity.unit),
            commodity: String(v.capacity.commodity),
            year: (v.capacity.year as number | null) ?? null,
            product: (v.capacity.product as string | null | undefined) ?? null,
          }
        : null;
      const props: Record<string, unknown> = {
        id: v.id,
        name: v.name,
        country,
        stages: v.stages,
        status: v.status,
        statusDate: v.statusDate,
        minerals: v.minerals,
        mineralRoles: v.mineralRoles,
        primaryMineral: v.primaryMineral,
        critical: v.critical,
        operator: v.operator,
        owners,
        capacity: cap,
        confidence: v.confidence,
        locationPrecision: v.locationPrecision,
        groupNames: v.groupNames,
        sources: normSources(v.sources),
        asOf: v.asOf,
      };
      if (typeof v.locationNote === 'string') props.locationNote = v.locationNote;
      if (typeof v.note === 'string') props.note = v.note;
      facilities.push({
        id: String(v.id),
        minerals: v.minerals as string[],
        feature: pointFeature(v, props),
      });
    }
  }
  issues.push(...findDuplicateIds(ids));
  facilities.sort((a, b) => compareIds(a.id, b.id));
  outputs.set('facilities.geojson', featureCollectionText(facilities.map((f) => f.feature)));

  return facilities;
}
