/**
 * Finds the Chromium the end-to-end tests and the benchmark drive: $CHROMIUM_PATH, else Debian's build. The tests
 * prefer Chromium's headless shell (Debian's `chromium-headless-shell`, what Playwright itself runs headless): the
 * same Blink without the browser's own interface, whose hidden window costs a tenth of a core per open browser and
 * whose pages take about half the CPU. The benchmark measures what a reader's browser does: the full Chromium.
 */
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

const HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium-headless-shell'];
const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The browser's path, or null when none is installed.
 * @param {{ headlessShell?: boolean }} [options] headlessShell: take the headless shell where it is installed.
 */
export function findChromium({ headlessShell = false } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return [...(headlessShell ? HEADLESS_SHELLS : []), ...BROWSERS].find((path) => existsSync(path)) ?? null;
}

export const HOW_TO_GET_CHROMIUM = `No Chromium found for the end-to-end tests.
Install Debian's build:    sudo apt-get update && sudo apt-get install -y chromium chromium-headless-shell
or point CHROMIUM_PATH at a Chromium or Chrome binary:    CHROMIUM_PATH=/path/to/chrome npm test
(Playwright's own browser download is not used: this project runs on machines that cannot reach it.)`;
