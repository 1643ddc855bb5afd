import { existsSync } from 'node:fs';

/** Debian's Chromium unless CHROMIUM_PATH names another build. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Flags for headless Chromium on a machine with no GPU and no outside network. */
export const chromiumArgs: string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** True when the configured Chromium binary exists. */
export function hasChromium(): boolean {
  return existsSync(chromiumPath());
}
