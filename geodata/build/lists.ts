/** Reads `critical-lists.csv` and derives per-mineral list flags and the critical set. */
import { readFileSync } from 'node:fs';
import { parseCsvRecords } from './csv';
import type { MineralLists } from '../../src/domain/types';

/** List ids in critical-lists.csv and the `lists` flag each one sets. */
export const LIST_FLAGS: Readonly<Record<string, keyof MineralLists>> = {
  'us-2025': 'us2025',
  'eu-2024-critical': 'eu2024',
  'eu-2024-strategic': 'euStrategic2024',
  'india-2023': 'india2023',
};

/** Lists whose members count as "critical" on the map (EU Annex I is a subset of Annex II). */
export const CRITICAL_LIST_IDS: readonly string[] = ['us-2025', 'eu-2024-critical', 'india-2023'];

/** Computes mineral id -> list flags from critical-lists rows. */
export function listFlags(
  rows: readonly { list_id: string; mineral_id: string }[],
): Map<string, MineralLists> {
  const map = new Map<string, MineralLists>();
  for (const r of rows) {
    const flag = LIST_FLAGS[r.list_id];
    if (flag === undefined) continue;
    const cur = map.get(r.mineral_id) ?? {
      us2025: false,
      eu2024: false,
      euStrategic2024: false,
      india2023: false,
    };
    cur[flag] = true;
    map.set(r.mineral_id, cur);
  }
  return map;
}

/** Critical mineral ids from critical-lists rows. */
export function criticalSet(rows: readonly { list_id: string; mineral_id: string }[]): Set<string> {
  return new Set(
    rows.filter((r) => CRITICAL_LIST_IDS.includes(r.list_id)).map((r) => r.mineral_id),
  );
}

/** Reads critical-lists.csv and returns the critical set. */
export function loadCriticalSet(path: string): Set<string> {
  const { records } = parseCsvRecords(readFileSync(path, 'utf8'), path);
  return criticalSet(
    records.map((r) => ({
      list_id: r.values.list_id ?? '',
      mineral_id: r.values.mineral_id ?? '',
    })),
  );
}
