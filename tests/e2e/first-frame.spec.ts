/**
 * A page's first frame shows its largest text: Chromium holds it (`<link rel="expect" blocking="render">`) until the
 * parser has reached the story's header or an embed's first caption, rather than draw the page empty, or an embed's
 * map without its caption, on the way there. Each page is served in two parts, cut before that element; the same
 * page without the link draws a frame while its second part is held, so each test can fail.
 */
import { expect, test, type Page } from '@playwright/test';
import { E2E_BASE_PATH } from '../../playwright.config';
import { FIRST_CAPTION_ID } from '../../src/lib/embed/embed';
import { STEPPER_PATH, STILL_PATH } from './embeds';
import { heldForAtFirstFrame, recordFirstFrame, servePageInTwoParts } from './two-part-page';

/** Waits until the page's head is parsed, polling on timers (frames may be held). */
const headParsed = (page: Page) => page.waitForFunction(() => document.body !== null, undefined, { polling: 50 });

const withoutTheLink = (html: string) => html.replace(/<link rel="expect"[^>]*>/, '');

for (const { name, path, id } of [
  { name: 'the story', path: '', id: 'story-header' },
  { name: 'an embed stepper', path: STEPPER_PATH, id: FIRST_CAPTION_ID },
  { name: 'a still embed', path: STILL_PATH, id: FIRST_CAPTION_ID },
]) {
  // One screen is enough (load order, not layout); Chromium only (other engines ignore the link).
  test(`${name}: no frame until the parser has reached #${id}`, { tag: '@desktop' }, async ({ page, context, browserName }) => {
    test.skip(browserName !== 'chromium', 'rel="expect" is Chromium\'s');
    const cut = `id="${id}"`;
    const held = await servePageInTwoParts(path, cut);
    const control = await servePageInTwoParts(path, cut, withoutTheLink);
    const unheld = await context.newPage();
    try {
      await recordFirstFrame(page, id);
      await recordFirstFrame(unheld, id);
      await page.goto(`${held.origin}${E2E_BASE_PATH}${path}`, { waitUntil: 'commit' });
      await headParsed(page);
      // The same first part without the link draws frames meanwhile, without the element: the page held draws none.
      await unheld.goto(`${control.origin}${E2E_BASE_PATH}${path}`, { waitUntil: 'commit' });
      await headParsed(unheld);
      await expect.poll(() => heldForAtFirstFrame(unheld), 'a frame of the page without the link').toBe(false);
      expect(await heldForAtFirstFrame(page), 'a frame while the element was on its way').toBeUndefined();
      held.sendRest();
      await expect.poll(() => heldForAtFirstFrame(page)).toBe(true);
    } finally {
      control.sendRest();
      await unheld.close();
      held.close();
      control.close();
    }
  });
}
