import { expect, test, type Page } from '@playwright/test';
import { openAtlas } from './driver';
import { atlas } from './atlas';
import { blocs, figures } from './atlas-data';
import { shareOf } from '../../src/domain/bloc-share';

const QUAD = 'quad-critical-minerals-initiative';
const members = new Set(
  blocs.find((bloc) => bloc.id === QUAD)?.members.map((member) => member.country),
);
const share = (year: number | null): number =>
  Math.round(shareOf(figures, members, 'rare-earths', 'mine-production', year)?.setShare ?? -1);
const mineRow = (page: Page) =>
  page
    .getByRole('table', { name: 'Share of world supply held by the selected blocs' })
    .getByRole('row', { name: /^Rare earths Mine production/ });
const yearSelect = (page: Page) => page.getByRole('combobox', { name: 'Year of the figures' });

test('the Quad’s rare-earth share is MCS 2026’s 2025 figure, with how it moved since 2023', async ({
  page,
}) => {
  const problems = await openAtlas(page, `./?v=1&mineral=rare-earths&bloc=${QUAD}`);
  const latest = shareOf(figures, members, 'rare-earths', 'mine-production');
  expect(latest?.year).toBe(2025);
  expect(latest?.edition).toBe('MCS 2026');
  await expect(mineRow(page)).toContainText('Mine production, 2025e');
  await expect(mineRow(page)).toContainText(`${share(2025)}%`);
  await expect(mineRow(page)).toContainText(`from ${share(2023)}% in 2023e`);
  const chart = page.getByRole('img', { name: /^Share of world Rare earths: mine production/ });
  await expect(chart).toHaveAccessibleName(
    new RegExp(`2023e ${share(2023)}%.*2025e ${share(2025)}%`),
  );
  await expect(page.getByText(/Estimates: 2023, 2024, 2025/)).toBeVisible();
  expect(problems.pageErrors).toEqual([]);
});

test('the year control changes the bloc panel and the shading, lives in the link, and Back restores it', async ({
  page,
}) => {
  const { given, when, then } = atlas(page);
  await given.link(`./?v=1&mineral=rare-earths&bloc=${QUAD}&shade=mine-production`);
  await when.choose('Year of the figures', '2023');
  await expect(page).toHaveURL(/year=2023/);
  await expect(mineRow(page)).toContainText('Mine production, 2023e');
  await expect(mineRow(page)).toContainText(`${share(2023)}%`);
  await expect(
    page.getByText(/mine production, 2023 \(estimated\), share of world total/),
  ).toBeVisible();

  await when.goBack();
  await expect(yearSelect(page)).toHaveValue('');
  await expect(mineRow(page)).toContainText('Mine production, 2025e');
  then.healthy();
});

test('a shared link with a year reopens that year, and a year without figures says so', async ({
  page,
}) => {
  await openAtlas(page, `./?v=1&mineral=rare-earths&bloc=${QUAD}&year=2024`);
  await expect(yearSelect(page)).toHaveValue('2024');
  await expect(mineRow(page)).toContainText(`Mine production, 2024`);
  await expect(mineRow(page)).toContainText(`${share(2024)}%`);
  await yearSelect(page).selectOption('2023');
  const reserves = page
    .getByRole('table', { name: 'Share of world supply held by the selected blocs' })
    .getByRole('row', { name: /^Rare earths Reserves/ });
  await expect(reserves).toContainText('(no 2023 figures)');
});
