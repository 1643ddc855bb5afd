import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { InitialSizes } from '../size/budget';
import type { CpuResult } from './cpu';
import { Figures, type Measured } from './figures';
import { evaluateGoals, goalList } from './goals';
import { buildMetrics } from './metrics';
import type { SizePlan } from './plan';
import { cpuTable, filterTable, mainTable, sizeTable } from './tables';
import { VIEWPORT } from './browser';

export type { Measured };

/** Everything a report is made from (also saved raw as tests/bench/out/raw.json). */
export interface ReportInput {
  measured: Measured;
  cpu: CpuResult[];
  sizes: InitialSizes;
  plans: SizePlan[];
  machine: {
    chromiumVersion: string;
    renderer: string;
    box: { width: number; height: number };
    quick: boolean;
    /** 1, 5 and 15 minute load averages at the start and the end of the run. */
    loadStart: number[];
    loadEnd: number[];
  };
  durationS: number;
  date?: string;
}

function cpuModel(): string {
  const info = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  return /model name\s*:\s*(.+)/.exec(info)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
}

function markdown(input: ReportInput, bench: string): string {
  const figures = new Figures(input.measured);
  const { machine } = input;
  const readingPath = join(bench, 'reading.md');
  const reading = existsSync(readingPath) ? readFileSync(readingPath, 'utf8').trim() : '';
  return [
    '# Benchmark results (`npm run bench`)',
    '',
    `Run ${input.date ?? ''}, ${Math.round(input.durationS / 60)} min${machine.quick ? ' (BENCH_QUICK smoke run)' : ''}. ` +
      `Machine: ${cpus().length} cores (nproc), ${cpuModel()}, no GPU; Chromium ${machine.chromiumVersion} headless, ` +
      `WebGL on ${machine.renderer}. Viewport ${VIEWPORT.width}×${VIEWPORT.height}; the app's map box is ` +
      `${machine.box.width}×${machine.box.height} and every peer draws into a box of that size. ` +
      'Times end when the frame is drawn and the GPU finished (one pixel read back from every WebGL canvas, ' +
      'or from a 1×1 WebGL canvas for Leaflet). Medians, (min–max) over every sample; peers interleaved per round. ' +
      `Load average at start ${machine.loadStart.map((v) => v.toFixed(1)).join(' / ')}, at end ` +
      `${machine.loadEnd.map((v) => v.toFixed(1)).join(' / ')} (other work on the machine adds noise to every figure).`,
    '',
    mainTable(figures, input.plans),
    '',
    '## Filter latency against the peers',
    '',
    filterTable(figures, input.plans),
    '',
    '## Filter logic and facet counts in Node (synthetic records)',
    '',
    cpuTable(input.cpu),
    '',
    '## Initial bytes',
    '',
    sizeTable(input.sizes),
    '',
    '## Goals of issue 7',
    '',
    goalList(evaluateGoals(figures, input.plans, input.cpu, input.sizes)),
    '',
    reading,
    '',
  ].join('\n');
}

/** Writes results.json (prettier-formatted) and RESULTS.md; returns the main table for printing. */
export async function writeReport(bench: string, input: ReportInput): Promise<{ table: string }> {
  const dated = { ...input, date: input.date ?? new Date().toISOString().slice(0, 16) + ' UTC' };
  writeFileSync(join(bench, 'out/raw.json'), JSON.stringify(dated));
  const figures = new Figures(dated.measured);
  const metrics = buildMetrics(figures, dated.plans, dated.cpu, dated.sizes);
  const resultsPath = join(bench, 'results.json');
  const config = (await resolveConfig(resultsPath)) ?? {};
  writeFileSync(resultsPath, await format(JSON.stringify(metrics), { ...config, parser: 'json' }));
  writeFileSync(join(bench, 'RESULTS.md'), markdown(dated, bench));
  return { table: `${mainTable(figures, dated.plans)}\n\n${filterTable(figures, dated.plans)}` };
}
