import { gzipTotal, JS_BUDGET_BYTES, type InitialSizes } from '../size/budget';
import type { CpuResult } from './cpu';
import type { Figures } from './figures';
import { PEERS, type SizePlan } from './plan';
import type { Summary } from './stats';

/** One entry of results.json. `baseline` is the floor, a named peer or a stated limit. */
export interface Metric {
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  baselineOf: string;
  min?: number;
  max?: number;
  n?: number;
}

/** One 60 Hz frame, ms. */
export const FRAME_60HZ_MS = 1000 / 60;

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

function metric(
  value: Summary | number | null,
  unit: string,
  baseline: Summary | number | null,
  baselineOf: string,
): Metric | null {
  if (value === null) return null;
  const v = typeof value === 'number' ? value : value.median;
  const b = baseline === null ? null : typeof baseline === 'number' ? baseline : baseline.median;
  const spread =
    typeof value === 'number'
      ? {}
      : { min: round(value.min, 1), max: round(value.max, 1), n: value.n };
  return {
    value: round(v, 1),
    unit,
    baseline: b === null ? null : round(b, 1),
    ratio: b ? round(v / b) : null,
    baselineOf,
    ...spread,
  };
}

function browserMetrics(
  figures: Figures,
  plans: readonly SizePlan[],
  out: Record<string, Metric | null>,
): void {
  for (const { id: size } of plans) {
    for (const peer of PEERS) {
      if (!figures.has(size, peer.id)) continue;
      const key = `${size}.${peer.id}`;
      out[`first_idle.${key}`] = metric(
        figures.firstIdle(size, peer.id),
        'ms',
        figures.floorIdle(size),
        'floor first idle',
      );
      out[`pan_frame.${key}`] = metric(
        figures.pan(size, peer.id),
        'ms',
        figures.floorPan(size),
        'floor pan frame',
      );
      out[`heap.${key}`] = metric(
        figures.heapMb(size, peer.id),
        'MB',
        figures.heapMb('real', 'floor'),
        'floor heap',
      );
      for (const method of peer.methods) {
        out[`filter.${key}.${method}`] = metric(
          figures.filter(size, peer.id, method),
          'ms',
          figures.pan(size, peer.id),
          'one frame of the same scene (its pan frame): ratio = frames',
        );
      }
    }
    const app = figures.filter(size, 'app', 'ui');
    out[`filter_vs_setFilter.${size}`] = metric(
      app,
      'ms',
      figures.filter(size, 'maplibre', 'setFilter'),
      'MapLibre setFilter',
    );
    out[`filter_vs_leaflet.${size}`] = metric(
      app,
      'ms',
      figures.filter(size, 'leaflet', 'swap'),
      'Leaflet default canvas',
    );
  }
}

/** Builds the results.json object (metrics that could not be measured are left out). */
export function buildMetrics(
  figures: Figures,
  plans: readonly SizePlan[],
  cpu: readonly CpuResult[],
  sizes: InitialSizes,
): Record<string, Metric> {
  const out: Record<string, Metric | null> = {};
  browserMetrics(figures, plans, out);
  for (const result of cpu) {
    out[`cpu_evaluate.${result.count}`] = metric(
      result.evaluate,
      'ms',
      FRAME_60HZ_MS,
      'one 60 Hz frame',
    );
    out[`cpu_index_build.${result.count}`] = metric(
      result.indexMs,
      'ms',
      FRAME_60HZ_MS,
      'one 60 Hz frame',
    );
  }
  out.initial_js_gzip = metric(
    gzipTotal(sizes.js) / 1024,
    'KB',
    JS_BUDGET_BYTES / 1024,
    'budget (issue 7)',
  );
  out.worker_gzip = metric((sizes.worker?.gzip ?? 0) / 1024, 'KB', null, 'reported separately');
  const sites = sizes.data.find((file) => file.file === 'sites.json');
  out.initial_data_gzip = metric(gzipTotal(sizes.data) / 1024, 'KB', null, 'all start-up files');
  out.initial_sites_gzip = metric(
    (sites?.gzip ?? 0) / 1024,
    'KB',
    (sizes.details?.gzip ?? 0) / 1024,
    'naive GeoJSON of the same sites (facilities.geojson, now fetched on demand)',
  );
  return Object.fromEntries(
    Object.entries(out).filter((entry): entry is [string, Metric] => entry[1] !== null),
  );
}
