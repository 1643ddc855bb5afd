import { expect, test } from '@playwright/test';
import { openAtlas } from './driver';

test('the NdPr price chart shows five years, the DoD price floor and their sources', async ({
  page,
}) => {
  const problems = await openAtlas(page, './?v=1&mineral=rare-earths');
  const panel = page.getByRole('region', { name: 'Price and US imports' });
  await expect(
    panel.getByRole('heading', { name: 'Rare earths: price and US imports' }),
  ).toBeVisible();
  const series = panel.getByRole('combobox', { name: 'Price series' });
  await expect(series).toHaveValue(/\d+/);
  await expect(series.locator('option:checked')).toHaveText(
    /Neodymium-praseodymium \(NdPr\) oxide/,
  );
  const chart = panel.getByRole('img', { name: /^Neodymium-praseodymium \(NdPr\) oxide/ });
  await expect(chart).toHaveAccessibleName(
    /2021 92, 2022 124, 2023 75, 2024 55, 2025e 69; Price floor 110 \(announced 2025-07-10\)/,
  );
  await expect(
    panel.getByText(/Priced by Argus Media group, Argus Non-Ferrous Markets/),
  ).toBeVisible();
  await expect(panel.getByText(/Source: MP Materials Corp\., press release/)).toBeVisible();

  await series.selectOption({ label: 'Dysprosium oxide, 99.5% minimum' });
  const dysprosium = panel.getByRole('img', { name: /^Dysprosium oxide/ });
  await expect(dysprosium).toBeVisible();
  await expect(dysprosium).not.toHaveAccessibleName(/Price floor/);
  expect(problems.pageErrors).toEqual([]);
});

test('US import reliance and import sources are said to be US figures', async ({ page }) => {
  await openAtlas(page, './?v=1&mineral=lithium');
  const panel = page.getByRole('region', { name: 'Price and US imports' });
  await expect(panel.getByText(/figures for the United States only/)).toBeVisible();
  await expect(panel.getByText(/Net import reliance .*: >50% in 2025e/)).toBeVisible();
  await expect(
    panel.getByText(/Import sources 2021–24 \(All\): Chile 54%, Argentina 43%/),
  ).toBeVisible();
});

test('with no mineral selected there is no price panel', async ({ page }) => {
  await openAtlas(page, './?v=1');
  await expect(page.getByRole('region', { name: 'Price and US imports' })).toBeHidden();
});
