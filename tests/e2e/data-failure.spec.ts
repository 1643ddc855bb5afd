import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { guardPage, waitForMapIdle, type AtlasMapHooks } from './driver';

/** The start-up sites file: the load that gates the whole app. */
const SITES = '**/data/sites.json';

test('a failed data fetch shows the error and a Retry button that loads the data again', async ({
  page,
}) => {
  const problems = await guardPage(page);
  await page.route(SITES, (route) =>
    route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
  );
  await page.goto('./');

  const summary = page.getByRole('status');
  await expect(summary).toContainText(/could not be loaded/);
  await expect(summary).toContainText(/sites\.json answered 500/);
  const retry = page.getByRole('button', { name: 'Retry', exact: true });
  await expect(retry).toBeVisible();

  await page.unroute(SITES);
  await retry.click();
  await expect(summary).toContainText(/sites shown/);
  await expect(retry).toBeHidden();
  await expect(page.locator('#panel'), 'focus stays in the panel, not on <body>').toBeFocused();
  await waitForMapIdle(page);
  const drawn = await page.evaluate(
    () => (window as unknown as { atlasMap: AtlasMapHooks }).atlasMap.renderedSiteIds().length,
  );
  expect(drawn, 'the map draws the sites loaded by the retry').toBeGreaterThan(0);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.outsideRequests).toEqual([]);
});

test('a retry that fails again keeps the error and the Retry button', async ({ page }) => {
  const problems = await guardPage(page);
  let requests = 0;
  await page.route(SITES, (route) => {
    requests += 1;
    return route.fulfill({ status: 503, body: '' });
  });
  await page.goto('./');
  const retry = page.getByRole('button', { name: 'Retry', exact: true });
  await expect(retry).toBeVisible();
  await retry.click();
  await expect.poll(() => requests).toBe(2);
  await expect(page.getByRole('status')).toContainText(/answered 503/);
  await expect(retry).toBeVisible();
  expect(problems.pageErrors).toEqual([]);
});

test('a slow data response shows "Loading sites…" until the data arrives', async ({ page }) => {
  const problems = await guardPage(page);
  // The response is held until the test releases it: no timers, no race.
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = false;
  await page.route(SITES, async (route) => {
    held = true;
    await released;
    await route.continue();
  });
  await page.goto('./');
  const summary = page.getByRole('status');
  await expect.poll(() => held).toBe(true);
  await expect(summary).toHaveText('Loading sites…');
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  // Two more frames with the response still held: the app neither gives up nor shows numbers.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
  await expect(summary).toHaveText('Loading sites…');
  release();
  await expect(summary).toContainText(/sites shown/);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

test('a malformed sites.json (a column of the wrong length) shows the same data error', async ({
  page,
}) => {
  const problems = await guardPage(page);
  const file = JSON.parse(readFileSync('public/data/sites.json', 'utf8')) as {
    columns: { lat: number[] };
  };
  file.columns.lat.pop();
  await page.route(SITES, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(file) }),
  );
  await page.goto('./');
  const summary = page.getByRole('status');
  await expect(summary).toContainText(/could not be loaded/);
  await expect(summary).toContainText(/sites\.json is not in the expected shape/);
  await expect(page.getByRole('button', { name: 'Retry', exact: true })).toBeVisible();
  expect(problems.pageErrors).toEqual([]);
});
