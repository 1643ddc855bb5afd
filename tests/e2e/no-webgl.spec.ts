import { expect, test, type Page } from '@playwright/test';
import { guardPage } from './driver';

/** Makes every WebGL context request fail, as in a browser with WebGL disabled or blocklisted. */
async function withoutWebGL(
  page: Page,
  types: readonly string[] = ['webgl', 'webgl2', 'experimental-webgl'],
): Promise<void> {
  await page.addInitScript((list) => {
    type GetContext = (this: HTMLCanvasElement, type: string, ...rest: unknown[]) => unknown;
    const original = Reflect.get(HTMLCanvasElement.prototype, 'getContext') as GetContext;
    const blocked = new Set(list);
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (blocked.has(type)) return null;
      return original.call(this, type, ...rest);
    } as typeof HTMLCanvasElement.prototype.getContext;
  }, types);
}

const siteCount = (text: string): number => {
  const match = /([\d,]+)(?: of [\d,]+)? sites shown/.exec(text);
  return match ? Number(match[1]?.replace(/,/g, '')) : Number.NaN;
};

test('without WebGL the map area says so plainly and filters, counts, table and details work', async ({
  page,
}) => {
  await withoutWebGL(page);
  const problems = await guardPage(page);
  await page.goto('./');

  const alert = page.getByRole('alert').filter({ hasText: /map/i });
  await expect(alert).toBeVisible();
  await expect(alert).toHaveText(/cannot draw the map/i);
  await expect(alert).toContainText('WebGL');
  await expect(page.locator('#map canvas')).toHaveCount(0);

  const summary = page.getByRole('status');
  await expect(summary).toContainText(/sites shown/);
  const total = siteCount((await summary.textContent()) ?? '');
  expect(total).toBeGreaterThan(0);

  const lithium = page
    .getByRole('group', { name: 'Mineral', exact: true })
    .getByRole('checkbox', { name: /^Lithium \(/ });
  await lithium.check();
  await expect(summary).toContainText(/ of [\d,]+ sites shown/);
  const filtered = siteCount((await summary.textContent()) ?? '');
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(total);

  const table = page.getByRole('table', { name: 'Sites' });
  if ((await table.count()) === 0) {
    test.info().annotations.push({
      type: 'skipped-assertion',
      description: 'The "Sites" table is not in this build, so the table was not checked.',
    });
  } else {
    const firstRow = table.locator('tbody tr').first();
    const name = ((await firstRow.locator('td, th').first().textContent()) ?? '').trim();
    expect(name).not.toBe('');
    await firstRow.getByRole('button').first().click();
    await expect(
      page.getByRole('region', { name: 'Site details' }).getByRole('heading', { level: 2 }),
    ).toHaveText(name);
    await expect(
      page.getByRole('region', { name: 'Site details' }).getByText('Lithium', { exact: false }),
    ).not.toHaveCount(0);
  }

  await lithium.uncheck();
  await expect(summary).toContainText(new RegExp(`^${total.toLocaleString('en')} sites shown`));
  await expect(alert).toBeVisible();
  expect(problems.pageErrors).toEqual([]);
  expect(problems.outsideRequests).toEqual([]);
});

test('a browser with WebGL1 but no WebGL2 (which MapLibre 6 needs) gets the same plain message', async ({
  page,
}) => {
  await withoutWebGL(page, ['webgl2']);
  const problems = await guardPage(page);
  await page.goto('./');
  await expect(page.getByRole('alert').filter({ hasText: /map/i })).toHaveText(
    /cannot draw the map/i,
  );
  await expect(page.getByRole('status')).toContainText(/sites shown/);
  expect(problems.pageErrors).toEqual([]);
});
