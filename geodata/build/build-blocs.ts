/**
 * Blocs and their members, validated and published as blocs.json.
 */
import {
  findDuplicateIds,
  isRecord,
  validateBloc,
  validateBlocMemberRow,
  emptyToNull,
  BLOC_MEMBER_COLUMNS,
  type RecordContext,
} from '../../src/domain/schema';
import { EU_ISO3 } from '../../src/domain/countries';
import type { Source } from '../../src/domain/types';

import { compareIds, parseNdjson, toJson } from './io';
import { csvRecords, ctxOf, normSources, CURATED_FILES, type BuildContext } from './context';

/** Builds blocs.json; returns how many blocs it holds. */
export function buildBlocs(ctx: BuildContext): number {
  const { inputs, dir, issues, outputs, referenced, vopts } = ctx;
  const blocIds: { id: unknown; ctx: RecordContext }[] = [];
  const blocs: Record<string, unknown>[] = [];
  const blocText = inputs[CURATED_FILES.blocs];
  if (blocText !== undefined) {
    for (const line of parseNdjson(blocText)) {
      const v = line.value;
      const ctx = ctxOf(dir, CURATED_FILES.blocs, isRecord(v) ? v.id : undefined, line.line);
      if (line.error !== undefined) {
        issues.push({ ...ctx, rule: 'json', message: `invalid JSON: ${line.error}` });
        continue;
      }
      const recIssues = validateBloc(v, ctx);
      if (isRecord(v)) blocIds.push({ id: v.id, ctx });
      issues.push(...recIssues);
      if (recIssues.length > 0 || !isRecord(v)) continue;
      blocs.push(v);
    }
  }
  issues.push(...findDuplicateIds(blocIds));
  const knownBlocIds = new Set(
    blocIds.map((b) => b.id).filter((x): x is string => typeof x === 'string'),
  );
  const members = new Map<
    string,
    { country: string; role: string; joined: string | null; sources: Source[] }[]
  >();
  const memberText = inputs[CURATED_FILES.blocMembers];
  if (memberText !== undefined) {
    const seen = new Map<string, number>();
    for (const r of csvRecords(
      memberText,
      CURATED_FILES.blocMembers,
      BLOC_MEMBER_COLUMNS,
      dir,
      issues,
    )) {
      const v = r.values;
      const ctx = ctxOf(
        dir,
        CURATED_FILES.blocMembers,
        `${v.bloc_id ?? ''}/${v.country_iso3 ?? ''}`,
        `row ${r.row}`,
      );
      const recIssues = validateBlocMemberRow(v, ctx, vopts, knownBlocIds);
      const key = `${v.bloc_id ?? ''}|${v.country_iso3 ?? ''}|${v.role ?? ''}`;
      const prev = seen.get(key);
      if (prev !== undefined) {
        recIssues.push({
          ...ctx,
          rule: 'duplicate',
          message: `same bloc, country and role as row ${prev}`,
        });
      } else seen.set(key, r.row);
      issues.push(...recIssues);
      if (recIssues.length > 0) continue;
      const country = v.country_iso3 ?? '';
      if (country !== EU_ISO3) referenced.add(country);
      const list = members.get(v.bloc_id ?? '') ?? [];
      list.push({
        country,
        role: v.role ?? '',
        joined: emptyToNull(v.joined),
        sources: normSources([
          {
            citation: v.source_citation ?? '',
            url: emptyToNull(v.source_url),
            rowId: null,
            readVia: emptyToNull(v.source_read_via) ?? undefined,
          },
        ]),
      });
      members.set(v.bloc_id ?? '', list);
    }
  }
  const blocsOut = blocs
    .map((b) => ({
      id: b.id,
      name: b.name,
      shortName: b.shortName,
      kind: b.kind,
      description: b.description,
      founded: b.founded,
      includesEuropeanUnion: b.includesEuropeanUnion,
      members: (members.get(String(b.id)) ?? []).sort(
        (x, y) => compareIds(x.country, y.country) || compareIds(x.role, y.role),
      ),
      sources: normSources(b.sources),
      asOf: b.asOf,
    }))
    .sort((a, b) => compareIds(String(a.id), String(b.id)));
  outputs.set('blocs.json', toJson(blocsOut));

  return blocsOut.length;
}
