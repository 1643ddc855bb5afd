import { expect, test } from '@playwright/test';
import { openAtlas, waitForMapIdle } from './driver';
import { atlas } from './atlas';
import { blocs, figures } from './atlas-data';
import { shareOf } from '../../src/domain/bloc-share';
import { PRESETS, presetPath } from '../../src/domain/presets';

test('the bloc panel shows each mineral share computed from the shipped figures, beside China', async ({
  page,
}) => {
  await openAtlas(page, './?v=1&bloc=quad-critical-minerals-initiative&mineral=lithium');
  const quad = blocs.find((bloc) => bloc.id === 'quad-critical-minerals-initiative');
  const members = new Set(quad?.members.map((member) => member.country));
  const expected = shareOf(figures, members, 'lithium', 'reserves');
  const table = page.getByRole('table', {
    name: 'Share of world supply held by the selected blocs',
  });
  const row = table.getByRole('row', { name: /^Lithium Reserves/ });
  await expect(row).toContainText(`${Math.round(expected?.setShare ?? -1)}%`);
  await expect(row).toContainText(`HHI ${expected?.hhi.toLocaleString('en')}`);
  await expect(page.getByText(/of \d+ shown sites located in member countries/)).toBeVisible();
});

test('two blocs compare side by side', async ({ page }) => {
  await openAtlas(
    page,
    './?v=1&bloc=critical-minerals-ministerial-2026,quad-critical-minerals-initiative&mineral=cobalt',
  );
  const header = page
    .getByRole('table', { name: 'Share of world supply held by the selected blocs' })
    .getByRole('row')
    .first();
  await expect(header.getByRole('columnheader')).toHaveCount(6);
});

test('a corridor lists what lies along it, and the reader’s distance changes the list', async ({
  page,
}) => {
  const lobito = PRESETS.find((preset) => preset.id === 'lobito-corridor');
  await openAtlas(page, `./${presetPath(lobito ?? PRESETS[0]!)}`);
  const details = page.getByRole('region', { name: 'Site details' });
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Lobito Corridor');
  const heading = details.getByRole('heading', { name: /facilities along it/ });
  const count = async (): Promise<number> =>
    Number(/^(\d+)/.exec((await heading.textContent()) ?? '')?.[1]);
  const at50 = await count();
  await details.getByRole('combobox', { name: 'Distance from the corridor' }).selectOption('200');
  await expect.poll(count).toBeGreaterThan(at50);
  await details.getByRole('combobox', { name: 'Distance from the corridor' }).selectOption('10');
  await expect.poll(count).toBeLessThanOrEqual(at50);
  await expect(
    details.getByRole('heading', { name: 'Sourced capacity of those facilities' }),
  ).toBeVisible();
});

test('the India view lists India’s bloc memberships with dates and its figures', async ({
  page,
}) => {
  await openAtlas(page);
  await page.getByText('Start from a view').click();
  await page.getByRole('link', { name: 'India’s rare-earth corridors' }).click();
  await waitForMapIdle(page);
  const profile = page.getByRole('region', { name: 'Country profile' });
  await expect(profile.getByRole('heading', { name: 'India: blocs and figures' })).toBeVisible();
  await expect(profile.getByText(/Quad CMI — member, since 2025-07-01/)).toBeVisible();
  await expect(profile.getByRole('row', { name: /^Rare earths Reserves/ })).toContainText(
    '6,900,000',
  );
  await expect(profile.getByText(/no sourced import figures/)).toBeVisible();
});

test('colouring by owner is a link setting and changes the legend', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('radio', { name: /Owner’s home country/ }).check();
  await waitForMapIdle(page);
  await expect(page).toHaveURL(/colour=owner/);
  await expect(page.getByText('Owned (in part) by firms from China')).toBeVisible();
});

test('switching the corridors layer off hides them on the map, and on shows them again', async ({
  page,
}) => {
  const { given, when, get, then } = atlas(page);
  await given.link('./?v=1&layers=corridors,facilities#map=3.00/-10.00/25.00');
  expect((await get.renderedCorridorIds()).length).toBeGreaterThan(0);
  await when.setCheckbox('Corridors', false);
  await expect.poll(async () => (await get.renderedCorridorIds()).length).toBe(0);
  await when.setCheckbox('Corridors', true);
  await expect.poll(async () => (await get.renderedCorridorIds()).length).toBeGreaterThan(0);
  then.healthy();
});
