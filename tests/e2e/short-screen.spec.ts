/**
 * A screen too short for the sticky map (SHORT_SCREEN_QUERY): a 1280 × 1024 window zoomed to 400 % is 320 × 256,
 * where the map's drawing would be shorter than its key. The story is one column, each step followed by its own
 * map image, as without JavaScript; the live map waits until the screen has room for it.
 * In the desktop project only: the tests set their own screens.
 */
import { expect, test, type Page } from '@playwright/test';
import { ANCHORS } from './story';

test.describe.configure({ mode: 'parallel' });

/** Screens zoomed to 400 %: 1280 × 1024, 1920 × 1080, and the tallest and widest the query takes. */
const SHORT_SCREENS = [
  [320, 256],
  [480, 270],
  [559, 431],
] as const;

/** Waits until every step has its picture, put in by the page's script. */
async function expectStepPictures(page: Page): Promise<void> {
  await expect(page.locator('section.step picture[data-step-image]')).toHaveCount(ANCHORS.length);
}

/** A step's image, once loaded: the source it chose, its natural size, the size it is shown at and the room it was given. */
async function loadedImage(page: Page, anchor: string) {
  const image = page.locator(`section.step[id="${anchor}"] picture[data-step-image] img`);
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: `${anchor}: its image loads` }).toBe(true);
  return image.evaluate((img: HTMLImageElement) => {
    const source = [...img.parentElement!.querySelectorAll('source')].find((s) => s.srcset === img.currentSrc || img.currentSrc.endsWith(s.srcset));
    return {
      src: img.currentSrc,
      natural: [img.naturalWidth, img.naturalHeight],
      room: source ? [Number(source.getAttribute('width')), Number(source.getAttribute('height'))] : null,
      shown: img.getBoundingClientRect().width,
    };
  });
}

test('each step is followed by its own map image, shown at 1 to 1.5 times its size; no sticky map, no map data', { tag: '@desktop' }, async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  for (const [width, height] of SHORT_SCREENS) {
    // A reader per screen (an image in the browser's memory is shown at once, lazy or not).
    const context = await browser.newContext({ baseURL, viewport: { width, height } });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('./');
    await expectStepPictures(page);
    await expect(page.locator('figure.story-map')).toBeHidden();
    // Lazily: the last step's image waits until the reader nears it.
    expect(requested.filter((path) => path.endsWith(`/${ANCHORS.at(-1)}.svg`)), `at ${width}×${height}`).toEqual([]);
    // Every step's at the first screen; the first, a middle and the last step's at the others.
    const which = width === SHORT_SCREENS[0][0] ? ANCHORS : [ANCHORS[0], ANCHORS[Math.floor(ANCHORS.length / 2)], ANCHORS.at(-1)!];
    for (const anchor of which) {
      const at = `${anchor} at ${width}×${height}`;
      const image = await loadedImage(page, anchor);
      expect(image.src, at).toContain(`/maps/column/`);
      expect(image.src, at).toContain(`/${anchor}.svg`);
      // The page held the image's room before it loaded: nothing below it moved when it came in.
      expect(image.room, `${at}: the room held for it`).toEqual(image.natural);
      expect(image.shown / image.natural[0], `${at}: shown ${image.shown} px for ${image.natural[0]}`).toBeGreaterThanOrEqual(1);
      expect(image.shown / image.natural[0], `${at}: shown ${image.shown} px for ${image.natural[0]}`).toBeLessThanOrEqual(1.5);
    }
    // The reader moved through the story: the live map never started.
    expect(requested.filter((path) => /\/data\/.+\.json$/.test(path)), `at ${width}×${height}`).toEqual([]);
    await expect(page.locator('.map-live svg.map')).toHaveCount(0);
    await context.close();
  }
});

test('a link to a later step lands on it and stays there as the pictures and images come in', { tag: '@desktop' }, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const anchor = ANCHORS[Math.floor((ANCHORS.length * 2) / 3)];
  await page.goto(`./#${anchor}`);
  await expectStepPictures(page);
  // The images around it load (those above it too, lazily, within the browser's margin).
  const before = ANCHORS[ANCHORS.indexOf(anchor) - 1];
  for (const id of [before, anchor]) {
    await expect.poll(() => page.locator(`section.step[id="${id}"] picture[data-step-image] img`).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
  const top = await page.locator(`section.step[id="${anchor}"]`).evaluate((el) => el.getBoundingClientRect().top);
  expect(top, 'the step\'s top within 16 px of the screen\'s').toBeGreaterThanOrEqual(0);
  expect(top, 'the step\'s top within 16 px of the screen\'s').toBeLessThanOrEqual(16);
  await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
  // The live map does not start here, so nothing preloads the step's map data either.
  expect(requested.filter((path) => /\/data\/.+\.json$/.test(path))).toEqual([]);
});

test('when the screen has room again (zoomed back out), the live map starts and draws the step being read', { tag: '@desktop' }, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  const anchor = ANCHORS[Math.floor(ANCHORS.length / 2)];
  await page.goto(`./#${anchor}`);
  await expectStepPictures(page);
  // A move: on a screen with room it would start the live map.
  await page.locator('body').dispatchEvent('pointermove');
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator('figure.story-map')).toBeVisible();
  await expect(page.locator('.map-live')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', anchor);
  await expect(page.locator('section.step picture[data-step-image]').first()).toBeHidden();
});
