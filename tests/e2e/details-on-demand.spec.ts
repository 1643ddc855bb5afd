import { expect, test, type Page, type Request } from '@playwright/test';
import { guardPage, openAtlas, waitForMapIdle } from './driver';
import { facilities } from './atlas-data';

const DETAILS = '**/data/facilities.geojson';
/** A curated plant with several cited sources. */
const SITE_ID = 'albemarle-kemerton';
const site = facilities.find((facility) => facility.id === SITE_ID);
const firstCitation = site?.properties.sources[0]?.citation ?? '';

/** Counts the app's requests for each data file, by file name. */
function countDataRequests(page: Page): Map<string, number> {
  const counts = new Map<string, number>();
  page.on('request', (request: Request) => {
    const match = /\/data\/([^/?#]+)/.exec(request.url());
    if (match?.[1]) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
  });
  return counts;
}

function details(page: Page) {
  return page.getByRole('region', { name: 'Site details' });
}

test('the app starts from sites.json; selecting a site fetches the details once and shows its sources', async ({
  page,
}) => {
  expect(firstCitation).not.toBe('');
  const requests = countDataRequests(page);
  const problems = await openAtlas(page);
  expect(requests.get('sites.json')).toBe(1);
  expect(requests.has('facilities.geojson'), 'no details at start').toBe(false);

  const table = page.getByRole('table', { name: 'Sites' });
  const first = table.locator('tbody tr').first().getByRole('button');
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(name);
  const selected = facilities.find((facility) => facility.properties.name === name);
  const citation = selected?.properties.sources[0]?.citation ?? '';
  expect(citation).not.toBe('');
  await expect(details(page).getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(details(page).locator('ul.sources li').first()).toContainText(citation);
  expect(requests.get('facilities.geojson')).toBe(1);

  // Another site, the search and the table reuse the loaded details.
  await page.getByRole('combobox', { name: 'Search sites' }).fill('Greenbushes C3');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(
    'Also called Greenbushes C3',
  );
  await table.locator('tbody tr').nth(1).getByRole('button').click();
  await expect(details(page).locator('ul.sources li').first()).toBeVisible();
  expect(requests.get('facilities.geojson')).toBe(1);
  expect(requests.get('sites.json')).toBe(1);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

test('focusing the search fetches the details, which add the other (group) names', async ({
  page,
}) => {
  const requests = countDataRequests(page);
  await openAtlas(page);
  const search = page.getByRole('combobox', { name: 'Search sites' });
  const loaded = page.waitForResponse(/\/data\/facilities\.geojson$/);
  await search.focus();
  await loaded;
  await search.fill('Greenbushes C3');
  const option = page.getByRole('listbox').getByRole('option').first();
  await expect(option).toContainText('Greenbushes Mine');
  await expect(option).toContainText('Also called Greenbushes C3');
  expect(requests.get('facilities.geojson')).toBe(1);
});

test('until the details arrive the panel shows the site and "Loading sources…", not an empty list', async ({
  page,
}) => {
  const problems = await guardPage(page);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(DETAILS, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`./?v=1&site=${SITE_ID}`);
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(site?.properties.name ?? '');
  await expect(panel).toContainText('Albemarle Corporation');
  await expect(panel).toContainText('Loading sources…');
  await expect(panel.locator('ul.sources')).toHaveCount(0);
  release();
  await expect(panel.locator('ul.sources li').first()).toContainText(firstCitation);
  await expect(panel).not.toContainText('Loading sources…');
  await waitForMapIdle(page);
  expect(problems.pageErrors).toEqual([]);
});

test('a failed details load says so, keeps the rest of the site, and Retry loads the sources', async ({
  page,
}) => {
  const problems = await guardPage(page);
  await page.route(DETAILS, (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto(`./?v=1&site=${SITE_ID}`);
  const panel = details(page);
  await expect(panel).toContainText(/sources and notes could not be loaded/);
  await expect(panel).toContainText(/facilities\.geojson answered 500/);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(site?.properties.name ?? '');
  await expect(panel).toContainText('Albemarle Corporation');
  await expect(panel.locator('ul.sources')).toHaveCount(0);
  await page.unroute(DETAILS);
  await panel.getByRole('button', { name: 'Retry loading sources' }).click();
  await expect(panel.locator('ul.sources li').first()).toContainText(firstCitation);
  await expect(page.getByRole('status')).toContainText(/sites shown/);
  expect(problems.pageErrors).toEqual([]);
});

test('a search result chosen before the details arrive stays chosen: the list does not reopen', async ({
  page,
}) => {
  await openAtlas(page);
  // Registered after the page guard, so it is matched first: the details wait for `release`.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(DETAILS, async (route) => {
    await held;
    await route.continue();
  });
  const search = page.getByRole('combobox', { name: 'Search sites' });
  await search.fill('Kemerton');
  await page.getByRole('option', { name: /Albemarle Kemerton/ }).click();
  await expect(details(page)).toContainText('Loading sources…');
  await expect(page.getByRole('listbox')).toBeHidden();
  release();
  await expect(details(page).locator('ul.sources li').first()).toContainText(firstCitation);
  await waitForMapIdle(page);
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(search).toHaveAttribute('aria-expanded', 'false');
});
