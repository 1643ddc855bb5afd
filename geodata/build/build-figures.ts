/**
 * Country figures: every edition's CSV validated row by row, merged so that the later edition
 * wins for a year (saying what it revised), checked against each world total, and returned in
 * published order.
 */
import {
  FIGURE_COLUMNS,
  emptyToNull,
  figureSource,
  validateFigureRow,
} from '../../src/domain/schema';
import { WORLD_ISO3 } from '../../src/domain/countries';
import type { CountryFigure, FigureMeasure } from '../../src/domain/types';
import { compareIds } from './io';
import { csvRecords, ctxOf, CURATED_FILES, type BuildContext } from './context';
import { mergeEditions, totalsExceeded } from './figure-editions';

/** The figure files, oldest edition first. */
export const FIGURE_FILES = [CURATED_FILES.figures, CURATED_FILES.figures2026] as const;

/** Validates one figure file; returns its valid figures. */
function readFigureFile(ctx: BuildContext, file: (typeof FIGURE_FILES)[number]): CountryFigure[] {
  const { inputs, dir, issues, vopts } = ctx;
  const text = inputs[file];
  if (text === undefined) return [];
  const figures: CountryFigure[] = [];
  const seen = new Map<string, number>();
  for (const r of csvRecords(text, file, FIGURE_COLUMNS, dir, issues)) {
    const v = r.values;
    const where = `${v.country_iso3 ?? ''}/${v.mineral ?? ''}/${v.measure ?? ''}/${v.year ?? ''}`;
    const rctx = ctxOf(dir, file, where, `row ${r.row}`);
    const recIssues = validateFigureRow(v, rctx, vopts);
    const key = [v.country_iso3, v.mineral, v.part, v.measure, v.year, v.edition].join('|');
    const prev = seen.get(key);
    if (prev !== undefined) {
      recIssues.push({
        ...rctx,
        rule: 'duplicate',
        message: `same country, mineral, part, measure, year and edition as row ${prev}`,
      });
    } else seen.set(key, r.row);
    issues.push(...recIssues);
    if (recIssues.length > 0) continue;
    figures.push({
      country: v.country_iso3 ?? '',
      mineral: v.mineral ?? '',
      part: emptyToNull(v.part),
      measure: v.measure as FigureMeasure,
      year: Number(v.year),
      value: (v.value ?? '') === '' ? null : Number(v.value),
      unit: v.unit ?? '',
      estimated: v.estimated === 'true',
      edition: v.edition ?? '',
      note: emptyToNull(v.note),
      sources: [figureSource(v)],
      asOf: v.as_of ?? '',
    });
  }
  return figures;
}

/** Orders figures by country, mineral, part, measure, year. */
function compareFigures(a: CountryFigure, b: CountryFigure): number {
  return (
    compareIds(a.country, b.country) ||
    compareIds(a.mineral, b.mineral) ||
    compareIds(a.part ?? '', b.part ?? '') ||
    compareIds(a.measure, b.measure) ||
    a.year - b.year
  );
}

/** Validates and merges the figure files; returns the figures in published order. */
export function buildFigures(ctx: BuildContext): CountryFigure[] {
  const all = FIGURE_FILES.flatMap((file) => readFigureFile(ctx, file));
  const problems: string[] = [];
  const totals = totalsExceeded(all);
  const merged = mergeEditions(all, problems);
  const report = (rule: string, file: string) => (message: string) =>
    ctx.issues.push({ ...ctxOf(ctx.dir, file, undefined, 'figures'), rule, message });
  problems.forEach(report('edition-unit', CURATED_FILES.figures2026));
  totals.forEach(report('world-total', CURATED_FILES.figures2026));
  for (const f of merged) if (f.country !== WORLD_ISO3) ctx.referenced.add(f.country);
  return merged.sort(compareFigures);
}
