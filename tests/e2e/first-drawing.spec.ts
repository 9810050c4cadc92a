/**
 * The server's drawing: the first step's map in the page's HTML, what a reader with JavaScript sees until the live
 * map draws (it waits for the reader's first move). A link to a later step hides it, as it is not that step's map,
 * and the box says the map is loading.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectDrawnAtOnce, recordFrames } from './live-map-frames';
import { holdRequests, loadingNotice, wakeLiveMap } from './site';
import { ANCHORS, expectLabelsPlaced, expectMapShows, loadStates, stepScenes } from './story';

/** Holds back every scene's data and base map until the returned function is called. */
const holdMapData = (page: Page) => holdRequests(page, '**/data/**/*.json');

/**
 * Records in the page each time the live map draws a step (its panel marks the step shown, once for each drawing,
 * `data-shown-step`), with the step and its size then (the SVG's viewBox).
 */
async function recordDrawings(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const drawings: string[] = [];
    Object.assign(window, { liveMapDrawings: drawings });
    new MutationObserver((records) => {
      for (const record of records) {
        const live = record.target;
        if (!(live instanceof Element) || !live.matches('.map-live')) continue;
        drawings.push(`${live.getAttribute('data-shown-step')} at ${live.querySelector('svg.map')?.getAttribute('viewBox')}`);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-shown-step'] });
  });
  return () => page.evaluate(() => (window as unknown as { liveMapDrawings: string[] }).liveMapDrawings);
}

test('the live map draws the step it starts on once: on the reader\'s first move, and at a link to a later step', async ({ page }) => {
  // Both the step and the canvas's first size ask it to draw; drawn twice, the second drawing was a whole step's
  // work again, in the task that shows the map.
  const drawings = await recordDrawings(page);
  await page.goto('./');
  await wakeLiveMap(page);
  await expectLabelsPlaced(page);
  const first = await drawings();
  expect(first[0]).toMatch(new RegExp(`^${ANCHORS[0]} at `));
  expect(first.filter((drawing) => drawing === first[0])).toHaveLength(1);

  const deep = ANCHORS.at(-1)!;
  // A load of its own, not a move within the page.
  await page.goto('about:blank');
  await page.goto(`./#${deep}`);
  await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', deep);
  await expectLabelsPlaced(page);
  const later = await drawings();
  expect(later[0]).toMatch(new RegExp(`^${deep} at `));
  expect(later.filter((drawing) => drawing === later[0])).toHaveLength(1);
});

test('woken before the steps\' observer runs, the live map starts on the first step, whose map is on screen', async ({ page }) => {
  // A reader who moves before any step is read: it started on no step, and drew only once the observer named the
  // first, then as a step the reader waits for, in large slices in the frames of their first scroll.
  const release = await holdRequests(page, '**/_astro/StepObserver*.js');
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  const live = page.locator('.map-live');
  await wakeLiveMap(page);
  await expect(live).toHaveAttribute('data-shown-step', ANCHORS[0]);
  expect(await live.getAttribute('data-active-step'), 'no step read yet').toBeNull();
  release();
  await expect(live).toHaveAttribute('data-active-step', ANCHORS[0]);
  await expect(live).toHaveAttribute('data-shown-step', ANCHORS[0]);
});

test('the first step\'s map is in the page, drawn by the server, until the reader moves', async ({ page, request }) => {
  await page.goto('./');
  const svg = page.locator('figure.story-map .map-static svg.map').filter({ visible: true });
  await expect(svg).toHaveCount(1);
  await expect(svg).toHaveAttribute('role', 'img');
  // The countries are the geometry every band of screen sizes places (src/lib/render/static-drawing.ts).
  const geometry = page.locator('figure.story-map .map-geometry');
  expect(await geometry.locator('path.country').count()).toBeGreaterThan(10);
  await expect(geometry.locator('path.country[data-id="156"]')).toHaveAttribute('data-role', 'founder');
  await expect(geometry.locator('path.country[data-id="643"]')).toHaveAttribute('data-role', 'founder');
  await expect(svg.locator('use')).toHaveCount(1);
  await expect(svg.locator('circle.marker')).not.toHaveCount(0);
  await expect(page.locator('.map-static .map-key')).toBeVisible();

  const first = ANCHORS[0];
  const scene = await page.locator(`section.step[id="${first}"]`).getAttribute('data-scene');
  const data = (await (await request.get(`data/${scene}.json`)).json()) as { states: { step: string; description: string; roles: [string, string][] }[] };
  const state = data.states.find((s) => s.step === first)!;
  await expect(svg).toHaveAttribute('aria-label', state.description);
  const roles = await geometry.locator('path.country[data-role]').evaluateAll((ps) => ps.map((p) => `${p.getAttribute('data-id')}:${p.getAttribute('data-role')}`).sort());
  expect(roles).toEqual(state.roles.map(([code, role]) => `${code}:${role}`).sort());
  // The live map has drawn nothing over it.
  await expect(page.locator('.map-live')).not.toHaveAttribute('data-ready');
  await expect(page.locator('.map-live svg.map')).toHaveCount(0);
});

test('before the live map draws, its key is laid out but hidden: the frame of its first drawing only shows it', async ({ page }) => {
  // Laid out only once shown, the live map's keys took 7 to 15 ms of that frame's layout at 4× CPU.
  await page.goto('./');
  const keys = page.locator('figure.story-map .map-live .map-keys');
  await expect(page.locator('.map-live')).not.toHaveAttribute('data-ready');
  await expect(page.locator('.map-static .map-key')).toBeVisible();
  await expect(keys).toBeHidden();
  // A box of its own, however tall (beside the text the key lies over the map, in a row of no height): hidden by
  // `display`, it had none.
  expect(await keys.evaluate((el) => el.getClientRects().length)).toBe(1);
  await wakeLiveMap(page);
  await expect(page.locator('.map-live')).toHaveAttribute('data-ready', 'true');
  await expect(keys.locator('.map-key-strip[data-current] .map-key')).toBeVisible();
});

test('the live key holds the first step\'s legend from the page: its first drawing shows that legend, not one written then', async ({ page }) => {
  // Written in that frame, the legend took 2 to 5 ms of its script and 5.5 to 12 ms of its layout at 4× CPU.
  await page.goto('./');
  const live = page.locator('figure.story-map .map-live');
  const legends = live.locator('.map-key-strip[data-current] .map-key-step');
  await expect(live).not.toHaveAttribute('data-ready');
  await expect(legends).toHaveCount(1);
  await expect(legends).toHaveAttribute('data-step', ANCHORS[0]);
  const server = page.locator('figure.story-map .map-static .map-key-step');
  expect(await legends.evaluate((el) => el.outerHTML)).toBe(await server.evaluate((el) => el.outerHTML));
  // Marked, to tell that very element from one written anew.
  await legends.evaluate((el) => el.setAttribute('data-from-page', ''));
  await wakeLiveMap(page);
  await expect(live).toHaveAttribute('data-shown-step', ANCHORS[0]);
  await expect(legends).toHaveCount(1);
  await expect(legends).toHaveAttribute('data-from-page', '');
  await expect(legends).toHaveAttribute('data-shown', '');
  await expect(legends).toBeVisible();
});

test('a link to a later step never shows the first step\'s map: the box stays empty until the live map draws the step', async ({ page, request }) => {
  const deep = ANCHORS.at(-1)!;
  const release = await holdMapData(page);
  await page.goto(`./#${deep}`);
  // The live map has started (a link to a later step starts it at once) and waits for its data.
  await expect(page.locator('.map-live')).toHaveAttribute('data-active-step', deep);
  await expect(page.locator('figure.story-map .map-static')).toBeHidden();
  await expect(page.locator('figure.story-map svg.map').filter({ visible: true })).toHaveCount(0);
  await expect(page.locator('figure.story-map .map-key').filter({ visible: true })).toHaveCount(0);
  expect(await loadingNotice(page)).toBe('"Loading the map…"');
  release();
  const states = await loadStates(request, (await stepScenes(page)).values());
  await expectMapShows(page, states.get(deep)!);
  await expect(page.locator('figure.story-map svg.map').filter({ visible: true })).toHaveCount(1);
  expect(await loadingNotice(page)).toBe('none');
});

/** What recordServerDrawingDisplay leaves in the page: how it renders the drawing now, and how in its first frame. */
type ServerDrawingDisplay = { display: () => string[]; first: string[] | null };

/**
 * Records how the page renders the server's drawing and its geometry (their `display`) in its first frame, and
 * returns a function that reads that and how it renders them now.
 */
async function recordServerDrawingDisplay(page: Page): Promise<() => Promise<{ first: string[] | null; now: string[] }>> {
  await page.addInitScript(() => {
    const recorded: ServerDrawingDisplay = {
      display: () =>
        ['.map-static', '.map-geometry'].map((part) => {
          const element = document.querySelector(`figure.story-map > ${part}`);
          return element ? getComputedStyle(element).display : 'not parsed';
        }),
      first: null,
    };
    Object.assign(window, { serverDrawingDisplay: recorded });
    requestAnimationFrame(() => (recorded.first = recorded.display()));
  });
  return () =>
    page.evaluate(() => {
      const { display, first } = (window as unknown as { serverDrawingDisplay: ServerDrawingDisplay }).serverDrawingDisplay;
      return { first, now: display() };
    });
}

test('a link to a later step renders none of the server\'s drawing, from the first frame on', async ({ page }) => {
  // Hidden only once the step matched as the page's target (when the page was parsed), its 330 elements were styled
  // and laid out in the first frames, on the way to the step's map: at 4× CPU about 75 ms of a 1 s jump.
  const display = await recordServerDrawingDisplay(page);
  const release = await holdMapData(page);
  await page.goto(`./#${ANCHORS.at(-1)}`);
  await expect(page.locator('.map-live')).toHaveAttribute('data-active-step', ANCHORS.at(-1)!);
  await expect.poll(async () => (await display()).first).toEqual(['none', 'none']);
  expect((await display()).now).toEqual(['none', 'none']);
  expect(await loadingNotice(page)).toBe('"Loading the map…"');
  release();
  await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', ANCHORS.at(-1)!);
});

test('a link to the first step, or to a part of the page below the story, renders the server\'s drawing', async ({ page }) => {
  const display = await recordServerDrawingDisplay(page);
  const rendered = (parts: string[] | null) => parts?.every((d) => d !== 'none' && d !== 'not parsed') ?? false;
  // The live map, woken by the browser's scroll to the anchor, would remove the server's drawing once it draws.
  await holdMapData(page);
  await page.goto(`./#${ANCHORS[0]}`);
  await expect.poll(async () => rendered((await display()).first), 'in the first frame').toBe(true);
  // A page of its own (a link followed in the page runs no head script).
  await page.goto('about:blank');
  await page.goto('./#about-maps', { waitUntil: 'domcontentloaded' });
  // Marked at first (the head script cannot tell a step from the rest of the page), not once the page is parsed.
  await expect(page.locator('html')).not.toHaveAttribute('data-linked-later');
  await expect.poll(async () => rendered((await display()).now), 'once the page is parsed').toBe(true);
  expect(await loadingNotice(page)).toBe('none');
});

test('a link to a later step whose map cannot load says so, and no longer that it is loading', async ({ page }) => {
  await page.route('**/data/**/*.json', (route) => route.abort());
  await page.goto(`./#${ANCHORS.at(-1)}`);
  await expect(page.locator('.map-live')).toHaveAttribute('data-failed');
  await expect(page.locator('.map-failed')).toBeVisible();
  expect(await loadingNotice(page)).toBe('none');
});

test('a link to the first step keeps the server\'s drawing of it while the live map loads', async ({ page }) => {
  const release = await holdMapData(page);
  await page.goto(`./#${ANCHORS[0]}`);
  await expect(page.locator('.map-live')).toHaveAttribute('data-active-step', ANCHORS[0]);
  await expect(page.locator('figure.story-map .map-static svg.map').filter({ visible: true })).toHaveCount(1);
  expect(await loadingNotice(page)).toBe('none');
  release();
});

test('the live map\'s first drawing over the server\'s is built out of sight a piece a frame, and shown in a frame of its own', async ({ page }) => {
  // Built and shown in one frame, at 4× CPU that frame took 50–70 ms, the scroll's longest, and the next, with its
  // labels, 50–60 ms.
  const frames = await recordFrames(page);
  await page.goto('./');
  await wakeLiveMap(page);
  await expectLabelsPlaced(page);
  const recorded = await frames();
  const shown = recorded.findIndex((f) => f.ready);
  expect(shown, 'a frame shows the live map').toBeGreaterThan(0);
  // The drawing, then its markers, then its labels, each in a frame of its own before the map shows.
  const drawn = recorded.findIndex((f) => f.drawings > 0);
  const marked = recorded.findIndex((f) => f.markers > 0);
  const labelled = recorded.findIndex((f) => f.labels > 0);
  expect(drawn, 'the drawing').toBeGreaterThan(-1);
  expect(marked, 'markers after the drawing').toBeGreaterThan(drawn);
  expect(labelled, 'labels after the markers').toBeGreaterThan(marked);
  expect(shown, 'shown after the labels').toBeGreaterThan(labelled);
  // The frame that shows it draws nothing the frame before had not laid out.
  expect(recorded[shown]).toEqual({ ...recorded[shown - 1], ready: true });
});

test('at a link to a later step, where the reader waits, the live map draws at once and its labels in the next frame', async ({ page }) => {
  // That frame laid out the drawing, its legend and its labels at once: at 4× CPU 50–90 ms.
  const frames = await recordFrames(page);
  await page.goto(`./#${ANCHORS.at(-1)}`);
  await expect(page.locator('.map-live')).toHaveAttribute('data-ready', 'true');
  await expectLabelsPlaced(page);
  expectDrawnAtOnce(await frames());
});
