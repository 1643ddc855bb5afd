import { expect, test, type Page } from '@playwright/test';
import {
  openAtlas,
  waitForMapIdle,
  type PageProblems,
  escapeRegExp,
  type AtlasMapHooks,
} from './driver';
import { facilities } from './atlas-data';

function expectHealthy(problems: PageProblems): void {
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.outsideRequests).toEqual([]);
}

function siteTable(page: Page) {
  return page.getByRole('table', { name: 'Sites' });
}

function detailsHeading(page: Page) {
  return page.getByRole('region', { name: 'Site details' }).getByRole('heading', { level: 2 });
}

/** The text of one column (0 = Name) of the table's first `count` body rows. */
async function columnTexts(page: Page, column: number, count: number): Promise<string[]> {
  return siteTable(page)
    .locator('tbody tr')
    .evaluateAll(
      (rows, [index, limit]) =>
        rows.slice(0, limit).map((row) => (row.children[index]?.textContent ?? '').trim()),
      [column, count] as const,
    );
}

test('typing a name without its diacritics finds the site, and Enter selects it', async ({
  page,
}) => {
  const problems = await openAtlas(page);
  const search = page.getByRole('combobox', { name: 'Search sites' });
  await expect(search).toHaveAttribute('aria-expanded', 'false');

  await search.fill('sillamae');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  const listbox = page.getByRole('listbox');
  await expect(search).toHaveAttribute('aria-controls', (await listbox.getAttribute('id')) ?? '');
  const option = listbox.getByRole('option', { name: /Sillamäe/ }).first();
  await expect(option).toBeVisible();
  await expect(option).toContainText('Estonia');

  // Keyboard: ArrowDown makes the first option active, Enter selects it.
  await search.press('ArrowDown');
  const firstId = await listbox.getByRole('option').first().getAttribute('id');
  await expect(search).toHaveAttribute('aria-activedescendant', firstId ?? '');
  await search.press('Enter');

  await expect(detailsHeading(page)).toHaveText(/Sillamäe/);
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  await expect(search).toHaveValue(/Sillamäe/);

  // Escape closes an open list first, then clears the box.
  await search.fill('kolwezi');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await search.press('Escape');
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  await expect(search).toHaveValue('kolwezi');
  await search.press('Escape');
  await expect(search).toHaveValue('');

  expectHealthy(problems);
});

test('a search result can be chosen with the mouse', async ({ page }) => {
  const problems = await openAtlas(page);
  const search = page.getByRole('combobox', { name: 'Search sites' });
  await search.fill('kolwezi');
  const option = page.getByRole('option', { name: /^Kolwezi/ }).first();
  await option.click();
  await expect(detailsHeading(page)).toHaveText(/Kolwezi/);
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  expectHealthy(problems);
});

test('clicking a name in the site table selects that site and shows its details', async ({
  page,
}) => {
  const problems = await openAtlas(page);
  const table = siteTable(page);
  const row = table.locator('tbody tr').nth(2);
  const name = ((await row.getByRole('button').textContent()) ?? '').trim();
  expect(name).not.toBe('');
  await row.getByRole('button', { name, exact: true }).click();

  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(row).toHaveClass(/is-selected/);
  await expect(detailsHeading(page)).toHaveText(name);
  await expect(table.locator('tbody tr[aria-selected="true"]')).toHaveCount(1);
  expectHealthy(problems);
});

test('sorting by Country reorders the rows and sets aria-sort', async ({ page }) => {
  const problems = await openAtlas(page);
  const table = siteTable(page);
  const nameHeader = table.getByRole('columnheader', { name: 'Name' });
  const countryHeader = table.getByRole('columnheader', { name: 'Country' });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(countryHeader).toHaveAttribute('aria-sort', 'none');

  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const names = await columnTexts(page, 0, 30);
  expect(names).toEqual([...names].sort(collator.compare));
  const before = await columnTexts(page, 1, 30);

  await countryHeader.getByRole('button', { name: 'Country' }).click();
  await expect(countryHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'none');
  const ascending = await columnTexts(page, 1, 30);
  expect(ascending).not.toEqual(before);
  expect(ascending).toEqual([...ascending].sort(collator.compare));

  await countryHeader.getByRole('button', { name: 'Country' }).click();
  await expect(countryHeader).toHaveAttribute('aria-sort', 'descending');
  const descending = await columnTexts(page, 1, 30);
  expect(descending).toEqual([...descending].sort(collator.compare).reverse());
  expect(descending[0]).not.toEqual(ascending[0]);
  expectHealthy(problems);
});

