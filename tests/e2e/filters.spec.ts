import { expect, test, type Page } from '@playwright/test';
import { openAtlas, waitForMapIdle, escapeRegExp, renderedSiteIds } from './driver';
import { blocs, indexableBlocs, indexableSites, minerals } from './atlas-data';
import { siteMatches } from '../../src/domain/reference-filter';
import { NO_FILTERS, type Filters } from '../../src/domain/filters';

const renderedIds = renderedSiteIds;

function expectedIds(filters: Filters): string[] {
  return indexableSites
    .filter((site) => siteMatches(site, filters, indexableBlocs))
    .map((site) => site.id);
}

const mineralLabel = (id: string): string =>
  minerals.find((mineral) => mineral.id === id)?.label ?? id;
const blocLabel = (id: string): string => {
  const bloc = blocs.find((candidate) => candidate.id === id);
  return bloc?.shortName || bloc?.name || id;
};

function checkbox(page: Page, group: string, label: string) {
  return page
    .getByRole('group', { name: group, exact: true })
    .getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(label)} \\(`) });
}

test('each filter group narrows the map to exactly the matching sites, and Reset restores all', async ({
  page,
}) => {
  const problems = await openAtlas(page);
  const all = await renderedIds(page);
  expect(all.length).toBe(indexableSites.length);

  await checkbox(page, 'Mineral', 'Lithium').check();
  expect(await renderedIds(page)).toEqual(expectedIds({ ...NO_FILTERS, minerals: ['lithium'] }));

  await checkbox(page, 'Stage', 'Mine').check();
  expect(await renderedIds(page)).toEqual(
    expectedIds({ ...NO_FILTERS, minerals: ['lithium'], stages: ['mine'] }),
  );

  await checkbox(page, 'Country', 'Australia').check();
  const withCountry = {
    ...NO_FILTERS,
    minerals: ['lithium'],
    stages: ['mine' as const],
    countries: ['AUS'],
  };
  expect(await renderedIds(page)).toEqual(expectedIds(withCountry));

  await page.getByRole('button', { name: 'Reset filters' }).click();
  expect((await renderedIds(page)).length).toBe(all.length);

  await checkbox(page, 'Status', 'Operating').check();
  expect(await renderedIds(page)).toEqual(expectedIds({ ...NO_FILTERS, statuses: ['operating'] }));
  await page.getByRole('button', { name: 'Reset filters' }).click();

  await checkbox(page, 'Bloc', blocLabel('quad-critical-minerals-initiative')).check();
  const quad = { ...NO_FILTERS, blocs: ['quad-critical-minerals-initiative'] };
  expect(await renderedIds(page)).toEqual(expectedIds(quad));
  await page.getByRole('radio', { name: /owned by firms from the bloc/ }).check();
  expect(await renderedIds(page)).toEqual(expectedIds({ ...quad, blocMode: 'controlled' }));

  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.outsideRequests).toEqual([]);
});

test('option counts are live, respect the other groups, and zero-count options say so', async ({
  page,
}) => {
  await openAtlas(page);
  await checkbox(page, 'Country', 'Australia').check();
  await waitForMapIdle(page);
  const lithium = checkbox(page, 'Mineral', 'Lithium');
  const expected = expectedIds({ ...NO_FILTERS, minerals: ['lithium'], countries: ['AUS'] }).length;
  await expect(lithium).toHaveAccessibleName(`Lithium (${expected})`);
  const stageCounts = await Promise.all(
    ['Mine', 'Smelter', 'Refinery', 'Processing plant', 'Magnet plant'].map(async (stage) => {
      const name = await checkbox(page, 'Stage', stage).evaluate(
        (input) => input.closest('label')?.textContent ?? '',
      );
      return Number(/\((\d[\d,]*)\)/.exec(name)?.[1]?.replace(/,/g, '') ?? 0);
    }),
  );
  const australian = expectedIds({ ...NO_FILTERS, countries: ['AUS'] }).length;
  expect(stageCounts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(australian);
  await expect(page.getByRole('status')).toContainText(
    `${australian} of ${indexableSites.length.toLocaleString('en')} sites shown`,
  );
  await expect(page.getByRole('group', { name: 'Mineral', exact: true })).toContainText(
    '(none with these filters)',
  );
});

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

test('random filter combinations: the drawn sites are exactly the filtered data (property test)', async ({
  page,
}) => {
  await openAtlas(page);
  const random = seeded(20261124);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const mineralIds = [
    'lithium',
    'cobalt',
    'nickel',
    'rare-earths',
    'copper',
    'graphite',
    'platinum-group-metals',
  ];
  const blocIds = blocs.filter((bloc) => bloc.members.length > 0).map((bloc) => bloc.id);
  const stages = [
    ['mine', 'Mine'],
    ['refinery', 'Refinery'],
    ['smelter', 'Smelter'],
  ] as const;
  for (let round = 0; round < 6; round += 1) {
    await page.getByRole('button', { name: 'Reset filters' }).click();
    const filters: Filters = {
      ...NO_FILTERS,
      minerals: [...new Set([pick(mineralIds), pick(mineralIds)])].sort(),
      blocs: random() < 0.7 ? [pick(blocIds)] : [],
      stages: random() < 0.5 ? [pick(stages)[0]] : [],
    };
    for (const mineral of filters.minerals)
      await checkbox(page, 'Mineral', mineralLabel(mineral)).check();
    for (const bloc of filters.blocs) await checkbox(page, 'Bloc', blocLabel(bloc)).check();
    for (const stage of filters.stages) {
      await checkbox(page, 'Stage', stages.find(([id]) => id === stage)?.[1] ?? stage).check();
    }
    expect(await renderedIds(page), JSON.stringify(filters)).toEqual(expectedIds(filters));
  }
});
