/** Finds the Chromium the end-to-end tests and the benchmark drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser's path, or null when none is installed. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const HOW_TO_GET_CHROMIUM = `No Chromium found for the end-to-end tests.
Install Debian's build:    sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium or Chrome binary:    CHROMIUM_PATH=/path/to/chrome npm test
(Playwright's own browser download is not used: this project runs on machines that cannot reach it.)`;
