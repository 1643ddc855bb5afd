import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium';
import { PROBE_SCRIPT } from './probe';
import { withCap } from './stats';

/** The viewport of every load (issue 7's). */
export const VIEWPORT = { width: 1280, height: 720 };

/** Camera of the pan test: a fixed start, then steps east at the same zoom. */
export const PAN = { longitude: 20, latitude: 20, zoom: 1.5, step: 4 };

/** What one load measures; arrays are per-step samples in ms. */
export interface LoadResult {
  firstIdle: number | null;
  heapBytes: number | null;
  pan: number[];
  filters: Record<string, number[]>;
  errors: string[];
}

/** How much to measure in one load. */
export interface LoadPlan {
  url: string;
  /** Filter methods to time (`ui` for the app, `setFilter`/`setData`, `swap`). */
  methods: string[];
  /** Filter on + off pairs per method; 0.5 means only "on". */
  toggles: number;
  panSteps: number;
  /** Cap of each step (navigation, one filter, one pan frame), ms. */
  capMs: number;
}

/** Starts the one Chromium session of the run, with the e2e launch flags. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
}

async function heapBytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const usage = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usage.usedSize;
}

async function timed(
  page: Page,
  plan: LoadPlan,
  expression: string,
  label: string,
): Promise<number> {
  return withCap(page.evaluate<number>(expression), plan.capMs, label);
}

async function measureFilters(page: Page, plan: LoadPlan, result: LoadResult): Promise<void> {
  for (const method of plan.methods) {
    const samples: number[] = (result.filters[method] = []);
    for (let pair = 0; pair < plan.toggles; pair += 1) {
      samples.push(await timed(page, plan, `__bench.time('filter', true, '${method}')`, method));
      if (pair + 1 > plan.toggles) break;
      samples.push(await timed(page, plan, `__bench.time('filter', false, '${method}')`, method));
    }
  }
}

async function measurePan(page: Page, plan: LoadPlan, result: LoadResult): Promise<void> {
  if (plan.panSteps === 0) return;
  const { longitude, latitude, zoom, step } = PAN;
  await timed(page, plan, `__bench.time('jump', ${longitude}, ${latitude}, ${zoom})`, 'pan start');
  for (let index = 1; index <= plan.panSteps; index += 1) {
    const expression = `__bench.time('jump', ${longitude + step * index}, ${latitude}, ${zoom})`;
    result.pan.push(await timed(page, plan, expression, 'pan frame'));
  }
}

async function closeQuietly(context: BrowserContext): Promise<void> {
  await withCap(context.close(), 20_000, 'close').catch(() => undefined);
}

/**
 * One load in a fresh context: navigation to first idle (drawn and read back), JS heap after a
 * garbage collection, then filter toggles and pan frames. A step over its cap ends the load and
 * is reported as an error ("did not finish"), never as a number.
 */
export async function measureLoad(browser: Browser, plan: LoadPlan): Promise<LoadResult> {
  const result: LoadResult = { firstIdle: null, heapBytes: null, pan: [], filters: {}, errors: [] };
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  const page = await context.newPage();
  page.on('pageerror', (error) => result.errors.push(`page error: ${error.message}`));
  page.on('crash', () => result.errors.push('tab crashed'));
  await page.addInitScript(PROBE_SCRIPT);
  try {
    await page.goto(plan.url, { waitUntil: 'commit' });
    await page.waitForFunction('window.__bench && window.__bench.firstIdle !== undefined', null, {
      timeout: plan.capMs,
      polling: 200,
    });
    result.firstIdle = await page.evaluate<number>('__bench.firstIdle');
    result.heapBytes = await withCap(heapBytes(page), plan.capMs, 'heap');
    await measureFilters(page, plan, result);
    await measurePan(page, plan, result);
  } catch (error) {
    result.errors.push(`did not finish: ${String(error).split('\n')[0]}`);
  } finally {
    await closeQuietly(context);
  }
  return result;
}

/** The app's map box at the bench viewport, so the peers draw the same number of pixels. */
export async function appMapBox(
  browser: Browser,
  url: string,
): Promise<{ width: number; height: number; renderer: string }> {
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#map[data-render-state="idle"]').waitFor({ timeout: 60_000 });
  await page.getByRole('checkbox', { name: /^Lithium/ }).waitFor({ timeout: 60_000 });
  const box = await page.evaluate<string>(
    'JSON.stringify(document.getElementById("map").getBoundingClientRect())',
  );
  const renderer = await page.evaluate<string>(`(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
    return gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'none';
  })()`);
  await closeQuietly(context);
  const { width, height } = JSON.parse(box) as { width: number; height: number };
  return { width: Math.round(width), height: Math.round(height), renderer };
}
