/**
 * Reading by keyboard: the skip link, moving step to step with J and K (and the arrow keys on a focused step)
 * while the map follows, keys left alone in form fields, a visible focus indicator on everything that takes
 * focus and never hidden behind the sticky map, and embeds that Tab enters and leaves.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { wakeLiveMap } from './site';
import { STEPPER_PATH, STILL_PATH } from './embeds';
import { ANCHORS, openStory, scrollStepToCentre } from './story';

const step = (page: Page, anchor: string) => page.locator(`section.step[id="${anchor}"]`);

/**
 * What is wrong with the focus indicator of the focused element of `frame`, or null when it is fine: it must
 * match :focus-visible and draw an outline at least 2 px wide (a step draws it around its card). Also names
 * the element, for messages, tells whether it had focus before, and whether it is entirely hidden: off screen,
 * or behind the sticky map. One round trip per Tab: the sweep below presses it a few hundred times.
 */
function focusProblem(frame: Page | Frame): Promise<{ what: string; problem: string | null; again: boolean; hidden: boolean }> {
  return frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', problem: null, again: false, hidden: false };
    const store = window as unknown as { focused?: WeakSet<Element> };
    store.focused ??= new WeakSet();
    const again = store.focused.has(el);
    store.focused.add(el);
    const r = el.getBoundingClientRect();
    const map = document.querySelector('figure.story-map')?.getBoundingClientRect();
    // The map covers what scrolls under it while it sticks to the top of the screen (phones).
    const top = map && r.left < map.right && r.right > map.left && map.top <= 1 ? Math.max(0, map.bottom) : 0;
    const hidden = r.bottom <= top || r.top >= window.innerHeight;
    const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    if (!el.matches(':focus-visible')) return { what, problem: 'does not match :focus-visible', again, hidden };
    const drawn = el.matches('section.step') ? el.querySelector('.step-card') ?? el : el;
    const style = getComputedStyle(drawn);
    const width = Number.parseFloat(style.outlineWidth);
    const invisible = style.outlineStyle === 'none' || width < 2 || /^(transparent|rgba\(.*,\s*0\))$/.test(style.outlineColor);
    return { what, problem: invisible ? `no visible outline (${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor})` : null, again, hidden };
  });
}

test('the skip link is the first thing Tab reaches, shows itself, and leads into the story', async ({ page }) => {
  await openStory(page);
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport({ ratio: 1 });
  expect((await focusProblem(page)).problem).toBeNull();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#story$/);
  // The next Tabs go on from the story's start: the header's link to the corrections, then the first step.
  await page.keyboard.press('Tab');
  await expect(page.locator('header.story-header .updated a')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(step(page, ANCHORS[0])).toBeFocused();
});

test('a hint at the top of the story tells keyboard readers the keys, for screen readers only', async ({ page }) => {
  await page.goto('./');
  const hint = page.locator('main#story #keyboard-hint');
  await expect(hint).toHaveClass(/visually-hidden/);
  await expect(hint).toContainText('J for the next step');
  await expect(hint).toContainText('K for the previous one');
  await expect(hint).toContainText('arrow keys');
  // It comes before the steps, so it is read first.
  const before = await hint.evaluate((el) => !!(el.compareDocumentPosition(document.querySelector('section.step')!) & Node.DOCUMENT_POSITION_FOLLOWING));
  expect(before).toBe(true);
});

/**
 * From the next load, notes when the page last scrolled, when it last ended a scroll, and when the step observer
 * last read the steps' layout (it reads them from the first, only once scrolling has settled): `settled` waits for
 * that read, the state that says the observer's settle timer has run.
 */
async function watchSettle(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const times = { scroll: 0, scrollEnd: 0, readSteps: 0 };
    (window as unknown as { times: typeof times }).times = times;
    addEventListener('scroll', () => (times.scroll = performance.now()), { passive: true });
    addEventListener('scrollend', () => (times.scrollEnd = performance.now()));
    const rect = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      if (this === document.querySelector('section.step')) times.readSteps = performance.now();
      return rect.call(this);
    };
  });
}

/** The page's time now, for `settled`. */
const pageNow = (page: Page) => page.evaluate(() => performance.now());

/**
 * Waits until whatever scrolled the page since `since` has ended and the step observer has settled after it; with
 * no scroll since, for two frames (a scroll the keys started would have begun by then).
 */
