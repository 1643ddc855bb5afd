/**
 * Country figures from several editions of a source (MCS 2025, MCS 2026): the later edition wins
 * for a country, mineral, part, measure and year, and the published figure says which value it
 * revised. And the check that the listed countries of a world table do not add up to more than
 * its world total, beyond the total's rounding. Pure.
 */
import { WORLD_ISO3 } from '../../src/domain/countries';
import type { CountryFigure } from '../../src/domain/types';

/** Year of an edition name ("MCS 2026" → 2026). */
export function editionYear(edition: string): number {
  return Number(/(\d{4})$/.exec(edition)?.[1] ?? 0);
}

const keyOf = (f: CountryFigure): string =>
  [f.country, f.mineral, f.part ?? '', f.measure, f.year].join('|');

/**
 * Keeps, for each key, the figure of the latest edition. A figure that replaced an earlier
 * edition's different value carries `revises`; a unit that differs between editions is reported,
 * since the figures would not be comparable.
 */
export function mergeEditions(
  figures: readonly CountryFigure[],
  problems: string[],
): CountryFigure[] {
  const byKey = new Map<string, CountryFigure[]>();
  for (const f of figures) {
    const k = keyOf(f);
    byKey.set(k, [...(byKey.get(k) ?? []), f]);
  }
  const out: CountryFigure[] = [];
  for (const [k, group] of byKey) {
    const sorted = [...group].sort((a, b) => editionYear(b.edition) - editionYear(a.edition));
    const [latest, previous] = sorted as [CountryFigure, CountryFigure | undefined];
    if (previous && previous.unit !== latest.unit) {
      problems.push(
        `${k}: ${previous.edition} unit "${previous.unit}" ≠ ${latest.edition} "${latest.unit}"`,
      );
    }
    if (previous && previous.value !== latest.value) {
      out.push({
        ...latest,
        revises: {
          edition: previous.edition,
          value: previous.value,
          estimated: previous.estimated,
        },
      });
    } else out.push(latest);
  }
  return out;
}

/** The place value of a rounded total's last significant digit (380,000 → 10,000; 112,000 → 1,000). */
export function roundingUnit(total: number): number {
  if (!Number.isFinite(total) || total <= 0) return 0;
  let unit = 1;
  while (total % (unit * 10) === 0) unit *= 10;
  return unit;
}

/**
 * World tables whose listed countries add up to more than the world total plus one rounding
 * unit of the total (the sum of the rounded country figures may exceed a rounded total a little;
 * more means a misread figure or unit). Totals given as a lower bound (">") are skipped.
 */
export function totalsExceeded(figures: readonly CountryFigure[]): string[] {
  const slices = new Map<string, { world?: CountryFigure; sum: number; n: number }>();
  for (const f of figures) {
    if (f.value === null) continue;
    const k = [f.mineral, f.part ?? '', f.measure, f.year, f.unit, f.edition].join('|');
    const s = slices.get(k) ?? { sum: 0, n: 0 };
    if (f.country === WORLD_ISO3) s.world = f;
    else {
      s.sum += f.value;
      s.n += 1;
    }
    slices.set(k, s);
  }
  const out: string[] = [];
  for (const [k, s] of slices) {
    const total = s.world?.value;
    if (total === undefined || total === null || (s.world?.note ?? '').includes('(more than)'))
      continue;
    if (s.sum > total + roundingUnit(total)) {
      out.push(`${k}: ${s.n} countries add up to ${s.sum}, world total is ${total}`);
    }
  }
  return out;
}
