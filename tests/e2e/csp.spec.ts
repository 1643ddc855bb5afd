import { expect, test } from '@playwright/test';
import { guardPage, waitForMapIdle } from './driver';

interface Violation {
  directive: string;
  blockedURI: string;
  source: string;
}

/** The policy index.html must carry; documented as headers in docs/SECURITY.md. */
const REQUIRED_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
];

test('the built app runs under its strict Content Security Policy with no violation', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
  const problems = await guardPage(page);
  const cspConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) cspConsole.push(message.text());
  });

  await page.goto('./');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta, 'index.html carries no CSP meta tag').toHaveCount(1);
  const policy = await meta.getAttribute('content');
  expect(policy, 'index.html carries no CSP meta tag').not.toBeNull();
  for (const directive of REQUIRED_DIRECTIVES) expect(policy).toContain(directive);
  expect(policy).not.toMatch(/unsafe-(inline|eval)/);

  await expect(page.getByRole('status')).toContainText(/sites shown/);
  await waitForMapIdle(page);
  // Turn on the lazily loaded deposits layer too, so its fetch and icons run under the policy.
  const deposits = page.getByRole('checkbox', { name: /deposits/i }).first();
  if (await deposits.isVisible()) {
    await deposits.check();
    await waitForMapIdle(page);
  }

  const violations = await page.evaluate(
    () => (window as unknown as { __cspViolations: Violation[] }).__cspViolations,
  );
  expect(violations).toEqual([]);
  expect(cspConsole).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});
