/** Arriving mid-story: a link to `#<step>` restores that step's map, a reload keeps the place, history stays clean. */
import { expect, test, type Page } from '@playwright/test';
import { E2E_BASE_PATH } from '../../playwright.config';
import { holdRequests, wakeLiveMap } from './site';
import { heldForAtFirstFrame, recordFirstFrame, servePageInTwoParts } from './two-part-page';
import { ANCHORS, expectMapShows, loadStates, openStory, scrollStepToCentre, stepAtTriggerLine, stepScenes } from './story';

const DEEP = 'nato-jisd-unit';

test('a link to #<step> restores that step\'s map, and a reload keeps it', async ({ page, request }) => {
  expect(ANCHORS).toContain(DEEP);
  await openStory(page, `./#${DEEP}`);
  const states = await loadStates(request, (await stepScenes(page)).values());
  await expect(page.locator('.map-live')).toHaveAttribute('data-active-step', DEEP);
  await expectMapShows(page, states.get(DEEP)!);
  // The page scrolled to the step, so the text beside the map is the step's.
  await expect(page.locator(`section.step[id="${DEEP}"]`)).toBeInViewport();
  expect(await stepAtTriggerLine(page)).toBe(DEEP);

  await page.reload();
  await wakeLiveMap(page);
  await expect(page.locator('.map-live')).toHaveAttribute('data-active-step', DEEP);
  await expectMapShows(page, states.get(DEEP)!);
  expect(new URL(page.url()).hash).toBe(`#${DEEP}`);
});

test('a link to a step fetches its scene\'s base map beside the scene\'s data, not after it', async ({ page }) => {
  // The scene's data is held back until the base map is asked for: a live map that waited for the scene's data to
  // name its base map would ask for it only after, and the map would not draw.
  let baseAsked = () => {};
  const asked = new Promise<void>((resolve) => (baseAsked = resolve));
  const sceneFiles: string[] = [];
  await page.route('**/data/base/*.json', async (route) => {
    baseAsked();
    await route.continue();
  });
  await page.route('**/data/*.json', async (route) => {
    sceneFiles.push(new URL(route.request().url()).pathname);
    await asked;
    await route.continue();
  });
  await openStory(page, `./#${DEEP}`);
  await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', DEEP);
  expect(sceneFiles.length).toBeGreaterThan(0);
});

test('a link to a later step asks for its data when the page is parsed, before the map\'s code loads, and once', async ({ page }) => {
  // The map's island is held back: what asks for the data then is the story's head script, which hands the
  // responses to the live map once its code runs (so each file comes once). At 4× CPU the island's code asked for
  // it some 0.4 s after the page was parsed.
  const requested: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/\/data\/.+\.json$/.test(path)) requested.push(path.slice(path.indexOf('/data/')));
  });
  const release = await holdRequests(page, '**/_astro/StoryMap.*.js');
  await page.goto(`./#${DEEP}`, { waitUntil: 'domcontentloaded' });
  const scene = await page.locator(`section.step[id="${DEEP}"]`).getAttribute('data-scene');
  const baseMaps = JSON.parse((await page.locator('figure.story-map').getAttribute('data-base-maps')) ?? '{}') as Record<string, string>;
  const wanted = [`/data/${scene}.json`, `/data/${baseMaps[scene!]}`].sort();
  await expect.poll(() => [...requested].sort(), { message: 'the step\'s data, asked for while the map\'s code is held' }).toEqual(wanted);
  await expect(page.locator('.map-live')).not.toHaveAttribute('data-active-step');

  release();
  await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', DEEP);
  // (The live map goes on to fetch the scenes of the steps after it.)
  expect(wanted.map((file) => requested.filter((path) => path === file).length), `${wanted.join(', ')} asked for once`).toEqual([1, 1]);
});