async function settled(page: Page, since: number): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForFunction((since) => {
    const { scroll, scrollEnd, readSteps } = (window as unknown as { times: Record<string, number> }).times;
    return scroll <= since || (scrollEnd >= scroll && readSteps > scroll);
  }, since);
}

test('J and K move to the next and previous step: it gets focus, scrolls into view and drives the map', async ({ page }) => {
  await watchSettle(page);
  await openStory(page);
  const live = page.locator('.map-live');
  await step(page, ANCHORS[0]).focus();
  for (const i of [1, 2, 3]) {
    await page.keyboard.press('j');
    await expect(step(page, ANCHORS[i])).toBeFocused();
    await expect(step(page, ANCHORS[i])).toBeInViewport();
    await expect(live).toHaveAttribute('data-active-step', ANCHORS[i]);
    await expect(live).toHaveAttribute('data-shown-step', ANCHORS[i]);
  }
  const pressed = await pageNow(page);
  await page.keyboard.press('k');
  await expect(step(page, ANCHORS[2])).toBeFocused();
  await expect(step(page, ANCHORS[2])).toBeInViewport();
  await expect(live).toHaveAttribute('data-shown-step', ANCHORS[2]);
  // The focus ring shows where the reader is.
  expect((await focusProblem(page)).problem).toBeNull();
  // Once K's scroll (its step into place) has ended and settled, the step under the reading line is still the
  // focused one.
  await page.waitForFunction((pressed) => (window as unknown as { times: { scroll: number } }).times.scroll > pressed, pressed);
  await settled(page, pressed);
  await expect(live).toHaveAttribute('data-active-step', ANCHORS[2]);
});

test('on a focused step the arrow keys move step to step; elsewhere they are left to scroll the page', async ({ page }) => {
  // Steps scroll into place at once, so that the page is still when the arrow key's own scroll is measured.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page);
  const live = page.locator('.map-live');
  await step(page, ANCHORS[4]).focus();
  await page.keyboard.press('ArrowDown');
  await expect(step(page, ANCHORS[5])).toBeFocused();
  await expect(live).toHaveAttribute('data-shown-step', ANCHORS[5]);
  await page.keyboard.press('ArrowUp');
  await expect(step(page, ANCHORS[4])).toBeFocused();
  await expect(live).toHaveAttribute('data-shown-step', ANCHORS[4]);

  // On a link inside a step the arrow keys scroll, as usual; J still moves on from that step.
  const link = step(page, ANCHORS[4]).locator('a').first();
  await link.focus();
  const before = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
  await expect(link).toBeFocused();
  await page.keyboard.press('j');
  await expect(step(page, ANCHORS[5])).toBeFocused();
});

test('J and K start from the step being read when nothing has focus, and stop at the ends', async ({ page }) => {
  await openStory(page);
  const live = page.locator('.map-live');
  const middle = Math.floor(ANCHORS.length / 2);
  await scrollStepToCentre(page, ANCHORS[middle]);
  await expect(live).toHaveAttribute('data-active-step', ANCHORS[middle]);
  await page.keyboard.press('j');
  await expect(step(page, ANCHORS[middle + 1])).toBeFocused();
  await expect(live).toHaveAttribute('data-shown-step', ANCHORS[middle + 1]);

  await step(page, ANCHORS.at(-1)!).focus();
  await page.keyboard.press('j');
  await expect(step(page, ANCHORS.at(-1)!)).toBeFocused();
  await step(page, ANCHORS[0]).focus();
  await page.keyboard.press('k');
  await expect(step(page, ANCHORS[0])).toBeFocused();
});

test('keys typed into a form field stay there', async ({ page }) => {
  await watchSettle(page);
  await openStory(page);
  const anchor = ANCHORS[3];
  // The story has no form of its own: a field as a comment box or a search would add one inside a step.
  await step(page, anchor).locator('.step-card').evaluate((card) => {
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Comment');
    card.append(field);
    const area = document.createElement('textarea');
    area.setAttribute('aria-label', 'Longer comment');
    card.append(area);
  });
  const live = page.locator('.map-live');
  for (const selector of ['input', 'textarea']) {
    const field = step(page, anchor).locator(selector);
    // Focused where it is (no scroll to settle): focus in a step makes it the step being read.
    await field.evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
    await expect(live).toHaveAttribute('data-active-step', anchor);
    const typed = await pageNow(page);
    await page.keyboard.type('jkjk');
    await page.keyboard.press('ArrowUp');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('jkjk');
    // Whatever the typing scrolled (the field brought into view) has settled, and the step is still the one read.
    await settled(page, typed);
    await expect(live).toHaveAttribute('data-active-step', anchor);
  }
});

