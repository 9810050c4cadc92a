/**
 * Shared helpers for the end-to-end tests: the story's steps and article as the content folder has them, the
 * expected map state of each step as the built site publishes it, and a snapshot of what a map draws.
 */
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { wakeLiveMap } from './site';
import { expectedSnapshot, readMapSnapshot, statesOfScene, type MapSnapshot, type MapState, type SceneData } from './story-content';

export { ANCHORS, ARTICLE, expectedSnapshot, normalise, type MapSnapshot, type MapState } from './story-content';

/** How often to look again at a map still changing, in ms (the last repeats). */
const POLL = [50, 100, 250];

/** Every step's published map state, by anchor, fetched from the scenes' data files. */
export async function loadStates(request: APIRequestContext, scenes: Iterable<string>): Promise<Map<string, MapState>> {
  const states = new Map<string, MapState>();
  for (const scene of new Set(scenes)) {
    const response = await request.get(`data/${scene}.json`);
    expect(response.status(), `data/${scene}.json`).toBe(200);
    const data = (await response.json()) as SceneData;
    expect(data.scene).toBe(scene);
    for (const state of statesOfScene(data)) states.set(state.step, state);
  }
  return states;
}

/** What the map under `root` (`.map-live` or `.map-static`) draws now. */
export function mapSnapshot(page: Page, root = '.map-live'): Promise<MapSnapshot> {
  return page.evaluate(readMapSnapshot, root);
}

/** Waits until the live map draws exactly `state` (the transition between steps has finished). */
export async function expectMapShows(page: Page, state: MapState): Promise<void> {
  const live = page.locator('.map-live');
  await expect(live).toHaveAttribute('data-shown-step', state.step);
  await expect(live).toHaveAttribute('data-ready', 'true');
  // Labels are placed a few per frame after the step is shown: look again soon rather than after Playwright's
  // default back-off (up to a second), as every step of every sweep waits here.
  await expect.poll(() => mapSnapshot(page), { message: `map at step "${state.step}"`, intervals: POLL }).toEqual(expectedSnapshot(state));
}

/**
 * Waits until every label of the step shown under `root` is in: the live map adds them all once the map is at rest,
 * and marks its labels group `data-placing` until a frame has drawn them.
 */
export async function expectLabelsPlaced(page: Page, root = '.map-live'): Promise<void> {
  await expect(page.locator(`${root} svg.map g.labels[data-placing]`)).toHaveCount(0);
}

/**
 * Opens a step's "What the map shows" and waits for its lists and tables, which the page keeps as text until then
 * (src/browser/map-data-text.ts); returns it.
 */
export async function openMapData(page: Page, anchor: string): Promise<Locator> {
  const details = page.locator(`section.step[id="${anchor}"] details.map-data`);
  await details.evaluate((el: HTMLDetailsElement) => (el.open = true));
  await expect(details.locator('noscript')).toHaveCount(0);
  return details;
}

/** Opens the story and waits for the island to hydrate and draw. */
export async function openStory(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await wakeLiveMap(page);
}

/** The scene of each step, read from the page. */
export async function stepScenes(page: Page): Promise<Map<string, string>> {
  const pairs = await page.locator('section.step').evaluateAll((els) => els.map((el) => [el.id, el.getAttribute('data-scene') ?? '']));
  return new Map(pairs as [string, string][]);
}

/** Scrolls so that the step's middle sits on the reading line. */
export async function scrollStepToCentre(page: Page, anchor: string): Promise<void> {
  const line = await readingLine(page);
  await page.locator(`section.step[id="${anchor}"]`).evaluate((el, line) => {
    const r = el.getBoundingClientRect();
    window.scrollBy({ top: r.top + r.height / 2 - line, behavior: 'instant' });
  }, line);
}

/**
 * The reading line, in viewport pixels: half-way down the text the reader can see. On the stacked (phone)
 * layout the sticky map covers the top of the screen, so the line sits midway between the map's bottom and
 * the screen's bottom; beside the map (desktop) it is half-way down the screen.
 */
export function readingLine(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = document.querySelector('figure.story-map')!.getBoundingClientRect();
    const stacked = map.width >= window.innerWidth * 0.9 && map.height < window.innerHeight * 0.8;
    return stacked ? (map.height + window.innerHeight) / 2 : window.innerHeight / 2;
  });
}

/** The step the reader is on by layout alone: the step spanning the reading line, or, in a gap, the last above it. */
export async function stepAtTriggerLine(page: Page): Promise<string> {
  const line = await readingLine(page);
  return page.evaluate((line) => {
    const steps = [...document.querySelectorAll<HTMLElement>('section.step')];
    const spanning = steps.find((el) => {
      const r = el.getBoundingClientRect();
      return r.top <= line && r.bottom > line;
    });
    if (spanning) return spanning.id;
    const above = steps.filter((el) => el.getBoundingClientRect().top <= line);
    return (above.at(-1) ?? steps[0]).id;
  }, line);
}

/** The live map's viewBox and the size of the canvas it is drawn for, as "0 0 w h". */
export function canvasAndViewBox(page: Page): Promise<{ canvas: string; viewBox: string | null }> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.map-live .map-canvas')!.getBoundingClientRect();
    return {
      canvas: `0 0 ${Math.round(canvas.width)} ${Math.round(canvas.height)}`,
      viewBox: document.querySelector('.map-live svg.map')?.getAttribute('viewBox') ?? null,
    };
  });
}

/** Waits until the live map is drawn at its canvas's current size. */
export async function expectViewBoxFitsCanvas(page: Page, message: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const { canvas, viewBox } = await canvasAndViewBox(page);
        return viewBox === canvas ? 'fits' : `viewBox ${viewBox}, canvas ${canvas}`;
      },
      { message: `viewBox follows the canvas ${message}`, intervals: POLL },
    )
    .toBe('fits');
}
