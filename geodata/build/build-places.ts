/**
 * Deposits (USGS PP1802) and corridors, validated and published as GeoJSON.
 */
import {
  findDuplicateIds,
  isRecord,
  validateCorridor,
  validateDeposit,
  type RecordContext,
} from '../../src/domain/schema';

import { checkGeometry } from './geo';

import { compareIds, parseNdjson } from './io';
import {
  ctxOf,
  featureCollectionText,
  normSources,
  pointFeature,
  pointIssues,
  roundCoords,
  CURATED_FILES,
  type BuildContext,
  type BuiltPoint,
} from './context';

/** Builds deposits.geojson; returns the deposits in published order. */
export function buildDeposits(ctx: BuildContext): BuiltPoint[] {
  const { inputs, opts, dir, issues, outputs, referenced, vopts } = ctx;
  const depIds: { id: unknown; ctx: RecordContext }[] = [];
  const deposits: { id: string; feature: unknown; minerals: string[] }[] = [];
  const depText = inputs[CURATED_FILES.deposits];
  if (depText !== undefined) {
    for (const line of parseNdjson(depText)) {
      const v = line.value;
      const ctx = ctxOf(dir, CURATED_FILES.deposits, isRecord(v) ? v.id : undefined, line.line);
      if (line.error !== undefined) {
        issues.push({ ...ctx, rule: 'json', message: `invalid JSON: ${line.error}` });
        continue;
      }
      const recIssues = validateDeposit(v, ctx, vopts);
      if (isRecord(v)) {
        depIds.push({ id: v.id, ctx });
        if (v.country !== null) recIssues.push(...pointIssues(v, ctx, opts));
      }
      issues.push(...recIssues);
      if (recIssues.length > 0 || !isRecord(v)) continue;
      if (typeof v.country === 'string') referenced.add(v.country);
      const props: Record<string, unknown> = {
        id: v.id,
        name: v.name,
        country: v.country,
        region: v.region,
        minerals: v.minerals,
        depositType: v.depositType,
        locationPrecision: v.locationPrecision,
        sources: normSources(v.sources),
        asOf: v.asOf,
      };
      if (typeof v.locationNote === 'string') props.locationNote = v.locationNote;
      deposits.push({
        id: String(v.id),
        minerals: v.minerals as string[],
        feature: pointFeature(v, props),
      });
    }
  }
  issues.push(...findDuplicateIds(depIds));
  deposits.sort((a, b) => compareIds(a.id, b.id));
  outputs.set('deposits.geojson', featureCollectionText(deposits.map((f) => f.feature)));

  return deposits;
}

/** Builds corridors.geojson; returns how many corridors it holds. */
export function buildCorridors(ctx: BuildContext): number {
  const { inputs, dir, issues, outputs, referenced, vopts } = ctx;
  const corIds: { id: unknown; ctx: RecordContext }[] = [];
  const corridors: { id: string; feature: unknown }[] = [];
  const corText = inputs[CURATED_FILES.corridors];
  if (corText !== undefined) {
    for (const line of parseNdjson(corText)) {
      const v = line.value;
      const ctx = ctxOf(dir, CURATED_FILES.corridors, isRecord(v) ? v.id : undefined, line.line);
      if (line.error !== undefined) {
        issues.push({ ...ctx, rule: 'json', message: `invalid JSON: ${line.error}` });
        continue;
      }
      const recIssues = validateCorridor(v, ctx, vopts);
      if (isRecord(v)) {
        corIds.push({ id: v.id, ctx });
        if (isRecord(v.geometry)) {
          for (const m of checkGeometry(v.geometry))
            recIssues.push({ ...ctx, rule: 'geometry', message: m });
        }
      }
      issues.push(...recIssues);
      if (recIssues.length > 0 || !isRecord(v) || !isRecord(v.geometry)) continue;
      for (const c of v.countries as string[]) referenced.add(c);
      corridors.push({
        id: String(v.id),
        feature: {
          type: 'Feature',
          id: v.id,
          geometry: { type: v.geometry.type, coordinates: roundCoords(v.geometry.coordinates) },
          properties: {
            id: v.id,
            name: v.name,
            kind: v.kind,
            status: v.status,
            schematic: v.schematic,
            description: v.description,
            countries: [...(v.countries as string[])].sort(compareIds),
            sources: normSources(v.sources),
            asOf: v.asOf,
          },
        },
      });
    }
  }
  issues.push(...findDuplicateIds(corIds));
  corridors.sort((a, b) => compareIds(a.id, b.id));
  outputs.set('corridors.geojson', featureCollectionText(corridors.map((f) => f.feature)));

  return corridors.length;
}
