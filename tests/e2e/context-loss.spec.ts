import { expect, test, type Page } from '@playwright/test';
import {
  colourShare,
  colourStatistics,
  openAtlas,
  waitForMapIdle,
  type AtlasMapHooks,
} from './driver';
import { lightTheme } from '../../src/map/theme';

const MAPLIBRE_CANVAS = '#map canvas.maplibregl-canvas';

/** Loses the WebGL context of every canvas in the map (deck.gl shares MapLibre's), keeping the
 * extension objects on `window` so the same contexts can be restored later. */
async function loseContexts(page: Page): Promise<number> {
  return page.evaluate((selector) => {
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>('#map canvas')];
    if (!canvases.some((canvas) => canvas.matches(selector))) throw new Error('no MapLibre canvas');
    const extensions: WEBGL_lose_context[] = [];
    for (const canvas of canvases) {
      const gl = canvas.getContext('webgl2');
      const extension = gl?.getExtension('WEBGL_lose_context');
      if (!gl || !extension || gl.isContextLost()) continue;
      extensions.push(extension);
    }
    (window as unknown as { __lost: WEBGL_lose_context[] }).__lost = extensions;
    extensions.forEach((extension) => extension.loseContext());
    return extensions.length;
  }, MAPLIBRE_CANVAS);
}

async function restoreContexts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const lost = (window as unknown as { __lost: WEBGL_lose_context[] }).__lost;
    lost.forEach((extension) => extension.restoreContext());
  });
}

async function expectMapDrawn(page: Page, round: number): Promise<void> {
  await waitForMapIdle(page);
  const screenshot = await page.locator('#map').screenshot();
  const statistics = colourStatistics(screenshot);
  expect(statistics.dominantShare, `round ${round}: is the map blank?`).toBeLessThan(0.85);
  expect(statistics.commonColours, `round ${round}: too few colours`).toBeGreaterThanOrEqual(3);
  expect(colourShare(screenshot, lightTheme.land), `round ${round}: land`).toBeGreaterThan(0.1);
  expect(colourShare(screenshot, lightTheme.water), `round ${round}: sea`).toBeGreaterThan(0.1);
  const picked = await page.evaluate(() => {
    const hooks = (window as unknown as { atlasMap: AtlasMapHooks }).atlasMap;
    for (const site of hooks.visibleSites().slice(0, 50)) {
      const id = hooks.pickSiteAt(site.x, site.y);
      if (id) return id;
    }
    return null;
  });
  expect(picked, `round ${round}: no site can be picked: are the points drawn?`).not.toBeNull();
}

test('the map survives losing and regaining its WebGL contexts five times in a row', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = await openAtlas(page);
  await expectMapDrawn(page, 0);
  const summary = page.getByRole('status');
  const lithium = page
    .getByRole('group', { name: 'Mineral', exact: true })
    .getByRole('checkbox', { name: /^Lithium \(/ });
  const notice = page.getByRole('alert').filter({ hasText: /graphics context/i });
  const allSites = (await summary.textContent()) ?? '';

  for (let round = 1; round <= 5; round += 1) {
    const lost = await loseContexts(page);
    expect(lost, "deck.gl draws into MapLibre's one WebGL context (interleaved)").toBe(1);
    await expect(notice, `round ${round}: a notice says the map lost its context`).toBeVisible();
    await expect(page.locator('#map')).toHaveAttribute('data-render-state', 'busy');

    // The notice does not block the rest of the page: filters and counts keep working.
    await lithium.check();
    await expect(summary).toContainText(/ of [\d,]+ sites shown/);
    await lithium.uncheck();
    await expect(summary).toHaveText(allSites);
    // Clicking the blank map meanwhile does nothing (and throws nothing).
    await page.locator('#map').click({ position: { x: 300, y: 200 } });

    await restoreContexts(page);
    await expect(notice, `round ${round}: the notice goes once the map is back`).toBeHidden();
    await expectMapDrawn(page, round);
  }
  expect(problems.pageErrors).toEqual([]);
  expect(problems.outsideRequests).toEqual([]);
});
