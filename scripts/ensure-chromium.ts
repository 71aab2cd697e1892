// Makes sure a Chromium exists for the browser tests, installing one the way the platform
// allows: Debian/Ubuntu as root → apt-get install chromium; otherwise Playwright's download.
// Prints one line saying what it found or did; fails loudly rather than skipping tests.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.ts';

function run(command: string): void {
  execSync(command, { stdio: ['ignore', 'ignore', 'inherit'] });
}

const found = findChromium();
if (found !== null) {
  console.log(`chromium: using ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(
    'chromium: none found, installing Debian package "chromium" with apt-get (about a minute)',
  );
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
} else {
  console.log(
    "chromium: none found, downloading Playwright's Chromium (npx playwright install chromium)",
  );
  run('npx playwright install chromium');
}

const installed = findChromium();
if (installed === null) {
  console.error('chromium: installation failed; set CHROME_PATH to a Chromium or Chrome binary');
  process.exit(1);
}
console.log(`chromium: installed ${installed}`);
