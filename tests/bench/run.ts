import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureInitial } from '../size/budget';
import { appMapBox, launchBrowser, measureLoad, type LoadResult } from './browser';
import { runCpuBench } from './cpu';
import { PEERS, sizePlans } from './plan';
import { writeReport, type Measured } from './report';
import { startServer } from './server';
import { readTemplates, writeSynthetic, writeSyntheticSites } from './synth';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const bench = join(root, 'tests/bench');
const started = Date.now();
const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (message: string): void => console.log(`[bench ${elapsed()}] ${message}`);

/** The app is built into the bench's own folder: other work may rebuild dist/ during a run. */
const appDir = join(bench, 'out/app');

function build(): void {
  const options = { cwd: root, stdio: 'inherit' as const };
  const app = ['vite', 'build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn'];
  execFileSync('npx', app, options);
  execFileSync('npx', ['vite', 'build', '--config', 'tests/bench/vite.config.ts'], options);
}

function describeLoad(result: LoadResult): string {
  const median = (values: number[]): string =>
    values.length ? [...values].sort((a, b) => a - b)[values.length >> 1]?.toFixed(0) + ' ms' : '-';
  const filters = Object.entries(result.filters).map(([method, v]) => `${method} ${median(v)}`);
  return [
    `idle ${result.firstIdle?.toFixed(0) ?? '-'} ms`,
    `pan ${median(result.pan)}`,
    ...filters,
    ...result.errors,
  ].join(', ');
}

/** `npm run bench`: builds, serves, measures every peer and size, writes results. */
async function main(): Promise<void> {
  const quick = process.env.BENCH_QUICK === '1';
  const loadStart = loadavg();
  log('building the app and the peer pages');
  build();
  const sizes = measureInitial(appDir, join(root, 'public/data'));
  const realFile = join(root, 'public/data/facilities.geojson');
  const templates = readTemplates(realFile);
  log('timing filter logic and facet counts in Node');
  const cpu = runCpuBench(
    [10_000, 100_000, 1_000_000],
    templates,
    join(root, 'public/data/blocs.json'),
  );
  const plans = sizePlans(quick);
  mkdirSync(join(bench, 'out/data'), { recursive: true });
  const realSites = join(root, 'public/data/sites.json');
  const files = new Map<string, { facilities: string; sites: string }>();
  for (const plan of plans) {
    if (plan.count === 0) {
      files.set(plan.id, { facilities: realFile, sites: realSites });
      continue;
    }
    const facilities = join(bench, `out/data/facilities-${plan.id}.geojson`);
    const sites = join(bench, `out/data/sites-${plan.id}.json`);
    log(`writing ${plan.count} seeded synthetic sites`);
    await writeSynthetic(facilities, plan.count, templates, 1000 + plan.count);
    writeSyntheticSites(sites, plan.count, templates, 1000 + plan.count);
    files.set(plan.id, { facilities, sites });
  }
  const server = await startServer(
    { app: appDir, peers: join(bench, 'out/peers') },
    join(root, 'public/data'),
  );
  const browser = await launchBrowser();
  const box = await appMapBox(browser, `${server.origin}/app/`);
  log(`app map box ${box.width}x${box.height}; WebGL renderer: ${box.renderer}`);
  const measured: Measured = {};
  for (const plan of plans) {
    const served = files.get(plan.id) ?? { facilities: realFile, sites: realSites };
    server.setFacilities(served.facilities, served.sites);
    const bySize = (measured[plan.id] ??= {});
    for (let round = 0; round < plan.rounds; round += 1) {
      for (const peer of PEERS.filter((candidate) => plan.peers.includes(candidate.id))) {
        const url = server.origin + peer.path.replace('{box}', `w=${box.width}&h=${box.height}`);
        const result = await measureLoad(browser, {
          url,
          methods: peer.methods,
          toggles: plan.toggles,
          panSteps: plan.panSteps,
          capMs: plan.capMs,
        });
        (bySize[peer.id] ??= []).push(result);
        log(`${plan.id} round ${round + 1} ${peer.id}: ${describeLoad(result)}`);
      }
    }
  }
  const chromiumVersion = browser.version();
  await browser.close();
  await server.close();
  const { table } = await writeReport(bench, {
    measured,
    cpu,
    sizes,
    plans,
    machine: { chromiumVersion, renderer: box.renderer, box, quick, loadStart, loadEnd: loadavg() },
    durationS: (Date.now() - started) / 1000,
  });
  console.log(table);
  log('wrote tests/bench/results.json and tests/bench/RESULTS.md');
  // Built pages would be linted with the sources, and 1M sites weigh ~400 MB: remove them.
  rmSync(join(bench, 'out/peers'), { recursive: true, force: true });
  rmSync(appDir, { recursive: true, force: true });
  rmSync(join(bench, 'out/data'), { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
