import { gzipTotal, JS_BUDGET_BYTES, type InitialSizes } from '../size/budget';
import type { CpuResult } from './cpu';
import type { Figures } from './figures';
import { FRAME_60HZ_MS } from './metrics';
import type { SizePlan } from './plan';

/** One goal of issue 7 and whether this run met it. */
export interface Goal {
  goal: string;
  met: boolean | null;
  measured: string;
}

const ratio = (a: number | undefined, b: number | undefined): number | null =>
  a !== undefined && b ? a / b : null;
const show = (value: number | null, digits = 2): string =>
  value === null ? 'not measured' : value.toFixed(digits);

/** Evaluates issue 7's goals against the figures of this run. */
export function evaluateGoals(
  figures: Figures,
  plans: readonly SizePlan[],
  cpu: readonly CpuResult[],
  sizes: InitialSizes,
): Goal[] {
  const idle = ratio(figures.firstIdle('real', 'app')?.median, figures.floorIdle('real')?.median);
  const pan = ratio(figures.pan('real', 'app')?.median, figures.floorPan('real')?.median);
  const frames = plans.map(({ id }) => ({
    id,
    value: ratio(figures.filter(id, 'app', 'ui')?.median, figures.pan(id, 'app')?.median),
  }));
  const measuredFrames = frames.filter((f) => f.value !== null);
  const versus = (peer: string, method: string, id: string): number | null =>
    ratio(figures.filter(id, peer, method)?.median, figures.filter(id, 'app', 'ui')?.median);
  const small = ['real', '20k'].map((id) => ({
    id,
    setFilter: versus('maplibre', 'setFilter', id),
    leaflet: versus('leaflet', 'swap', id),
  }));
  const million = cpu.find((result) => result.count === 1_000_000);
  const js = gzipTotal(sizes.js);
  const sites = sizes.data.find((file) => file.file === 'sites.json');
  const smaller = ratio(sizes.details?.gzip, sites?.gzip);
  const app1m = figures.firstIdle('1m', 'app');
  const errors1m = figures.errors('1m', 'app');
  return [
    {
      goal: 'First idle, real data, within 1.3× the floor',
      met: idle === null ? null : idle <= 1.3,
      measured: `${show(idle)}×`,
    },
    {
      goal: 'Pan frame at ~5k within 1.5× the floor',
      met: pan === null ? null : pan <= 1.5,
      measured: `${show(pan)}×`,
    },
    {
      goal: 'Filter latency at most one frame of the same scene, every size',
      met: measuredFrames.length === 0 ? null : measuredFrames.every((f) => (f.value ?? 9) <= 1),
      measured: frames
        .map(
          (f) =>
            `${f.id} ${f.value === null ? 'n/a (no pan frame measured)' : `${f.value.toFixed(1)} frames`}`,
        )
        .join(', '),
    },
    {
      goal: 'Filter at real size and 20k ≥ 3× faster than MapLibre setFilter, ≥ 1.5× faster than default Leaflet',
      met: small.every((s) => (s.setFilter ?? 0) >= 3 && (s.leaflet ?? 0) >= 1.5),
      measured: small
        .map((s) => `${s.id}: ${show(s.setFilter)}× vs setFilter, ${show(s.leaflet)}× vs Leaflet`)
        .join('; '),
    },
    {
      goal: 'Filter + facet counts for 1M records under 16.7 ms (Node)',
      met: million ? million.evaluate.median < FRAME_60HZ_MS : null,
      measured: million
        ? `${million.evaluate.median.toFixed(1)} ms median (min ${million.evaluate.min.toFixed(1)}, max ${million.evaluate.max.toFixed(1)})`
        : 'not measured',
    },
    {
      goal: 'Initial JS ≤ 560 KB gzip (+ worker)',
      met: js <= JS_BUDGET_BYTES,
      measured: `${(js / 1024).toFixed(1)} KB + worker ${((sizes.worker?.gzip ?? 0) / 1024).toFixed(1)} KB`,
    },
    {
      goal: 'Initial data ≥ 3× smaller than naive GeoJSON of the same records',
      met: smaller === null ? null : smaller >= 3,
      measured: `sites.json ${((sites?.gzip ?? 0) / 1024).toFixed(1)} KB gzip vs facilities.geojson ${((sizes.details?.gzip ?? 0) / 1024).toFixed(1)} KB gzip, ratio ${show(smaller)}`,
    },
    {
      goal: '1M synthetic sites load and draw without crashing the tab',
      met:
        app1m === null
          ? figures.has('1m', 'app')
            ? false
            : null
          : !errors1m.some((e) => /crash/.test(e)),
      measured: app1m
        ? `first idle ${(app1m.median / 1000).toFixed(1)} s; ${errors1m.join('; ') || 'no errors'}`
        : errors1m.join('; ') || 'not run',
    },
  ];
}

/** Markdown list of the goals. */
export function goalList(goals: readonly Goal[]): string {
  const mark = (met: boolean | null): string =>
    met === null ? 'NOT MEASURED' : met ? 'MET' : 'MISSED';
  return goals.map((g) => `- **${mark(g.met)}**: ${g.goal}: ${g.measured}.`).join('\n');
}
