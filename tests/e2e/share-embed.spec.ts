import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { colourShare, openAtlas, waitForMapIdle, type AtlasMapHooks } from './driver';
import { lightTheme } from '../../src/map/theme';
import { facilities, indexableBlocs, indexableSites } from './atlas-data';
import { siteMatches } from '../../src/domain/reference-filter';
import { NO_FILTERS } from '../../src/domain/filters';

const renderedIds = async (page: Page): Promise<string[]> => {
  await waitForMapIdle(page);
  return page.evaluate(() =>
    (window as unknown as { atlasMap: AtlasMapHooks }).atlasMap.renderedSiteIds(),
  );
};

const mineral = (page: Page, label: string) =>
  page
    .getByRole('group', { name: 'Mineral', exact: true })
    .getByRole('checkbox', { name: new RegExp(`^${label} \\(`) });

const chavara = facilities.find((facility) => facility.id === 'irel-chavara');

test('a shared link reopens exactly the same filters, site and drawn sites in a fresh page', async ({
  page,
  context,
}) => {
  await openAtlas(page);
  await mineral(page, 'Rare earths').check();
  await page
    .getByRole('group', { name: 'Country', exact: true })
    .getByRole('checkbox', { name: /^India \(/ })
    .check();
  await page.getByRole('combobox', { name: 'Search sites' }).fill('IREL Chavara');
  await page
    .getByRole('option', { name: /IREL Chavara/ })
    .first()
    .click();
  await expect(
    page.getByRole('region', { name: 'Site details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(chavara?.properties.name ?? '');
  const drawn = await renderedIds(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link).toContain('mineral=rare-earths');
  expect(link).toContain('country=IND');
  expect(link).toContain('site=irel-chavara');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  const fresh = await context.newPage();
  const problems = await openAtlas(fresh, link);
  await expect(mineral(fresh, 'Rare earths')).toBeChecked();
  await expect(
    fresh.getByRole('region', { name: 'Site details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(chavara?.properties.name ?? '');
  expect(await renderedIds(fresh)).toEqual(drawn);
  expect(drawn).toEqual(
    indexableSites
      .filter((site) =>
        siteMatches(
          site,
          { ...NO_FILTERS, minerals: ['rare-earths'], countries: ['IND'] },
          indexableBlocs,
        ),
      )
      .map((site) => site.id),
  );
  expect(problems.consoleErrors).toEqual([]);
});

test('Back and Forward step through filter changes; a hand-edited hash moves the map without a reload', async ({
  page,
}) => {
  await openAtlas(page);
  await mineral(page, 'Lithium').check();
  await waitForMapIdle(page);
  await mineral(page, 'Cobalt').check();
  await waitForMapIdle(page);
  await page.goBack();
  await expect(mineral(page, 'Cobalt')).not.toBeChecked();
  await expect(mineral(page, 'Lithium')).toBeChecked();
  await page.goForward();
  await expect(mineral(page, 'Cobalt')).toBeChecked();
  await page.evaluate(() => {
    (window as unknown as { marker: number }).marker = 1;
    location.hash = 'map=5.00/-12.00/27.00';
  });
  await waitForMapIdle(page);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await expect(page).toHaveURL(/#map=5\.00\/-12\.00\/27\.00/);
});

test('a link naming data that no longer exists opens the rest and says what it could not find', async ({
  page,
}) => {
  await openAtlas(page, './?mineral=lithium,unobtainium&site=gone-site');
  await expect(
    page.getByText(/does not have: mineral “unobtainium”; site “gone-site”/),
  ).toBeVisible();
  await expect(mineral(page, 'Lithium')).toBeChecked();
});

test('the embed resizes its host iframe and ignores a forged height message from another frame', async ({
  page,
}) => {
  await openAtlas(page, './?mineral=cobalt');
  await page.getByRole('button', { name: 'Embed' }).click();
  const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toContain('embed=1');
  await page.route('**/host-test.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><body style="margin:0"><h1>Article</h1>${code}<iframe id="forger" srcdoc="<script>parent.postMessage({'datawrapper-height':{'critical-minerals-atlas':1234}},'*')</script>"></iframe></body></html>`,
    }),
  );
  await page.setViewportSize({ width: 700, height: 900 });
  await page.goto('./host-test.html');
  const iframe = page.locator('iframe[id^="cma-"]');
  await expect(iframe).toHaveAttribute('title', /Critical Minerals Atlas/);
  const frame = page.frameLocator('iframe[id^="cma-"]');
  await expect(frame.getByRole('link', { name: 'Open full map' })).toBeVisible();
  await expect(frame.locator('#map[data-render-state="idle"]')).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(async () => iframe.evaluate((node) => node.getBoundingClientRect().height))
    .not.toBe(520);
  const height = await iframe.evaluate((node) => node.getBoundingClientRect().height);
  expect(height).toBeGreaterThan(200);
  expect(height).not.toBe(1234);
  await page.evaluate(() =>
    window.postMessage({ 'datawrapper-height': { 'critical-minerals-atlas': 999 } }, '*'),
  );
  await page.waitForTimeout(200);
  expect(await iframe.evaluate((node) => node.getBoundingClientRect().height)).toBe(height);
});

test('exports contain exactly the filtered sites', async ({ page }) => {
  await openAtlas(page);
  await mineral(page, 'Graphite').check();
  await mineral(page, 'Rare earths').check();
  const expected = indexableSites
    .filter((site) =>
      siteMatches(site, { ...NO_FILTERS, minerals: ['graphite', 'rare-earths'] }, indexableBlocs),
    )
    .map((site) => site.id);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download sites (CSV)' }).click(),
  ]);
  const text = readFileSync((await csv.path()) ?? '', 'utf8');
  const rows = text
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .slice(1);
  expect(rows.map((row) => row.split(',')[0])).toEqual(expected);
  expect(
    rows.filter((row) => row.endsWith(',')),
    'each row ends with its sources (loaded on demand before the file is made)',
  ).toEqual([]);
  expect(text).toMatch(/^# Critical Minerals Atlas export: Showing \d+ of/);
  const [geojson] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download sites (GeoJSON)' }).click(),
  ]);
  const parsed = JSON.parse(readFileSync((await geojson.path()) ?? '', 'utf8')) as {
    features: { id: string; properties: { sources: unknown[] } }[];
    metadata: { dataVersion: string };
  };
  expect(parsed.features.map((feature) => feature.id)).toEqual(expected);
  expect(parsed.features.filter((feature) => feature.properties.sources.length === 0)).toEqual([]);
  expect(parsed.metadata.dataVersion).toBeTruthy();
});

test('the map picture has the map, sites and a text panel burned in', async ({ page }) => {
  await openAtlas(page);
  await mineral(page, 'Lithium').check();
  await waitForMapIdle(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download map picture (PNG)' }).click(),
  ]);
  const png = PNG.sync.read(readFileSync((await download.path()) ?? ''));
  const mapHeight = await page
    .locator('#map canvas.maplibregl-canvas')
    .evaluate((canvas: HTMLCanvasElement) => canvas.height);
  expect(png.height).toBeGreaterThan(mapHeight);
  const mapPart = PNG.sync.write(
    Object.assign(new PNG({ width: png.width, height: mapHeight }), {
      data: png.data.subarray(0, png.width * mapHeight * 4),
    }),
  );
  expect(colourShare(mapPart, lightTheme.land)).toBeGreaterThan(0.05);
  expect(colourShare(mapPart, lightTheme.water)).toBeGreaterThan(0.05);
});
