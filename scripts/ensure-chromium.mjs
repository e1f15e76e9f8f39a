// Before the browser tests: make sure a Chromium is there. Playwright cannot download its own browser
// on our machines, so we use the system one: CHROMIUM_PATH, else /usr/bin/chromium. Where it is missing
// and we are root on Debian/Ubuntu, install it with apt; otherwise say exactly what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!process.env.CHROMIUM_PATH && isRoot && hasApt) {
  console.log('Chromium is missing: installing Debian\'s chromium and fonts with apt-get (about a minute)...');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation fonts-dejavu-core', {
    stdio: 'inherit',
  });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `No Chromium at ${path}. The browser tests need one: install it (Debian/Ubuntu: sudo apt-get install chromium fonts-liberation), ` +
    'or set CHROMIUM_PATH to a Chromium or Chrome executable, then run the tests again.',
);
process.exit(1);
