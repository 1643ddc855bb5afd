import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { guardPage, openAtlas, waitForMapIdle } from './driver';
import { PARAMS } from '../../src/url/codec';

/** Links crafted to break a map app: markup, script URLs, prototype keys, impossible numbers, floods. */
const CORPUS: string[] = [
  '?mineral=<script>window.__pwned=1</script>',
  '?site=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
  '?site=javascript:window.__pwned=1',
  '?corridor=data:text/html,<script>window.__pwned=1</script>',
  '?__proto__[polluted]=1&constructor[prototype][polluted]=1',
  '?__proto__=x&mineral=__proto__,constructor,prototype',
  '?bloc=toString,valueOf,hasOwnProperty',
  '?mineral=lithium&mineral=cobalt&&&===&',
  '?country=usa,USA,U%53A,ΑΒΓ',
  '?shade=%E0%A4%A&stage=%',
  '?embed=1&theme=<style>&legend=2&list=-1',
  '#map=NaN/NaN/NaN',
  '#map=Infinity/-Infinity/1e309',
  '#map=0x10/0x20/0x30',
  '#map=٣/١/٢',
  '#map=5/95/500',
  '#map=-3/0/0/720/999',
  '#map=1/2',
  `#map=${'9'.repeat(5000)}/1/1`,
  `?mineral=${'a,'.repeat(6_000)}`,
  `#map=${'x'.repeat(1_500_000)}`,
  '?v=999&unknown=1&site=',
];

interface Window {
  __pwned?: unknown;
  __hostileErrors?: string[];
}

test('a corpus of hostile links: the app boots, falls back per field, runs no script, keeps Object.prototype clean', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const problems = await guardPage(page);
  for (const link of CORPUS) {
    await page.goto(`./${link}`);
    await expect(page.locator('#summary'), link.slice(0, 80)).toContainText('sites shown');
    await waitForMapIdle(page);
    const state = await page.evaluate(() => ({
      pwned: (window as Window).__pwned,
      polluted: ({} as Record<string, unknown>).polluted,
      protoKeys: Object.keys(Object.prototype),
      images: document.querySelectorAll('#panel img, #panel script').length,
    }));
    expect(state, link.slice(0, 80)).toEqual({
      pwned: undefined,
      polluted: undefined,
      protoKeys: [],
      images: 0,
    });
    expect(problems.pageErrors, link.slice(0, 80)).toEqual([]);
  }
  expect(problems.outsideRequests).toEqual([]);
});

test('1,000 generated links applied through Back/Forward and hash edits never break the app', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const problems = await openAtlas(page);
  // Every key the codec reads (one table), plus keys that must be ignored.
  const keys = [...PARAMS.map((param) => param.key), '__proto__', 'constructor', 'v'];
  const links = fc
    .sample(
      fc.tuple(
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.string({ maxLength: 40 })), {
          maxLength: 6,
        }),
        fc.oneof(
          fc.constant(''),
          fc.string({ maxLength: 40 }),
          fc.tuple(fc.double(), fc.double(), fc.double()).map((n) => `map=${n.join('/')}`),
        ),
      ),
      { numRuns: 1000, seed: 20261124 },
    )
    .map(
      ([pairs, hash]) =>
        `?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}#${hash}`,
    );
  const outcome = await page.evaluate((all) => {
    const errors: string[] = [];
    window.addEventListener('error', (event) => errors.push(String(event.message)));
    for (const link of all) {
      try {
        history.pushState(null, '', link);
        window.dispatchEvent(new PopStateEvent('popstate'));
      } catch (error) {
        errors.push(String(error));
      }
    }
    return { errors, polluted: Object.keys(Object.prototype), pwned: (window as Window).__pwned };
  }, links);
  expect(outcome).toEqual({ errors: [], polluted: [], pwned: undefined });
  await page.evaluate(() => {
    history.pushState(null, '', '?v=1&mineral=lithium');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await waitForMapIdle(page);
  await expect(page.getByRole('status')).toContainText(/of 4,275 sites shown|sites shown/);
  expect(problems.pageErrors).toEqual([]);
});
