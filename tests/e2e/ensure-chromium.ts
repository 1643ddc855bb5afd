/** Makes sure a Chromium for the browser tests exists before Playwright starts.
 * Playwright cannot download its own browser here, so the tests use Debian's package. */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!process.env.CHROMIUM_PATH && isRoot && hasApt) {
  console.log('No Chromium at /usr/bin/chromium: installing Debian\'s "chromium" package…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (existsSync(path)) process.exit(0);
}
console.error(`No Chromium found at ${path}.
The browser tests need a Chromium build. Either:
  - on Debian/Ubuntu: sudo apt-get install -y chromium   (installs /usr/bin/chromium), or
  - point CHROMIUM_PATH at an existing Chromium or Chrome binary:
      CHROMIUM_PATH=/path/to/chrome npm test`);
process.exit(1);
