import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

/** The e2e suite runs against the production build, served under a sub-path (see scripts/test.mjs). */
export const E2E_BASE_PATH = '/graphics/2021/china-russia/';
const PORT = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${E2E_BASE_PATH}`,
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
    { name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 375, height: 740 } } },
  ],
  webServer: {
    // --ignore-lock: run beside a developer's own `astro preview` instead of refusing to start.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    // The preview reads the base path from astro.config.mjs, which takes it from the environment.
    env: { BASE_PATH: E2E_BASE_PATH, ASTRO_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${PORT}${E2E_BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
