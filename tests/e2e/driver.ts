import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { AtlasMapHooks } from '../../src/map/test-hooks';

export type { AtlasMapHooks };

/** `text` with the characters that mean something in a regular expression escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What a page did that a healthy page must not do. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  outsideRequests: string[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Watches a page: records console errors and uncaught exceptions, and aborts (and records) every
 * request that would leave this machine.
 */
export async function guardPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], outsideRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.consoleErrors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname)) {
      await route.continue();
      return;
    }
    problems.outsideRequests.push(url.href);
    await route.abort('blockedbyclient');
  });
  return problems;
}

/** Waits until MapLibre is idle and deck.gl has drawn the latest layers. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await expect(page.locator('#map[data-render-state="idle"]')).toBeVisible();
}

/** Ids of the sites the map draws, once it has settled. */
export async function renderedSiteIds(page: Page): Promise<string[]> {
  await waitForMapIdle(page);
  return page.evaluate(() =>
    (window as unknown as { atlasMap: AtlasMapHooks }).atlasMap.renderedSiteIds(),
  );
}

/** Opens the atlas at a path and waits for data and map to settle. */
export async function openAtlas(page: Page, path = './'): Promise<PageProblems> {
  const problems = await guardPage(page);
  await page.goto(path);
  await expect(page.getByRole('status')).toContainText(/sites shown/);
  await waitForMapIdle(page);
  return problems;
}

/** Share of the most common colour, and how many colours each cover at least 0.5 % of the image. */
export function colourStatistics(png: Buffer): { dominantShare: number; commonColours: number } {
  const image = PNG.sync.read(png);
  const counts = new Map<number, number>();
  const pixels = image.width * image.height;
  for (let offset = 0; offset < image.data.length; offset += 4) {
    const key =
      ((image.data[offset] ?? 0) >> 3) * 1024 +
      ((image.data[offset + 1] ?? 0) >> 3) * 32 +
      ((image.data[offset + 2] ?? 0) >> 3);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const sorted = [...counts.values()].sort((a, b) => b - a);
  return {
    dominantShare: (sorted[0] ?? 0) / pixels,
    commonColours: sorted.filter((count) => count / pixels >= 0.005).length,
  };
}

/** Share of the image's pixels within a small distance of a `#rrggbb` colour. */
export function colourShare(png: Buffer, hex: string, tolerance = 6): number {
  const image = PNG.sync.read(png);
  const value = Number.parseInt(hex.slice(1), 16);
  const target = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  let matches = 0;
  for (let offset = 0; offset < image.data.length; offset += 4) {
    const near = target.every(
      (channel, index) => Math.abs((image.data[offset + index] ?? 0) - channel) <= tolerance,
    );
    if (near) matches += 1;
  }
  return matches / (image.width * image.height);
}
