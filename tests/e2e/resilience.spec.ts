/**
 * When the islands' JavaScript or the map data fails to arrive (blocked, missing or slow), the reader still has
 * every word and the maps drawn on the server, and nothing throws.
 */
import { expect, test, type Page } from '@playwright/test';
import { wakeLiveMap } from './site';
import { STEPPER_PATH, STILL_PATH } from './embeds';
import { ANCHORS, expectMapShows, loadStates, openMapData, scrollStepToCentre, stepAtTriggerLine, stepScenes } from './story';

/** Records the page's uncaught errors (exceptions and unhandled rejections). */
function uncaught(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The story's words and its server-drawn map are all there and visible, at the top and at the last step. */
async function expectWholeStory(page: Page): Promise<void> {
  await expect(page.locator('main#story header h1')).toBeVisible();
  const prose = page.locator('section.step .prose');
  await expect(prose).toHaveCount(ANCHORS.length);
  for (const text of await prose.allInnerTexts()) expect(text.trim().length).toBeGreaterThan(40);
  await expect(page.locator('section.step p.map-description')).toHaveCount(ANCHORS.length);
  await expect(page.locator('details.map-data').first()).toBeAttached();
  const map = page.locator('figure.story-map .map-static svg.map').filter({ visible: true });
  await expect(map).toBeVisible();
  await expect(map).toHaveAttribute('aria-label', /\S/);
  await page.locator(`section.step[id="${ANCHORS.at(-1)}"]`).scrollIntoViewIfNeeded();
  await expect(page.locator(`section.step[id="${ANCHORS.at(-1)}"] .prose`)).toBeVisible();
  await expect(map, 'the sticky map stays on screen').toBeInViewport();
  await expect(page.locator('section#sources li').first()).toBeAttached();
}

test.describe('with the islands\' JavaScript blocked', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/_astro/*.js', (route) => route.abort('blockedbyclient'));
  });

  test('the story keeps every word and its server-drawn map, and nothing throws', async ({ page }) => {
    const errors = uncaught(page);
    await page.goto('./');
    await expectWholeStory(page);
    await expect(page.locator('.map-live svg.map')).toHaveCount(0);
    await expect(page.locator('astro-island[ssr]').first(), 'the islands never hydrated').toBeAttached();
    // A step's "What the map shows" still opens onto its lists: the script that puts them in is in the page.
    await expect((await openMapData(page, ANCHORS.at(-1)!)).locator('.map-data-heading').first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a stepper shows its first step\'s map and caption, and a still its own, and nothing throws', async ({ page }) => {
    const errors = uncaught(page);
    for (const path of [STEPPER_PATH, STILL_PATH]) {
      await page.goto(path);
      await expect(page.locator('.map-static svg.map').filter({ visible: true })).toHaveCount(1);
      await expect(page.locator('.embed-caption-text:visible')).toBeVisible();
      await expect(page.locator('.embed-story-link a:visible')).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
});

test.describe('with the map data missing (HTTP 404)', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/data/*.json', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));
  });

  test('the story keeps every word and its server-drawn map, steps still take focus, and nothing throws', async ({ page }) => {
    const errors = uncaught(page);
    await page.goto('./');
    await expect(page.locator('astro-island[ssr]'), 'hydrated').toHaveCount(0);
    // The step observer runs, but the live map never draws.
    await page.locator(`section.step[id="${ANCHORS[1]}"]`).focus();
    await page.keyboard.press('j');
    await expect(page.locator(`section.step[id="${ANCHORS[2]}"]`)).toBeFocused();
    await expect(page.locator('.map-live')).not.toHaveAttribute('data-ready', /./);
    await expectWholeStory(page);
    expect(errors).toEqual([]);
  });

  test('a stepper keeps its server-drawn map and its captions, and nothing throws', async ({ page }) => {
    const errors = uncaught(page);
    await page.goto(STEPPER_PATH);
    await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('.embed-step-count')).toHaveText(/^Step 2 of \d+$/);
    await expect(page.locator('.map-static svg.map').filter({ visible: true })).toHaveCount(1);
    await expect(page.locator('.embed-caption-text:visible')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('when the map data fails to load', () => {
  test('the story says so over its map, and "Try again" brings the live map back at the step being read', async ({ page, request }) => {
    const errors = uncaught(page);
    let failing = true;
    // The scenes' shared base maps (data/base/…): the stepper's test below fails the scene's own file.
    await page.route('**/data/base/*.json', (route) => (failing ? route.fulfill({ status: 503, contentType: 'text/plain', body: 'Busy' }) : route.continue()));
    await page.goto('./');
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    const anchor = ANCHORS[6];
    await scrollStepToCentre(page, anchor);
    const notice = page.locator('figure.story-map .map-failed');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(notice).toContainText('This map could not load');
    await expect(page.locator(`section.step[id="${anchor}"] .prose`)).toBeVisible();

    failing = false;
    await notice.getByRole('button', { name: 'Try again' }).click();
    const states = await loadStates(request, (await stepScenes(page)).values());
    await expect(notice).toBeHidden();
    await expectMapShows(page, states.get(await stepAtTriggerLine(page))!);
    expect(errors).toEqual([]);
  });

  test('a stepper says so over its map, and "Try again" brings the live map back at its step', async ({ page }) => {
    const errors = uncaught(page);
    let failing = true;
    await page.route('**/data/*.json', (route) => (failing ? route.fulfill({ status: 503, contentType: 'text/plain', body: 'Busy' }) : route.continue()));
    await page.goto(STEPPER_PATH);
    await page.getByRole('button', { name: 'Next' }).click();
    const notice = page.locator('.map-failed');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('This map could not load');
    failing = false;
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect(notice).toBeHidden();
    const step = await page.locator('.embed-stepper').getAttribute('data-step');
    await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', step ?? '');
    await expect(page.locator('.map-live')).toHaveAttribute('data-ready', 'true');
    expect(errors).toEqual([]);
  });
});

test('with the map data slow to come, the server-drawn map holds until the live map takes over at the step being read', async ({ page, request }) => {
  const errors = uncaught(page);
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  let asked = () => {};
  const requested = new Promise<void>((resolve) => (asked = resolve));
  await page.route('**/data/*.json', async (route) => {
    asked();
    await arrived;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('figure.story-map .map-static svg.map').filter({ visible: true })).toBeVisible();
  const anchor = ANCHORS[6];
  await scrollStepToCentre(page, anchor);
  await expect(page.locator('.map-live')).toHaveAttribute('data-active-step', anchor);
  // The live map has asked for its data and is waiting for it.
  await requested;
  await expect(page.locator('figure.story-map .map-static svg.map').filter({ visible: true }), 'still there while the data is on its way').toBeVisible();
  await expect(page.locator(`section.step[id="${anchor}"] .prose`)).toBeVisible();

  release();
  const states = await loadStates(request, (await stepScenes(page)).values());
  await wakeLiveMap(page);
  expect(await stepAtTriggerLine(page)).toBe(anchor);
  await expectMapShows(page, states.get(anchor)!);
  await expect(page.locator('figure.story-map .map-static'), 'the server\'s drawing is gone once the live map has drawn').toHaveCount(0);
  await expect(page.locator('.map-geometry'), 'and the geometry its bands placed with it').toHaveCount(0);
  expect(errors).toEqual([]);
});

test('when a later scene\'s data fails, the notice shows over the live map\'s last drawing', async ({ page }) => {
  const errors = uncaught(page);
  const scenes = await (async () => {
    await page.goto('./');
    return stepScenes(page);
  })();
  const firstScene = scenes.get(ANCHORS[0]);
  const later = ANCHORS.find((anchor) => scenes.get(anchor) !== firstScene)!;
  await page.route(`**/data/${scenes.get(later)}.json`, (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'Busy' }));
  await wakeLiveMap(page);
  const live = page.locator('.map-live');
  await expect(live).toHaveAttribute('data-shown-step', ANCHORS[0]);
  await scrollStepToCentre(page, later);
  await expect(page.locator('figure.story-map .map-failed')).toBeVisible();
  // Not a blank panel: the server's drawing is gone, and the live map keeps what it drew.
  await expect(live).toHaveAttribute('data-ready', 'true');
  await expect(live.locator('.map-canvas svg.map')).toBeVisible();
  await expect(live).toHaveAttribute('data-shown-step', new RegExp(`^(${ANCHORS.filter((a) => scenes.get(a) === firstScene).join('|')})$`));
  expect(errors).toEqual([]);
});
