/**
 * meta.json: the data version (a hash of the published files), the datasets drawn on, and counts;
 * and sites.json, derived from facilities.geojson. Written last, from the other outputs.
 */
import { createHash } from 'node:crypto';
import { MINERALS } from '../../src/domain/minerals';
import { sitesFileText } from './sites';
import type { BuiltPoint } from './context';
import {
  compareIds,
  toJson,
  ICMM_CITATION,
  ICMM_URL,
  ICMM_AS_OF,
  PP1802_CITATION,
  PP1802_SERVICE_URL,
  PP1802_AS_OF,
} from './io';

/** The datasets the published data draws on, as meta.json lists them. */
export const DATASETS = [
  {
    id: 'icmm-global-mining-dataset-2025',
    title: 'Global Mining Dataset (public version, sheet "External")',
    publisher: 'International Council on Mining and Metals (ICMM)',
    licence: 'CC BY 4.0',
    url: ICMM_URL,
    citation: ICMM_CITATION,
    asOf: ICMM_AS_OF,
  },
  {
    id: 'usgs-pp1802',
    title:
      'Global distribution of selected mines, deposits, and districts of critical minerals (USGS Professional Paper 1802 data)',
    publisher: 'U.S. Geological Survey',
    licence: 'Public domain (U.S. Government work)',
    url: PP1802_SERVICE_URL,
    citation: PP1802_CITATION,
    asOf: PP1802_AS_OF,
  },
  {
    id: 'usgs-mcs-2026',
    title:
      'Mineral Commodity Summaries 2026 data release (world tables, US salient statistics, import sources)',
    publisher: 'U.S. Geological Survey',
    licence: 'Public domain (U.S. Government work)',
    url: 'https://doi.org/10.5066/P1WKQ63T',
    citation:
      'U.S. Geological Survey, 2026, Mineral Commodity Summaries 2026 data release (ver. 1.0, February 6, 2026; corrections of ver. 1.1 and 1.3 applied): doi:10.5066/P1WKQ63T.',
    asOf: '2026-05-27',
  },
  {
    id: 'usgs-mcs-2025',
    title: 'Mineral Commodity Summaries 2025, world tables of 20 chapters (2023 and 2024)',
    publisher: 'U.S. Geological Survey',
    licence: 'Public domain (U.S. Government work)',
    url: 'https://doi.org/10.3133/mcs2025',
    citation:
      'U.S. Geological Survey, 2025, Mineral Commodity Summaries 2025: doi:10.3133/mcs2025.',
    asOf: '2025-01',
  },
  {
    id: 'natural-earth-world-atlas',
    title: 'Natural Earth v4.1.0 admin-0 countries (world-atlas 2, countries-10m)',
    publisher: 'Natural Earth; TopoJSON by Mike Bostock (world-atlas)',
    licence: 'Public domain (Natural Earth); ISC (world-atlas)',
    url: 'https://github.com/topojson/world-atlas',
    citation: 'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.',
    asOf: '2018-05',
  },
  {
    id: 'critical-lists',
    title: 'Critical-mineral lists: US 2025, EU CRMA 2024 (Annex I and II), India 2023',
    publisher: 'U.S. DOI/USGS; European Union; Ministry of Mines, India (compiled by the atlas)',
    licence: 'Public information (list memberships)',
    url: 'https://www.usgs.gov/faqs/what-a-critical-mineral',
    citation: 'See geodata/curated/critical-lists.csv for each entry and its source.',
    asOf: '2025-11-07',
  },
];

function maxAsOf(values: readonly string[]): string {
  return values.reduce((m, v) => (v > m ? v : m), '');
}

function byMineral(items: readonly { minerals: string[] }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of MINERALS) {
    const n = items.filter((i) => i.minerals.includes(m.id)).length;
    if (n > 0) out[m.id] = n;
  }
  return out;
}

/** Adds meta.json (hashing the outputs so far) and sites.json (left out of the hash) to `outputs`. */
export function writeMeta(
  outputs: Map<string, string>,
  counts: Record<string, number>,
  facilities: readonly BuiltPoint[],
  deposits: readonly BuiltPoint[],
): void {
  const datasets = [...DATASETS].sort((a, b) => compareIds(a.id, b.id));
  const body = [...outputs.entries()]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([k, t]) => `${k}\n${t}`)
    .join('');
  const meta = {
    version: createHash('sha256').update(body).digest('hex').slice(0, 12),
    asOf: maxAsOf(datasets.map((d) => d.asOf)),
    datasets,
    counts: {
      ...counts,
      facilitiesByMineral: byMineral(facilities),
      depositsByMineral: byMineral(deposits),
    },
  };
  outputs.set('meta.json', toJson(meta));
  // Derived from facilities.geojson alone, so left out of the version hash above.
  outputs.set('sites.json', sitesFileText(facilities.map((f) => f.feature)));
}