test('Tab shows a visible focus indicator on everything in the story, never hidden behind the map', async ({ page }) => {
  test.setTimeout(120_000);
  // Where focus lands and how it shows, not the map's glides: with reduced motion each step passed is drawn at
  // once instead of animating behind the sweep.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press('Tab');
    const { what, problem, again, hidden } = await focusProblem(page);
    if (what === 'body' || again) break;
    seen.add(what);
    if (problem) problems.push(`${what}: ${problem}`);
    if (hidden) problems.push(`${what}: hidden behind the map or off screen`);
  }
  // Every step was reached on the way, with everything in it.
  for (const anchor of ANCHORS) expect([...seen].some((w) => w.startsWith(`section#${anchor}.`)), anchor).toBe(true);
  expect(seen.size).toBeGreaterThan(ANCHORS.length * 2);
  // And back: Shift+Tab from the end up to the top also keeps what has focus in sight.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Shift+Tab');
    const { what, hidden } = await focusProblem(page);
    if (hidden) problems.push(`${what} (Shift+Tab): hidden behind the map or off screen`);
  }
  expect(problems).toEqual([]);
});

test('the gallery shows a visible focus indicator on everything that takes focus', async ({ page }) => {
  await page.goto('embeds/');
  await expect(page.locator('button.gallery-copy').first()).toBeVisible();
  // Keyboard use first, so that focus given by script shows as keyboard focus does.
  await page.keyboard.press('Tab');
  const { checked, problems } = await page.evaluate(() => {
    const problems: string[] = [];
    const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), textarea, [tabindex="0"]')].filter((el) => el.checkVisibility());
    for (const el of focusable) {
      el.focus();
      const style = getComputedStyle(el);
      const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      if (document.activeElement !== el) problems.push(`${what}: does not take focus`);
      else if (!el.matches(':focus-visible')) problems.push(`${what}: does not match :focus-visible`);
      else if (style.outlineStyle === 'none' || Number.parseFloat(style.outlineWidth) < 2) problems.push(`${what}: no visible outline`);
    }
    return { checked: focusable.length, problems };
  });
  expect(checked).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});

for (const path of [STEPPER_PATH, STILL_PATH]) {
  test(`Tab goes into the embed ${path} on a host page, through it with visible focus, and out again`, async ({ page, baseURL }) => {
    const src = new URL(path, baseURL).href;
    await page.setContent(
      `<!doctype html><html lang="en"><title>Host</title><a href="#before" id="before">Before</a>
       <iframe src="${src}" title="Map" style="width:100%;height:900px;border:0"></iframe><a href="#after" id="after">After</a></html>`,
    );
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.embed-caption:visible')).toBeVisible();
    if (path === STEPPER_PATH) await wakeLiveMap(frame);
    const embed = page.frames().find((f) => f.url().startsWith(src));
    if (!embed) throw new Error('no embed frame');

    await page.locator('#before').focus();
    const inside: string[] = [];
    const problems: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.locator('#after').evaluate((el) => el === document.activeElement)) break;
      const { what, problem } = await focusProblem(embed);
      inside.push(what);
      if (problem) problems.push(`${what}: ${problem}`);
    }
    await expect(page.locator('#after'), 'Tab leaves the embed').toBeFocused();
    expect(inside.length, 'Tab went through the embed').toBeGreaterThan(1);
    expect(inside.some((w) => w.startsWith('a'))).toBe(true);
    if (path === STEPPER_PATH) expect(inside.some((w) => w.startsWith('button') && w.includes('Next'))).toBe(true);
    expect(problems).toEqual([]);

    for (let i = 0; i < inside.length + 1; i++) await page.keyboard.press('Shift+Tab');
    await expect(page.locator('#before'), 'Shift+Tab leaves it the other way').toBeFocused();
  });
}