test('a link to a step builds that step\'s drawing out of the page and puts it in whole', async ({ page, request }) => {
  // The reader waits for it: built in the page, each slice of paths would be restyled, laid out and painted in a
  // frame of its own before the map could show. Each drawing as it went into the page: its country paths then and
  // those added to it later.
  await page.addInitScript(() => {
    const drawings = new Map<Element, { countries: number; later: number }>();
    (window as unknown as { drawings: typeof drawings }).drawings = drawings;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof SVGGElement && node.classList.contains('base'))
            drawings.set(node, { countries: node.querySelectorAll('.countries path').length, later: 0 });
          const target = record.target as Element;
          const base = target.closest('g.base');
          if (node instanceof SVGPathElement && base && target.closest('.countries')) {
            const entry = drawings.get(base);
            if (entry) entry.later += 1;
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await openStory(page, `./#${DEEP}`);
  const states = await loadStates(request, (await stepScenes(page)).values());
  await expectMapShows(page, states.get(DEEP)!);
  const shown = await page.evaluate(() => {
    const { drawings } = window as unknown as { drawings: Map<Element, { countries: number; later: number }> };
    const visible = document.querySelector('.map-live g.base[visibility="visible"]');
    return visible ? (drawings.get(visible) ?? null) : null;
  });
  expect(shown, 'the drawing that shows the step, as it went into the page').not.toBeNull();
  expect(shown!.countries, 'its country paths as it went in').toBeGreaterThan(0);
  expect(shown!.later, 'country paths added to it once in the page').toBe(0);
});

test('a link to a lunar step restores its inset', async ({ page, request }) => {
  await openStory(page, './#aerospace-integration');
  const states = await loadStates(request, (await stepScenes(page)).values());
  await expectMapShows(page, states.get('aerospace-integration')!);
  await expect(page.locator('.map-live svg.map g.moon-inset')).toHaveCount(1);
});

test('following a link to another step on the page shows that step\'s map', async ({ page, request }) => {
  await openStory(page);
  const states = await loadStates(request, (await stepScenes(page)).values());
  const target = ANCHORS[ANCHORS.length - 3];
  await page.evaluate((anchor) => {
    location.hash = anchor;
  }, target);
  await expectMapShows(page, states.get(target)!);
});

test('scrolling through steps adds no history entries', async ({ page, request }) => {
  await openStory(page);
  const states = await loadStates(request, (await stepScenes(page)).values());
  const before = await page.evaluate(() => history.length);
  for (const anchor of ANCHORS.slice(1, 7)) {
    await scrollStepToCentre(page, anchor);
    await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', anchor);
  }
  const last = ANCHORS[6];
  await expectMapShows(page, states.get(last)!);
  // The address follows the reader (so it can be shared), by replacing the entry rather than adding one.
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${last}`);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('the address names the step only once the page is still, not while the reader scrolls on past it', async ({ page }) => {
  await openStory(page);
  // Scrolls on at a steady pace from the top until steps have changed twice and the second change is 800 ms
  // behind (past the address's 400 ms wait), then stops. Records each replaceState and the last scroll before it.
  const run = await page.evaluate(() => {
    const replaced: { at: number; lastScroll: number }[] = [];
    let lastScroll = -Infinity;
    addEventListener('scroll', (event) => (lastScroll = event.timeStamp), { passive: true });
    const original = history.replaceState.bind(history);
    history.replaceState = (...args: Parameters<History['replaceState']>) => {
      replaced.push({ at: performance.now(), lastScroll });
      original(...args);
    };
    const changes: number[] = [];
    document.addEventListener('story:step', () => changes.push(performance.now()));
    return new Promise<{ replaced: typeof replaced; changes: number }>((done) => {
      const step = () => {
        if (changes.length >= 2 && performance.now() - changes[1] > 800) {
          done({ replaced, changes: changes.length });
          return;
        }
        scrollBy(0, 8);
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
  });
  expect(run.changes).toBeGreaterThanOrEqual(2);
  for (const { at, lastScroll } of run.replaced) expect(at - lastScroll).toBeGreaterThanOrEqual(400);
  // Once the page is still, the address names the step the reader stopped on.
  const active = await page.locator('.map-live').getAttribute('data-active-step');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${active}`);
});

test('a reload mid-page without a hash shows the step at the trigger line, not the first', async ({ page, request }) => {
  await openStory(page);
  const states = await loadStates(request, (await stepScenes(page)).values());
  const middle = ANCHORS[Math.floor(ANCHORS.length / 2)];
  await scrollStepToCentre(page, middle);
  await expectMapShows(page, states.get(middle)!);
  // Wait for the address to follow the reader, then drop the hash: only the restored scroll position is left.
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${middle}`);
  await page.evaluate(() => history.replaceState(null, '', location.pathname));
  const scrollY = await page.evaluate(() => window.scrollY);
  expect(scrollY).toBeGreaterThan(0);

  await page.reload();
  await wakeLiveMap(page);
  expect(new URL(page.url()).hash).toBe('');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrollY);
  const atLine = await stepAtTriggerLine(page);
  expect(atLine).not.toBe(ANCHORS[0]);
  await expect(page.locator('.map-live')).toHaveAttribute('data-active-step', atLine);
  await expectMapShows(page, states.get(atLine)!);
});

// In the desktop project only (one screen is enough: this is about load order, not layout).
test('a page that arrives slowly is observed whole: every step, though the observer hydrates before the last arrives', { tag: '@desktop' }, async ({ page }) => {
  // The observer (first in <main>) hydrates while the rest of the page is held back.
  const story = await servePageInTwoParts('', `id="${ANCHORS[3]}"`);
  try {
    await page.goto(`${story.origin}${E2E_BASE_PATH}`, { waitUntil: 'commit' });
    await expect(page.locator('astro-island'), 'the islands of the first part').not.toHaveCount(0);
    await expect(page.locator('astro-island[ssr]'), 'hydrated').toHaveCount(0);
    story.sendRest();
    await wakeLiveMap(page);
    const last = ANCHORS.at(-1) as string;
    await scrollStepToCentre(page, last);
    await expect(page.locator('.map-live')).toHaveAttribute('data-active-step', last);
    await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', last);
  } finally {
    story.close();
  }
});

/** Waits until the page's parser has reached `#<anchor>`, polling on timers (frames may be held). */
const parsedTo = (page: Page, anchor: string) => page.waitForFunction((id) => document.getElementById(id), anchor, { polling: 50 });

test('a link to a later step draws its first frame once that step is in the page, not the top of the story before it', async ({ page }) => {
  const story = await servePageInTwoParts('', `id="${DEEP}"`);
  await recordFirstFrame(page, DEEP);
  const unlinked = await page.context().newPage();
  try {
    await page.goto(`${story.origin}${E2E_BASE_PATH}#${DEEP}`, { waitUntil: 'commit' });
    await parsedTo(page, ANCHORS[2]);
    // The same first part opened without a link draws frames meanwhile: two of them, and the linked page has none.
    await unlinked.goto(`${story.origin}${E2E_BASE_PATH}`, { waitUntil: 'commit' });
    await parsedTo(unlinked, ANCHORS[2]);
    await unlinked.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
    expect(await heldForAtFirstFrame(page), 'a frame while the step was on its way').toBeUndefined();
    story.sendRest();
    await expect.poll(() => heldForAtFirstFrame(page)).toBe(true);
    await expect(page.locator(`#${DEEP}`)).toBeInViewport();
  } finally {
    await unlinked.close();
    story.close();
  }
});

/**
 * The parts of the page a link into it holds out of the first layouts (held-layout.ts), by id: the steps, and the
 * items below the story (main's sections: corrections, about the maps, sources, the scenes' data).
 */
function heldVisibility(page: Page): Promise<Record<string, string>> {
  return page
    .locator('section.step, main > section')
    .evaluateAll((parts) => Object.fromEntries(parts.map((part) => [part.id, getComputedStyle(part).contentVisibility])));
}

/** Where the linked step's top is on the screen (px). */
const linkedTop = (page: Page) => page.locator(`section.step[id="${DEEP}"]`).evaluate((step) => step.getBoundingClientRect().top);

test('a link to a later step lays out the rest of the page only once its map shows, and the step stays put', async ({ page }) => {
  // The map's code is held: until it draws, all but the linked step wait (they would hold the step's map back).
  const release = await holdRequests(page, '**/_astro/live-map.*.js');
  await page.goto(`./#${DEEP}`, { waitUntil: 'domcontentloaded' });
  await expect(page.locator('.map-live')).toHaveAttribute('data-active-step', DEEP);
  const waiting = await heldVisibility(page);
  expect(Object.keys(waiting).indexOf(DEEP), 'steps above the linked one').toBeGreaterThan(2);
  expect(waiting, 'while the map is on its way').toEqual(Object.fromEntries(Object.keys(waiting).map((id) => [id, id === DEEP ? 'visible' : 'auto'])));
  const top = await linkedTop(page);

  release();
  await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', DEEP);
  const all = Object.fromEntries(Object.keys(waiting).map((id) => [id, 'visible']));
  await expect.poll(() => heldVisibility(page), { message: 'once the map shows' }).toEqual(all);
  // The steps above it grew or shrank as they were laid out: the browser's scroll anchoring kept the reader's place.
  expect(Math.abs((await linkedTop(page)) - top), 'how far the linked step moved on the screen (px)').toBeLessThan(1);

  // A reload goes back to where the reader was, which the parts above it place: nothing is held.
  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(new Set(Object.values(await heldVisibility(page))), 'on a reload').toEqual(new Set(['visible']));
});

test('a link to a later step stays put as the rest of the page is laid out, where the browser\'s scroll anchoring would not hold it', async ({ page }) => {
  const release = await holdRequests(page, '**/_astro/live-map.*.js');
  await page.goto(`./#${DEEP}`, { waitUntil: 'domcontentloaded' });
  // Chromium's anchoring skipped a step laid out above the screen in about one load in 30 (the reader was left on the
  // step before): here it never holds, as no step, nor anything in one, may be its anchor.
  await page.locator('section.step, section.step *').evaluateAll((elements: HTMLElement[]) => {
    for (const element of elements) element.style.overflowAnchor = 'none';
  });
  await expect(page.locator('.map-live')).toHaveAttribute('data-active-step', DEEP);
  const top = await linkedTop(page);
  release();
  const waiting = await heldVisibility(page);
  const all = Object.fromEntries(Object.keys(waiting).map((id) => [id, 'visible']));
  await expect.poll(() => heldVisibility(page), { message: 'once the map shows' }).toEqual(all);
  expect(Math.abs((await linkedTop(page)) - top), 'how far the linked step moved on the screen (px)').toBeLessThan(1);
  await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', DEEP);
});

test('a page opened without a map on its way lays out the rest of the page without waiting', async ({ page }) => {
  // No link, a link to the first step (the server drew its map), a link below the story: nothing waits for the live
  // map, which starts only when the reader moves.
  for (const path of ['./', `./#${ANCHORS[0]}`, './#sources']) {
    await page.goto('about:blank');
    await page.goto(path);
    await expect.poll(async () => new Set(Object.values(await heldVisibility(page))), { message: path }).toEqual(new Set(['visible']));
    if (path !== './#sources') await expect(page.locator('.map-live'), `${path}: the live map waits for a move`).not.toHaveAttribute('data-shown-step');
  }
  // The link below the story landed on its target.
  await expect(page.locator('#sources')).toBeInViewport();
});
