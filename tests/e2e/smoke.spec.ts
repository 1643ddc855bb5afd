import { expect, test } from '@playwright/test';
import {
  colourShare,
  colourStatistics,
  openAtlas,
  escapeRegExp,
  type AtlasMapHooks,
} from './driver';
import { lightTheme } from '../../src/map/theme';
import { facilities } from './atlas-data';

test('the world map draws basemap, labels and sites with no errors and no outside requests', async ({
  page,
}) => {
  const problems = await openAtlas(page);

  const screenshot = await page.locator('#map').screenshot();
  const statistics = colourStatistics(screenshot);
  expect(
    statistics.dominantShare,
    'one colour covers almost the whole map: is it blank?',
  ).toBeLessThan(0.85);
  expect(
    statistics.commonColours,
    'too few colours: water, land and sites expected',
  ).toBeGreaterThanOrEqual(3);
  expect(colourShare(screenshot, lightTheme.land), 'land is missing').toBeGreaterThan(0.1);
  expect(colourShare(screenshot, lightTheme.water), 'sea is missing').toBeGreaterThan(0.1);

  const labels = await page.evaluate(() =>
    (window as unknown as { atlasMap: AtlasMapHooks }).atlasMap.renderedLabels(),
  );
  expect(labels, 'country labels drawn without a glyph server').toEqual(
    expect.arrayContaining(['Australia']),
  );
  expect(labels.length).toBeGreaterThanOrEqual(8);

  const siteCount = await page.evaluate(
    () => (window as unknown as { atlasMap: AtlasMapHooks }).atlasMap.renderedSiteIds().length,
  );
  expect(siteCount).toBeGreaterThan(0);

  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.outsideRequests).toEqual([]);
});

test('a drawn site can be picked on the GPU where it stands, and clicking it shows its details', async ({
  page,
}) => {
  await openAtlas(page);
  const found = await page.evaluate(() => {
    const hooks = (window as unknown as { atlasMap: AtlasMapHooks }).atlasMap;
    const sites = hooks.visibleSites();
    for (const site of sites.slice(0, 50)) {
      const id = hooks.pickSiteAt(site.x, site.y);
      if (id) return { id, x: Math.round(site.x), y: Math.round(site.y) };
    }
    return null;
  });
  expect(found, 'no site could be picked anywhere: are the points drawn?').not.toBeNull();
  if (!found) return;
  await page.locator('#map').click({ position: { x: found.x, y: found.y } });
  const name = facilities.find((facility) => facility.id === found.id)?.properties.name ?? '';
  const picker = page.getByRole('group', { name: /places here/ });
  if (await picker.isVisible())
    await picker
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}`) })
      .first()
      .click();
  await expect(
    page.getByRole('region', { name: 'Site details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(name);
});
