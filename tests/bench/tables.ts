import { gzipTotal, type InitialSizes } from '../size/budget';
import type { CpuResult } from './cpu';
import type { Figures } from './figures';
import { PEERS, type SizePlan } from './plan';
import type { Summary } from './stats';

const ms = (value: Summary | null): string =>
  value ? `${value.median.toFixed(0)} (${value.min.toFixed(0)}–${value.max.toFixed(0)})` : '—';
const times = (value: Summary | null, base: Summary | null): string =>
  value && base ? `${(value.median / base.median).toFixed(2)}×` : '—';

/** Markdown rows of one line of the main table (a peer at a size, one filter method). */
function rows(figures: Figures, size: string): string[] {
  const lines: string[] = [];
  for (const peer of PEERS) {
    if (!figures.has(size, peer.id)) continue;
    const idle = figures.firstIdle(size, peer.id);
    const pan = figures.pan(size, peer.id);
    const heap = figures.heapMb(size, peer.id);
    const errors = figures.errors(size, peer.id).join('; ').replace(/\|/g, '/');
    const methods = peer.methods.length > 0 ? peer.methods : ['—'];
    for (const method of methods) {
      const filter = method === '—' ? null : figures.filter(size, peer.id, method);
      const cells = [
        size,
        method === '—' || peer.methods.length === 1 ? peer.label : `${peer.label} + ${method}`,
        ms(idle),
        times(idle, figures.floorIdle(size)),
        ms(pan),
        times(pan, figures.floorPan(size)),
        ms(filter),
        filter && pan ? (filter.median / pan.median).toFixed(1) : '—',
        heap ? heap.median.toFixed(0) : '—',
        errors.length > 160 ? `${errors.slice(0, 160)}…` : errors,
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  return lines;
}

/** The main table: first idle, pan frame, filter latency and heap per size and peer. */
export function mainTable(figures: Figures, plans: readonly SizePlan[]): string {
  return [
    '| size | peer | first idle ms, median (min–max) | × floor | pan frame ms | × floor | filter ms (apply and clear) | filter in frames | heap MB | notes |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...plans.flatMap((plan) => rows(figures, plan.id)),
  ].join('\n');
}

/** App filter latency against the two peers the issue names. */
export function filterTable(figures: Figures, plans: readonly SizePlan[]): string {
  const lines = plans.map(({ id }) => {
    const app = figures.filter(id, 'app', 'ui');
    const setFilter = figures.filter(id, 'maplibre', 'setFilter');
    const leaflet = figures.filter(id, 'leaflet', 'swap');
    const faster = (peer: Summary | null): string =>
      app && peer ? `${(peer.median / app.median).toFixed(2)}×` : '—';
    return `| ${id} | ${ms(app)} | ${ms(setFilter)} | ${faster(setFilter)} | ${ms(leaflet)} | ${faster(leaflet)} |`;
  });
  return [
    '| size | app filter ms | MapLibre setFilter ms | app faster by | Leaflet (default canvas) ms | app faster by |',
    '|---|---|---|---|---|---|',
    ...lines,
  ].join('\n');
}

/** Node timings of the filter index and `evaluate` (filter + every facet count). */
export function cpuTable(cpu: readonly CpuResult[]): string {
  return [
    '| records | index build ms (once per load) | evaluate ms, median (min–max) | evaluate ns per record |',
    '|---|---|---|---|',
    ...cpu.map(
      (r) =>
        `| ${r.count.toLocaleString('en')} | ${r.indexMs.toFixed(1)} | ${r.evaluate.median.toFixed(2)} (${r.evaluate.min.toFixed(2)}–${r.evaluate.max.toFixed(2)}) | ${((r.evaluate.median * 1e6) / r.count).toFixed(1)} |`,
    ),
  ].join('\n');
}

/** Initial bytes: JS, worker, start-up data. */
export function sizeTable(sizes: InitialSizes): string {
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  const rawJs = sizes.js.reduce((sum, file) => sum + file.raw, 0);
  const rawData = sizes.data.reduce((sum, file) => sum + file.raw, 0);
  return [
    '| what | raw | gzip |',
    '|---|---|---|',
    `| initial JS (${sizes.js.length} chunks) | ${kb(rawJs)} | ${kb(gzipTotal(sizes.js))} |`,
    `| MapLibre worker | ${kb(sizes.worker?.raw ?? 0)} | ${kb(sizes.worker?.gzip ?? 0)} |`,
    `| initial data (${sizes.data.map((file) => file.file).join(', ')}) | ${kb(rawData)} | ${kb(gzipTotal(sizes.data))} |`,
    ...sizes.deferred.map(
      (file) =>
        `| ${file.file} (fetched when its layer is switched on; off by default) | ${kb(file.raw)} | ${kb(file.gzip)} |`,
    ),
    ...(sizes.details
      ? [
          `| ${sizes.details.file} (the sites' details, fetched on demand) | ${kb(sizes.details.raw)} | ${kb(sizes.details.gzip)} |`,
        ]
      : []),
  ].join('\n');
}
