import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.ts';

// DIST_DIR and PW_PORT let parallel work test its own build without clashing.
const PORT = Number(process.env.PW_PORT ?? 4174);
const DIST = process.env.DIST_DIR ?? 'dist';
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [...CHROMIUM_ARGS],
    },
  },
  // The production build served by a plain static server, as a CDN would.
  webServer: {
    command: `node_modules/.bin/tsx src/build/serve.ts --dir ${DIST} --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
