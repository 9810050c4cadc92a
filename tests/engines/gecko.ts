/**
 * Gecko: Debian's Firefox ESR, headless, driven over WebDriver BiDi by puppeteer-core (no geckodriver needed,
 * and no browser download: the package only drives a browser it is given).
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import type { Engine, EngineKind, Scope, Size, Tab } from './engine.ts';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox binary: $FIREFOX_PATH, else Debian's; null when there is none. */
function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Firefox preferences for a quiet, repeatable run: nothing fetched from elsewhere, no first-run pages. */
const PREFS: Record<string, unknown> = {
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'app.update.enabled': false,
};

/** The scope of a page or frame: puppeteer's own evaluate and click. */
function scopeOf(target: Page | Frame): Scope {
  return {
    evaluate: <A extends unknown[], R>(fn: (...args: A) => R, ...args: A) =>
      target.evaluate(fn as (...args: unknown[]) => R, ...args) as Promise<Awaited<R>>,
    click: (selector) => target.click(selector),
  };
}

/** A tab on a page of `browser`, recording the console errors and page errors Firefox reports. */
async function tabOf(browser: Browser, size: Size): Promise<Tab> {
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  // Generous ceilings: a journey waits for states, and a busy machine may be slow to reach them.
  page.setDefaultTimeout(60_000);
  await page.setViewport(size);
  let reported: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') reported.push(`console error (reported by Firefox): ${message.text()}`);
  });
  page.on('pageerror', (error) => reported.push(`page error (reported by Firefox): ${error instanceof Error ? error.message : String(error)}`));
  return {
    ...scopeOf(page),
    async open(url) {
      // A detour through a blank page: going from "/" to "/#step" would otherwise only scroll.
      await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'load' });
    },
    async frame(selector) {
      const element = await page.waitForSelector(selector);
      const frame = await element?.contentFrame();
      if (!frame) throw new Error(`no frame in ${selector}`);
      return scopeOf(frame);
    },
    resize: (viewport) => page.setViewport(viewport),
    movePointer: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key as Parameters<typeof page.keyboard.press>[0]),
    takeReportedProblems() {
      const taken = reported;
      reported = [];
      return taken;
    },
    reportsProblems: true,
  };
}

/** Starts headless Firefox with `prefs` added to the quiet ones. */
function launchFirefox(executablePath: string, prefs: Record<string, unknown>): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocolTimeout: 120_000,
    extraPrefsFirefox: { ...PREFS, ...prefs },
  });
}

/** Firefox ESR through WebDriver BiDi. */
export const gecko: EngineKind = {
  name: 'firefox',
  missing() {
    if (findFirefox()) return null;
    return process.env.FIREFOX_PATH
      ? `FIREFOX_PATH=${process.env.FIREFOX_PATH} does not exist`
      : 'Firefox is not installed: sudo apt-get install -y --no-install-recommends firefox-esr (or set FIREFOX_PATH)';
  },
  async launch(size) {
    const executable = findFirefox();
    if (!executable) throw new Error(this.missing() ?? 'no Firefox');
    const browser = await launchFirefox(executable, {});
    const tab = await tabOf(browser, size);
    const extra: Browser[] = [];
    return {
      version: `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
      tab: async () => tab,
      async scriptlessTab() {
        // A preference of the whole browser: a second one, for as long as the journey needs it.
        const scriptless = await launchFirefox(executable, { 'javascript.enabled': false });
        extra.push(scriptless);
        return { ...(await tabOf(scriptless, size)), close: () => scriptless.close() };
      },
      async close() {
        await Promise.allSettled([browser, ...extra].map((b) => b.close()));
      },
    } satisfies Engine;
  },
};
