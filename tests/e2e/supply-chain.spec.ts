import { expect, test, type Page } from '@playwright/test';
import { openAtlas, renderedSiteIds } from './driver';
import { facilities, indexableBlocs, indexableSites } from './atlas-data';
import { siteMatches } from '../../src/domain/reference-filter';
import { NO_FILTERS, type Filters } from '../../src/domain/filters';
import { capacityRollup } from '../../src/domain/capacity';

const renderedIds = renderedSiteIds;

const expectedIds = (filters: Filters): string[] =>
  indexableSites
    .filter((site) => siteMatches(site, filters, indexableBlocs))
    .map((site) => site.id);

const mineralGroup = (page: Page) => page.getByRole('group', { name: 'Mineral', exact: true });

test('a mineral matches primary and secondary roles; "Include by-products" widens it and lives in the link', async ({
  page,
}) => {
  const problems = await openAtlas(page, './?v=1&mineral=cobalt');
  const main = { ...NO_FILTERS, minerals: ['cobalt'] };
  const withByproducts = { ...main, byproducts: true };
  expect(expectedIds(withByproducts).length).toBeGreaterThan(expectedIds(main).length);
  expect(await renderedIds(page)).toEqual(expectedIds(main));

  await mineralGroup(page).getByRole('checkbox', { name: 'Include by-products' }).check();
  expect(await renderedIds(page)).toEqual(expectedIds(withByproducts));
  await expect(page).toHaveURL(/byproducts=1/);

  await page.goBack();
  await expect(
    mineralGroup(page).getByRole('checkbox', { name: 'Include by-products' }),
  ).not.toBeChecked();
  expect(await renderedIds(page)).toEqual(expectedIds(main));
  expect(problems.pageErrors).toEqual([]);
});

test('ticking Rare earths shows China’s separation and magnet plants and Myanmar’s mines', async ({
  page,
}) => {
  await openAtlas(page, './?v=1&mineral=rare-earths');
  const shown = new Set(await renderedIds(page));
  const shownFacilities = facilities.filter((facility) => shown.has(facility.id));
  const inChina = (stage: string) =>
    shownFacilities.filter(
      (facility) =>
        facility.properties.country === 'CHN' &&
        facility.properties.stages.includes(stage as never),
    ).length;
  expect(inChina('refinery')).toBeGreaterThanOrEqual(10);
  expect(inChina('magnet-plant')).toBeGreaterThanOrEqual(10);
  expect(
    shownFacilities.some(
      (facility) =>
        facility.properties.country === 'MMR' && facility.properties.stages.includes('mine'),
    ),
  ).toBe(true);
  // Kiruna lists rare earths only as a by-product: not shown by default.
  expect(shownFacilities.some((facility) => /Kiruna/i.test(facility.properties.name))).toBe(false);
});

test('the capacity panel adds up the plants shown by country and by owners’ home country', async ({
  page,
}) => {
  await openAtlas(page, './?v=1&mineral=rare-earths');
  const panel = page.getByRole('region', { name: 'Who holds the processing capacity' });
  await panel.getByLabel('Rare earths product').selectOption('ndfeb-magnet');
  const shown = new Set(await renderedIds(page));
  const rollup = capacityRollup(
    facilities.filter((facility) => shown.has(facility.id)).map((facility) => facility.properties),
    'rare-earths',
    'ndfeb-magnet',
  );
  expect(rollup.withFigure).toBeGreaterThan(0);
  await expect(panel).toContainText(
    `Sourced capacity of ${rollup.withFigure} rare earths plants shown on this map: ${Math.round(rollup.total).toLocaleString('en')} t/yr`,
  );
  const byOwner = panel.getByRole('table', { name: 'By the owners’ home countries' });
  const top = rollup.byOwner[0];
  expect(top?.country).toBe('CHN');
  await expect(byOwner.getByRole('row').nth(1)).toContainText(
    `China${Math.round(top?.value ?? 0).toLocaleString('en')} t/yr${Math.round(top?.percent ?? 0)}%`,
  );
});

test('details list each mineral with its role and cite the publisher with the copy read', async ({
  page,
}) => {
  await openAtlas(page, './?v=1&site=icmm-icmm13754');
  const details = page.getByRole('region', { name: 'Site details' });
  await expect(details.getByRole('heading', { name: /IMIP/ })).toBeVisible();
  await expect(details).toContainText('Nickel (primary)');
  await expect(details.getByRole('link', { name: /ICMM Global Mining Dataset/ })).toHaveAttribute(
    'href',
    /icmm\.com/,
  );
  await expect(details.getByRole('link', { name: 'github.com' }).first()).toBeVisible();
});
