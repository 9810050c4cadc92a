import { defineConfig, devices } from '@playwright/test';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

/** The e2e suite runs against the production build served by nginx under a sub-path (see scripts/test.mjs). */
export const E2E_BASE_PATH = '/graphics/2021/china-russia/';
const PORT = Number(process.env.E2E_PORT ?? 4399);
/**
 * The build under test: `npm test` builds into .build/test/ (never dist/, the developer's own). The tests read
 * its files (tests/e2e/site.ts) and the server serves it.
 */
export const E2E_DIST = resolve(process.env.DIST_DIR ?? fileURLToPath(new URL('.build/test/', import.meta.url)));

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A ceiling per test, not a wait: tests wait for states. A test that opens several pages or scenes takes 20–30 s
  // on a 2-core machine with other work beside it (issue 12: the suite passes with two CPU hogs running).
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${E2E_BASE_PATH}`,
    launchOptions: { executablePath: findChromium({ headlessShell: true }) ?? undefined, args: CHROMIUM_ARGS },
  },
  // Every test runs on both screens unless the screen cannot change its outcome (it checks files, the server's
  // answers or the page's words, or sets its own sizes): those are tagged @desktop and run once, and the phone's
  // own layout tests are tagged @phone. The deploy checks are about the server, the phone file about the phone.
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
      grepInvert: /@phone\b/,
      testIgnore: /phone\.spec\.ts$/,
    },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], viewport: { width: 375, height: 740 } },
      grepInvert: /@desktop\b/,
      testIgnore: /deploy\.spec\.ts$/,
    },
  ],
  webServer: {
    // nginx serving the build under the base path as a production host would (gzip, cache headers, the redirect to
    // the trailing slash, the 404 page); where nginx is absent the script says so and
    // serves it with the small static server (scripts/static-server.mjs).
    command: 'node scripts/serve-nginx.mjs',
    env: { E2E_PORT: String(PORT), BASE_PATH: E2E_BASE_PATH, DIST_DIR: E2E_DIST, ASTRO_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${PORT}${E2E_BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 60_000,
    // TERM lets the script stop nginx and remove its temporary folder.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
