import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';
import { E2E_BASE_PATH } from './playwright.config';

/**
 * The tests of what only `npm run dev` serves (the map-state picker, src/dev/), against `astro dev` under the same
 * sub-path as the production suite. Apart from playwright.config.ts, whose server is the production build's.
 * DEV_E2E_PORT picks the port (4396 by default: the production suite's is 4399, the cross-engine suite's 4397).
 */
const PORT = Number(process.env.DEV_E2E_PORT ?? 4396);
const origin = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/dev',
  workers: 1,
  retries: 0,
  // Ceilings, not waits: the dev server compiles the picker's modules on the first visit, and a scene's whole data
  // on the first request for it, which on a busy 2-core machine takes longer than Playwright's 5 s for a state.
  timeout: 90_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-dev.json' }]],
  // Its own folder: Playwright empties its output folder first, and test-results/ holds the other suites' reports.
  outputDir: 'test-results/dev',
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    baseURL: `${origin}${E2E_BASE_PATH}`,
    launchOptions: { executablePath: findChromium({ headlessShell: true }) ?? undefined, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'dev' }],
  webServer: {
    command: `npx astro dev --port ${PORT} --host 127.0.0.1`,
    env: { BASE_PATH: E2E_BASE_PATH, SITE_URL: origin, ASTRO_TELEMETRY_DISABLED: '1' },
    url: `${origin}${E2E_BASE_PATH}_picker/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