test('the table counts the same sites as the summary and pages by 200', async ({ page }) => {
  const problems = await openAtlas(page);
  const summary = (await page.getByRole('status').textContent()) ?? '';
  const summaryCount = /([\d,]+) sites shown/.exec(summary)?.[1];
  expect(summaryCount, `no count in "${summary}"`).toBeDefined();

  const line = page.getByText(/^Showing [\d,]+ of [\d,]+ sites/);
  await expect(line).toBeVisible();
  const [, shown, total] = /Showing ([\d,]+) of ([\d,]+) sites/.exec(
    (await line.textContent()) ?? '',
  ) ?? ['', '', ''];
  expect(total).toBe(summaryCount);
  expect(shown).toBe('200');
  await expect(siteTable(page).locator('tbody tr')).toHaveCount(200);

  await page.getByRole('button', { name: 'Show more sites' }).click();
  await expect(siteTable(page).locator('tbody tr')).toHaveCount(400);
  await expect(line).toHaveText(`Showing 400 of ${summaryCount ?? ''} sites`);

  // Limiting to the map view: after zooming in, fewer sites than in all, and every listed one
  // is one the map draws.
  await page.getByRole('checkbox', { name: 'Only sites in the current map view' }).check();
  const map = page.locator('#map');
  const box = await map.boundingBox();
  if (!box) throw new Error('the map has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let step = 0; step < 4; step += 1) {
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(150);
  }
  await waitForMapIdle(page);
  await expect(line).toContainText('in the map view');
  const [, , inView] = /Showing ([\d,]+) of ([\d,]+) sites/.exec(
    (await line.textContent()) ?? '',
  ) ?? ['', '', ''];
  const inViewCount = Number(inView.replaceAll(',', ''));
  expect(inViewCount).toBeGreaterThan(0);
  expect(inViewCount).toBeLessThan(Number((summaryCount ?? '').replaceAll(',', '')));
  expectHealthy(problems);
});

test('a site clicked on the map is highlighted and brought into view in the table', async ({
  page,
}) => {
  const problems = await openAtlas(page);
  // Where each site stands in the default (name) order: prefer one past the first 200 rows.
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const byName = [...facilities].sort(
    (a, b) =>
      collator.compare(a.properties.name, b.properties.name) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const rankOf = new Map(byName.map((facility, rank) => [facility.id, rank]));
  const far = byName.slice(220).map((facility) => facility.id);
  const found = await page.evaluate((farIds) => {
    const hooks = (window as unknown as { atlasMap: AtlasMapHooks }).atlasMap;
    const wanted = new Set(farIds);
    let fallback: { id: string; x: number; y: number } | undefined;
    for (const site of hooks.visibleSites().slice(0, 300)) {
      if (fallback && !wanted.has(site.id)) continue;
      const id = hooks.pickSiteAt(site.x, site.y);
      if (id !== site.id) continue;
      const point = { id, x: Math.round(site.x), y: Math.round(site.y) };
      if (wanted.has(id)) return point;
      fallback = point;
    }
    return fallback;
  }, far);
  expect(found, 'no site could be picked on the map').toBeDefined();
  if (!found) return;
  const name = facilities.find((facility) => facility.id === found.id)?.properties.name ?? '';

  await page.locator('#map').click({ position: { x: found.x, y: found.y } });
  // Stacked sites open a picker: choose the site there (still a selection made on the map).
  const picker = page.getByRole('group', { name: /places here/ });
  if (await picker.isVisible())
    await picker
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(name)} \\(site\\)`) })
      .first()
      .click();
  await expect(detailsHeading(page)).toHaveText(name);

  const row = siteTable(page).locator(`tbody tr[data-id="${found.id}"]`);
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(row).toHaveClass(/is-selected/);
  await expect(row.getByRole('button')).toHaveText(name);
  // The table scrolled its own box (not the panel) to the row.
  const inside = await row.evaluate((tr) => {
    const scroller = tr.closest('.site-table-scroll');
    if (!scroller) return false;
    const outer = scroller.getBoundingClientRect();
    const inner = tr.getBoundingClientRect();
    return inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
  });
  expect(inside, 'the selected row is scrolled out of the table box').toBe(true);
  const rank = rankOf.get(found.id) ?? 0;
  if (rank >= 220)
    await expect(page.getByText(/^Showing [\d,]+ of/)).not.toHaveText(/^Showing 200 of/);
  expectHealthy(problems);
});

test('search covers sites hidden by the filters and says so; the table lists only shown ones', async ({
  page,
}) => {
  const problems = await openAtlas(page);
  await page
    .getByRole('group', { name: 'Mineral', exact: true })
    .getByRole('checkbox', { name: /^Rare earths \(/ })
    .check();
  const search = page.getByRole('combobox', { name: 'Search sites' });

  await search.fill('kolwezi');
  const kolwezi = page.getByRole('option', { name: /^Kolwezi/ }).first();
  await expect(kolwezi).toContainText('(hidden by filters)');

  await search.fill('sillamae');
  const silmet = page.getByRole('option', { name: /Sillamäe/ }).first();
  await expect(silmet).toBeVisible();
  await expect(silmet).not.toContainText('(hidden by filters)');

  const table = siteTable(page);
  await expect(table.getByRole('button', { name: /Sillamäe/ })).toHaveCount(1);
  await expect(table.getByRole('button', { name: /^Kolwezi/ })).toHaveCount(0);
  expectHealthy(problems);
});
