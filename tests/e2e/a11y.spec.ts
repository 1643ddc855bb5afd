import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { guardPage, openAtlas } from './driver';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page and fails on serious or critical violations, listing each with its nodes. */
async function expectNoSeriousViolations(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  const report = serious.map(
    (violation) =>
      `${violation.id} (${violation.impact}, ${violation.nodes.length} elements): ${violation.help}\n` +
      violation.nodes
        .slice(0, 8)
        .map(
          (node) => `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').join(' ')}`,
        )
        .join('\n'),
  );
  expect(report, `${view}: serious or critical axe violations`).toEqual([]);
}

test('the default view has no serious or critical axe violations', async ({ page }) => {
  await openAtlas(page);
  await expectNoSeriousViolations(page, 'default view');
});

test('the view with a site selected has no serious or critical axe violations', async ({
  page,
}) => {
  await openAtlas(page);
  const search = page.getByRole('combobox', { name: 'Search sites' });
  await search.fill('lithium');
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Site details' }).getByRole('heading', { level: 2 }),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'site selected');
});

test('the bloc panel with its year control and chart, and the price panel, have no serious axe violations', async ({
  page,
}) => {
  await openAtlas(page, './?v=1&mineral=rare-earths&bloc=quad-critical-minerals-initiative');
  await expect(page.getByRole('img', { name: /^Share of world Rare earths/ })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Price and US imports' }).getByRole('img').first(),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'bloc panel and price panel');
});

test('the no-WebGL fallback has no serious or critical axe violations', async ({ page }) => {
  await page.addInitScript(() => {
    type GetContext = (this: HTMLCanvasElement, type: string, ...rest: unknown[]) => unknown;
    const original = Reflect.get(HTMLCanvasElement.prototype, 'getContext') as GetContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (/webgl/.test(type)) return null;
      return original.call(this, type, ...rest);
    } as typeof HTMLCanvasElement.prototype.getContext;
  });
  await guardPage(page);
  await page.goto('./');
  await expect(page.getByRole('alert').filter({ hasText: /cannot draw the map/ })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/sites shown/);
  await expectNoSeriousViolations(page, 'no-WebGL fallback');
});

test('the data error state with its Retry button has no serious or critical axe violations', async ({
  page,
}) => {
  await guardPage(page);
  await page.route('**/data/sites.json', (route) => route.fulfill({ status: 500 }));
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Retry', exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'data error');
});

test('the keyboard alone reaches the skip link, the search box and a filter, and Space toggles it', async ({
  page,
}) => {
  await openAtlas(page);
  const summary = page.getByRole('status');
  const before = (await summary.textContent()) ?? '';

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to filters and site list' });
  await expect(skip, 'the first Tab lands on the skip link').toBeFocused();
  await expect(skip).toBeVisible(); // Visible when focused (it may be hidden until then).

  const search = page.getByRole('combobox', { name: 'Search sites' });
  // The first mineral option (after the "Include by-products" switch).
  const firstMineral = page
    .getByRole('group', { name: 'Mineral', exact: true })
    .getByRole('checkbox', { name: / \([\d,]+\)$/ })
    .first();
  let reachedSearch = false;
  let reachedFilter = false;
  for (let step = 0; step < 80 && !reachedFilter; step += 1) {
    await page.keyboard.press('Tab');
    if (await search.evaluate((node) => node === document.activeElement)) reachedSearch = true;
    if (await firstMineral.evaluate((node) => node === document.activeElement))
      reachedFilter = true;
  }
  expect(reachedSearch, 'Tab reaches the search box').toBe(true);
  expect(reachedFilter, 'Tab reaches the first Mineral checkbox').toBe(true);
  expect(
    await firstMineral.evaluate(
      (node) =>
        getComputedStyle(node).outlineStyle !== 'none' ||
        getComputedStyle(node).boxShadow !== 'none',
    ),
    'the focused checkbox shows a focus indicator',
  ).toBe(true);

  await page.keyboard.press('Space');
  await expect(firstMineral).toBeChecked();
  await expect(summary).not.toHaveText(before);
  await expect(summary).toContainText(/ of [\d,]+ sites shown/);
  await page.keyboard.press('Space');
  await expect(firstMineral).not.toBeChecked();
  await expect(summary).toHaveText(before);
});

test('the Share and Embed dialogs have no serious violations, and Escape closes them with focus back on their button', async ({
  page,
}) => {
  await openAtlas(page);
  for (const name of ['Share', 'Embed']) {
    const button = page.getByRole('button', { name, exact: true });
    await button.click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoSeriousViolations(page, `${name} dialog open`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(button).toBeFocused();
  }
});

test('embed mode has no serious or critical axe violations', async ({ page }) => {
  await guardPage(page);
  await page.goto('./?v=1&embed=1&mineral=cobalt');
  await expect(page.locator('#map[data-render-state="idle"]')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open full map' })).toBeVisible();
  await expectNoSeriousViolations(page, 'embed mode');
});

test('with reduced motion, choosing a site from the list moves the map without a fly animation', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openAtlas(page);
  const search = page.getByRole('combobox', { name: 'Search sites' });
  await search.fill('Greenbushes');
  await search.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Site details' }).getByRole('heading', { level: 2 }),
  ).toContainText('Greenbushes');
  await expect(page).toHaveURL(/#map=6\.00\/-33\.8/, { timeout: 1000 });
});

test('keyboard alone reaches the Sites table, opens a site, reaches its source links and comes back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openAtlas(page, './?v=1&mineral=rare-earths');
  const focusedIn = (selector: string) =>
    page.evaluate((css) => Boolean(document.activeElement?.closest(css)), selector);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to filters and site list' })).toBeFocused();
  await page.keyboard.press('Enter');
  let presses = 0;
  while (!(await focusedIn('#site-table tbody')) && presses < 600) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  expect(await focusedIn('#site-table tbody'), 'Tab never reached a row of the Sites table').toBe(
    true,
  );
  const name = (await page.evaluate(() => document.activeElement?.textContent)) ?? '';
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Site details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(name);
  presses = 0;
  while (!(await focusedIn('#details')) && presses < 600) {
    await page.keyboard.press('Shift+Tab');
    presses += 1;
  }
  expect(await focusedIn('#details'), 'Shift+Tab never reached the details').toBe(true);
  presses = 0;
  while (!(await focusedIn('#site-table tbody')) && presses < 600) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  expect(await focusedIn('#site-table tbody'), 'Tab never came back to the table').toBe(true);
});
