import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { guardPage, waitForMapIdle, type AtlasMapHooks } from './driver';
import { encodeSites } from '../../src/domain/sites-file';
import type { AtlasFeature, FacilityProperties } from '../../src/domain/types';

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '<svg onload=window.__pwned=1>';
const NAME = `${IMG} Mine ${SCRIPT}`;

/** Structurally valid facility features whose text is hostile (what a compromised or careless
 * data host could serve, bypassing the data build), followed by 20 real ones. */
function hostileFeatures(): AtlasFeature<FacilityProperties>[] {
  const real = JSON.parse(readFileSync('public/data/facilities.geojson', 'utf8')) as {
    features: AtlasFeature<FacilityProperties>[];
  };
  const hostile: AtlasFeature<FacilityProperties> = {
    type: 'Feature',
    id: 'hostile-site',
    geometry: { type: 'Point', coordinates: [135, -25] },
    properties: {
      id: 'hostile-site',
      name: NAME,
      country: 'AUS',
      stages: ['mine'],
      status: 'operating',
      statusDate: `2025 ${SCRIPT}`,
      minerals: ['lithium'],
      mineralRoles: ['primary'],
      primaryMineral: 'lithium',
      critical: ['lithium'],
      operator: SCRIPT,
      owners: [{ name: SVG, country: 'AUS', share: null }],
      capacity: {
        value: 1,
        unit: `<b>t</b> ${IMG}`,
        commodity: SCRIPT,
        year: null,
        product: null,
      },
      confidence: 'high',
      locationPrecision: 'exact',
      groupNames: [IMG],
      sources: [
        { citation: `Script link ${IMG}`, url: 'javascript:alert(1)', rowId: null },
        {
          citation: 'Read via a script URL',
          url: 'https://example.org/',
          rowId: null,
          readVia: 'javascript:alert(1)',
        },
        {
          citation: 'Data link',
          url: 'data:text/html,<script>window.__pwned=1</script>',
          rowId: SVG,
        },
        { citation: 'Safe link', url: 'https://example.org/source', rowId: null },
        { citation: 'Mixed-case script link', url: ' JaVaScRiPt:alert(1)', rowId: null },
      ],
      asOf: '2025-09',
      note: `Note ${SCRIPT}`,
      locationNote: `Location ${IMG}`,
    },
  };
  return [hostile, ...real.features.slice(0, 20)];
}

async function expectInert(page: Page): Promise<void> {
  await page.waitForTimeout(300); // Give an injected handler time to run, if one existed.
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
  ).toBeUndefined();
  expect(
    await page
      .locator('#panel img, #panel script, #panel svg[onload], [onerror], [onload]')
      .count(),
  ).toBe(0);
  expect(await page.locator('script:not([src])').count(), 'no inline script element appeared').toBe(
    0,
  );
  expect(
    await page
      .locator('a[href^="javascript:" i], a[href^="data:" i], a[href*="script:" i]')
      .count(),
  ).toBe(0);
}

test('hostile text in the data renders as inert text and unsafe source links are dropped', async ({
  page,
}) => {
  const problems = await guardPage(page);
  const features = hostileFeatures();
  // The start-up file and, loaded once the site is selected, the details file.
  await page.route('**/data/sites.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify(encodeSites(features)),
    }),
  );
  await page.route('**/data/facilities.geojson', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/geo+json',
      body: JSON.stringify({ type: 'FeatureCollection', features }),
    }),
  );
  await page.goto('./');
  await expect(page.getByRole('status')).toContainText(/21 sites shown/);
  await waitForMapIdle(page);
  await expectInert(page);

  // Select it from the Sites table when there is one, else by clicking it on the map.
  const table = page.getByRole('table', { name: 'Sites' });
  if ((await table.count()) > 0) {
    await table.getByRole('button', { name: NAME, exact: true }).click();
  } else {
    const site = await page.evaluate(() =>
      (window as unknown as { atlasMap: AtlasMapHooks }).atlasMap
        .visibleSites()
        .find((candidate) => candidate.id === 'hostile-site'),
    );
    expect(site).toBeDefined();
    await page.locator('#map').click({ position: { x: site?.x ?? 0, y: site?.y ?? 0 } });
  }

  const details = page.getByRole('region', { name: 'Site details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(NAME);
  await expect(details).toContainText(`Note ${SCRIPT}`);
  await expect(details).toContainText(SVG);
  await expect(details).toContainText(`Location ${IMG}`);
  // The unsafe sources are listed as plain text, the safe one as a link.
  await expect(details.getByText(`Script link ${IMG}`, { exact: true })).toBeVisible();
  await expect(details.getByRole('link', { name: /Script link|Data link|Mixed-case/ })).toHaveCount(
    0,
  );
  await expect(details.getByRole('link', { name: 'Safe link' })).toHaveAttribute(
    'href',
    'https://example.org/source',
  );
  await expectInert(page);

  // The map tooltip and the search list show the name as text too.
  const site = await page.evaluate(() =>
    (window as unknown as { atlasMap: AtlasMapHooks }).atlasMap
      .visibleSites()
      .find((candidate) => candidate.id === 'hostile-site'),
  );
  if (site) {
    await page.locator('#map').hover({ position: { x: site.x, y: site.y } });
    await page.waitForTimeout(300);
  }
  const search = page.getByRole('combobox', { name: 'Search sites' });
  await search.fill('onerror');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(IMG);
  await expectInert(page);
  expect(await page.locator('img').count(), 'no <img> anywhere in the page').toBe(0);

  expect(problems.pageErrors).toEqual([]);
  expect(problems.outsideRequests).toEqual([]);
});
