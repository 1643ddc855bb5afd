/**
 * The end-to-end driver in maputnik's given/when/get/then shape: a spec reads as what a reader
 * does and sees. `given` sets the scene, `when` acts as a person does (by role and accessible
 * name), `get` reads what the map drew, `then` checks the page stayed healthy.
 */
import { expect, type Page } from '@playwright/test';
import {
  openAtlas,
  renderedSiteIds,
  waitForMapIdle,
  type AtlasMapHooks,
  type PageProblems,
} from './driver';

/** The driver for one page. */
export function atlas(page: Page) {
  let problems: PageProblems | null = null;
  return {
    given: {
      /** Opens the atlas at a link and waits for data and map to settle. */
      link: async (path = './'): Promise<void> => {
        problems = await openAtlas(page, path);
      },
    },
    when: {
      /** Ticks or unticks a checkbox by its accessible name, then waits for the map. */
      setCheckbox: async (name: string, on: boolean): Promise<void> => {
        await page.getByRole('checkbox', { name, exact: true }).setChecked(on);
        await waitForMapIdle(page);
      },
      /** Chooses an option of a select by the select's accessible name. */
      choose: async (name: string, option: string): Promise<void> => {
        await page.getByRole('combobox', { name }).selectOption(option);
        await waitForMapIdle(page);
      },
      /** Goes back in history, then waits for the map. */
      goBack: async (): Promise<void> => {
        await page.goBack();
        await waitForMapIdle(page);
      },
    },
    get: {
      renderedSiteIds: (): Promise<string[]> => renderedSiteIds(page),
      renderedCorridorIds: async (): Promise<string[]> => {
        await waitForMapIdle(page);
        return page.evaluate(() =>
          (window as unknown as { atlasMap: AtlasMapHooks }).atlasMap.renderedCorridorIds(),
        );
      },
    },
    then: {
      /** No uncaught errors, no console errors, no request leaving the machine. */
      healthy: (): void => {
        expect(problems?.pageErrors ?? []).toEqual([]);
        expect(problems?.consoleErrors ?? []).toEqual([]);
        expect(problems?.outsideRequests ?? []).toEqual([]);
      },
    },
  };
}
