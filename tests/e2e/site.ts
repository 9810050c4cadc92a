/** The built site as the end-to-end tests see it: every HTML page of the build under test, by kind. */
import { readdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { E2E_DIST } from '../../playwright.config';

/** The build the test server serves (.build/test/ unless DIST_DIR says otherwise). */
export const DIST = E2E_DIST;

/**
 * Every HTML page of the build, as a path relative to the base: "" for the story, "embed/<scene>/" for a
 * folder's index.html, "404.html" for a page that is a file.
 */
export const PAGES: string[] = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split('\\').join('/'))
  .filter((file) => file.endsWith('.html'))
  .map((file) => (file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1')))
  .sort();

/** A scene's stepper embed: "embed/<scene>/". */
export const isStepper = (path: string) => /^embed\/[^/]+\/$/.test(path);
/** A step's still embed: "embed/<scene>/<step>/". */
export const isStill = (path: string) => /^embed\/[^/]+\/[^/]+\/$/.test(path);

/**
 * What the live map's box says while it loads for a step the server did not draw (a link to a later step of the
 * story, an embed stepper started at one): CSS generated content, or "none".
 */
export function loadingNotice(scope: Pick<Page, 'locator'>): Promise<string> {
  return scope.locator('.map-live').evaluate((el) => getComputedStyle(el, '::before').content);
}

/**
 * Wakes a page's live map and waits for it to draw. The map's code and data load only once the reader moves
 * (a server-drawn map is there until then), so the test moves: a pointer across the page, repeated until the page's
 * script is there to notice it.
 */
export async function wakeLiveMap(scope: Pick<Page, 'locator'>): Promise<void> {
  const live = scope.locator('.map-live');
  await expect(async () => {
    await scope.locator('body').dispatchEvent('pointermove');
    await expect(live).toHaveAttribute('data-ready', 'true', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** Holds back the page's requests for `url` (a glob) until the function it returns is called. */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
