/**
 * The story's journeys: loading it, scrolling through every step, reading it on a screen too short for the sticky
 * map, arriving by a link to a later step, J and K, and reading it with JavaScript off. What each must show is what
 * the build published (`data/<scene>.json`).
 */
import { STORY_BANDS } from '../../src/lib/render/story-bands.ts';
import { ANCHORS, type MapState } from '../e2e/story-content.ts';
import type { Tab } from './engine.ts';
import { answeredSince, expectCleanFetches, expectNoProblems, type Context, type Journey } from './journey.ts';
import { expectLabelsClear, expectMapShows, expectStrokesKeepWidth, liveMap, wakeLiveMap } from './live-map.ts';
import { check, waitFor, waitForEqual } from './wait.ts';

/** Where the pointer wakes the story's map: over the text column, clear of links. */
const WAKE_POINT = { x: 40, y: 300 };

/**
 * Runs in the page: scrolls so that the step's middle sits on the reading line (as tests/e2e/story.ts
 * `readingLine` defines it: midway down the text the reader can see).
 */
function centreOnReadingLine(anchor: string): void {
  const map = document.querySelector('figure.story-map')?.getBoundingClientRect();
  const stacked = map !== undefined && map.width >= window.innerWidth * 0.9 && map.height < window.innerHeight * 0.8;
  const line = stacked ? (map.height + window.innerHeight) / 2 : window.innerHeight / 2;
  const step = document.getElementById(anchor)?.getBoundingClientRect();
  if (step) window.scrollBy({ top: step.top + step.height / 2 - line, behavior: 'instant' });
}

/** Runs in the page: whether the map spans the screen above the text (the phone layout), as the reading line's rule has it. */
function mapAboveText(): boolean {
  const map = document.querySelector('figure.story-map')?.getBoundingClientRect();
  return map !== undefined && map.width >= window.innerWidth * 0.9 && map.height < window.innerHeight * 0.8;
}

/** Runs in the page: the story map's width. */
function mapBoxWidth(): number {
  return document.querySelector('figure.story-map')?.getBoundingClientRect().width ?? 0;
}

/**
 * Runs in the page: the band of the server's first drawing that shows, the size of the box it shows in, and
 * whether the key lies over the map (or in a strip under it).
 */
function shownBand(): { band: string; width: number; height: number; keyOver: boolean } {
  const canvas = document.querySelector('figure.story-map .map-static .map-canvas');
  const box = canvas?.getBoundingClientRect();
  const shown = [...(canvas?.querySelectorAll<SVGElement>('svg[data-band]') ?? [])].filter((el) => getComputedStyle(el).display !== 'none');
  const key = document.querySelector('figure.story-map .map-static .map-key');
  return { band: shown.map((el) => el.dataset.band).join(', '), width: box?.width ?? 0, height: box?.height ?? 0, keyOver: key !== null && getComputedStyle(key).position === 'absolute' };
}

/** Runs in the page: the focused element's id, and whether the step `anchor` is on screen. */
function focusAndView(anchor: string): { focused: string; inView: boolean } {
  const rect = document.getElementById(anchor)?.getBoundingClientRect();
  return { focused: document.activeElement?.id ?? '', inView: rect !== undefined && rect.bottom > 0 && rect.top < window.innerHeight };
}

/**
 * Runs in the page: the parts a link into it held out of its first layouts (src/browser/held-layout.ts) that are
 * still held, and whether the engine anchors scrolling (which the steps are held only where it does).
 */
function heldParts(): { held: string[]; anchors: boolean } {
  const parts = [...document.querySelectorAll<HTMLElement>('section.step, main > section')];
  return {
    held: parts.filter((part) => getComputedStyle(part).contentVisibility === 'auto').map((part) => part.id),
    anchors: CSS.supports('overflow-anchor', 'auto'),
  };
}

/** Runs in the page: where the top of the element `anchor` names is on screen (px). */
function topOf(anchor: string): number {
  return document.getElementById(anchor)?.getBoundingClientRect().top ?? NaN;
}

/** Runs in the page: the steps' ids, in order. */
function stepIds(): string[] {
  return [...document.querySelectorAll('section.step')].map((step) => step.id);
}

/** The state published for `anchor`. */
function stateOf(context: Context, anchor: string): MapState {
  const state = context.states.get(anchor);
  check(state, `no published map state for step "${anchor}"`);
  return state;
}

/** Opens the story (at `hash`, if given) and checks its steps are all there, in order. */
async function openStory(context: Context, hash = ''): Promise<Tab> {
  await context.tab.open(`${context.site.url}${hash}`);
  check(JSON.stringify(await context.tab.evaluate(stepIds)) === JSON.stringify(ANCHORS), 'the page has one step per content file, in order');
  return context.tab;
}

/**
 * A phone-sized screen, on which the map sticks above the text. WebKit's MiniBrowser keeps its window at least
 * about 450 px wide (its toolbar), so that is the width in every engine.
 */
const PHONE = { width: 450, height: 844 };

/**
 * A phone held sideways, on which the map stands beside the text: one this narrow keeps the map the smallest band's
 * width (300 px), the text column `min(22rem, 100% - 300px)`, which the engine must compute.
 */
const SIDEWAYS = { width: 640, height: 360 };
const SIDEWAYS_MAP_WIDTH = 300;

/**
 * Scrolls to each step in turn: the map must reach each step's state, its labels in the engine's own fonts clear of
 * each other, and each scene's data come once. The layout must be the phone's (the map above the text) or not, as
 * `phone` says; before the live map, the server's drawing shows the largest band of its layout that fits its box
 * (the story's CSS chooses by the screen's width, height and shape), scaled by 1 to 1.5.
 */
async function scrollThroughEveryStep(context: Context, phone = false, mapWidth?: number): Promise<void> {
  const mark = context.site.answered.length;
  const tab = await openStory(context);
  check((await tab.evaluate(mapAboveText)) === phone, phone ? 'the map sits above the text' : 'the map sits beside the text');
  if (mapWidth !== undefined) {
    const shown = await tab.evaluate(mapBoxWidth);
    check(Math.abs(shown - mapWidth) < 0.5, `the map is ${mapWidth} px wide beside the text, not ${shown}`);
  }
  const { band, width, height, keyOver } = await tab.evaluate(shownBand);
  const size = STORY_BANDS.find((b) => b.name === band)?.size;
  check(size, `the first drawing shows one band, not "${band}"`);
  // The largest band of the layout's kind that fits the box: the engine evaluated the CSS's calc() media queries.
  const family = STORY_BANDS.filter((b) => b.key === (keyOver ? 'over' : 'under'));
  const fitting = family.filter((b) => b.size.width <= width + 0.5 && b.size.height <= height + 0.5).at(-1) ?? family[0];
  check(band === fitting.name, `the first drawing shows the band "${fitting.name}" in its ${width}×${height} px box (the key ${keyOver ? 'over' : 'under'} the map), not "${band}"`);
  const scale = Math.min(width / size.width, height / size.height);
  check(scale >= 0.99 && scale <= 1.5, `the first drawing's band "${band}" is scaled by ${scale.toFixed(2)} in its ${width}×${height} px box (1 to 1.5: its labels 11 to 18 px)`);
  await wakeLiveMap(tab, tab, WAKE_POINT);
  for (const anchor of ANCHORS) {
    await tab.evaluate(centreOnReadingLine, anchor);
    await waitFor(`the map to be told "${anchor}" once it is on the reading line`, () => liveMap(tab), (a) => a.active === anchor);
    await expectMapShows(tab, stateOf(context, anchor));
    await expectLabelsClear(tab, anchor);
    await expectStrokesKeepWidth(tab, anchor);
  }
  const data = expectCleanFetches(context.site, mark);
  const scenes = [...new Set([...context.states.values()].map((s) => s.scene))].sort();
  const sceneFiles = [...data.keys()].filter((file) => !file.startsWith('base/')).sort();
  check(JSON.stringify(sceneFiles) === JSON.stringify(scenes), `every scene's data fetched: ${sceneFiles.join(', ')} of ${scenes.join(', ')}`);
  await expectNoProblems(tab, { story: tab });
}

/** Runs in the page: the reader's text size, as a browser's default text size sets it (`rem` follows it). */
function setTextSize(percent: string): void {
  document.documentElement.style.fontSize = percent;
}

/**
 * Runs in the page: the live map's drawing's height, its key's, and whether the drawing is made for its canvas's
 * size (the map redraws a frame or so after its key grows).
 */
function mapAndKey(): { canvas: number; keys: number; rem: number; drawnToSize: boolean } {
  const canvas = document.querySelector('.map-live .map-canvas')?.getBoundingClientRect();
  const keys = document.querySelector('.map-live .map-keys')?.getBoundingClientRect();
  const viewBox = document.querySelector('.map-live svg.map')?.getAttribute('viewBox');
  const drawnToSize = canvas !== undefined && viewBox === `0 0 ${Math.round(canvas.width)} ${Math.round(canvas.height)}`;
  return { canvas: canvas?.height ?? 0, keys: keys?.height ?? 0, rem: parseFloat(getComputedStyle(document.documentElement).fontSize), drawnToSize };
}

/**
 * On a phone-sized screen with the reader's text at 150 %, some steps' legends need more than the key's least
 * height (6.75rem), as they do at 320 px with the text as set: the key keeps the room its tallest legend took, so
 * the map settles to one size and never grows back (src/browser/map-panel.ts).
 */
async function mapSettlesWithLargeText(context: Context): Promise<void> {
  const tab = await openStory(context);
  await tab.evaluate(setTextSize, '150%');
  await wakeLiveMap(tab, tab, WAKE_POINT);
  const seen: { anchor: string; canvas: number; keys: number; rem: number }[] = [];
  for (const anchor of ANCHORS) {
    await tab.evaluate(centreOnReadingLine, anchor);
    await waitFor(`the map to show "${anchor}"`, () => liveMap(tab), (a) => a.shown === anchor);
    const { drawnToSize, ...heights } = await waitFor(`the map's drawing at "${anchor}" to fit its canvas`, () => tab.evaluate(mapAndKey), (m) => m.drawnToSize);
    check(drawnToSize, 'drawn to size');
    const before = seen.at(-1);
    check(!before || heights.canvas <= before.canvas + 0.5, `the map grew back from ${before?.canvas} to ${heights.canvas} px at "${anchor}", after "${before?.anchor}"`);
    seen.push({ anchor, ...heights });
  }
  const tallest = Math.max(...seen.map((m) => m.keys));
  check(tallest > 6.75 * seen[0].rem + 1, `some legend needs more than the key's least height (the tallest key ${tallest} px)`);
  await expectNoProblems(tab, { story: tab });
}

/**
 * A screen too short for the sticky map (SHORT_SCREEN_QUERY), as a window zoomed to 400 % is: the MiniBrowser keeps
 * its window about 450 px wide, and its viewport is about 38 px shorter than the window.
 */
const SHORT = { width: 450, height: 300 };

/** Runs in the page: how many steps have their own picture, and the sticky map's height. */
function shortLayout(): { pictures: number; mapHeight: number } {
  return {
    pictures: document.querySelectorAll('section.step picture[data-step-image]').length,
    mapHeight: document.querySelector('figure.story-map')?.getBoundingClientRect().height ?? 0,
  };
}

/** Runs in the page: whether the step's own map image has loaded, and the width it chose. */
function stepImage(anchor: string): { loaded: boolean; src: string } {
  const image = document.querySelector<HTMLImageElement>(`section.step[id="${anchor}"] picture[data-step-image] img`);
  return { loaded: image !== null && image.complete && image.naturalWidth > 0, src: image?.currentSrc ?? '' };
}

/** Runs in the page: opens a step's "What the map shows". */
function openMapData(anchor: string): void {
  const details = document.querySelector<HTMLDetailsElement>(`section.step[id="${anchor}"] details.map-data`);
  if (details) details.open = true;
}

/** Runs in the page: whether a step's "What the map shows" holds its lists, shown. */
function mapDataShown(anchor: string): boolean {
  const heading = document.querySelector<HTMLElement>(`section.step[id="${anchor}"] details.map-data[open] .map-data-heading`);
  return heading !== null && heading.getBoundingClientRect().height > 0;
}

/** The story's deep link: a step two thirds of the way in. */
const DEEP = ANCHORS[Math.floor((ANCHORS.length * 2) / 3)];

export const storyJourneys: Journey[] = [
  {
    name: "the story loads, and its map comes alive when the reader moves; a step's \"What the map shows\" opens onto its lists",
    async run(context) {
      const mark = context.site.answered.length;
      const tab = await openStory(context);
      await wakeLiveMap(tab, tab, WAKE_POINT);
      await expectMapShows(tab, stateOf(context, ANCHORS[0]));
      // Its lists are text until opened, then put in (src/browser/map-data-text.ts, on the toggle event).
      await tab.evaluate(openMapData, ANCHORS[0]);
      await waitFor('the opened "What the map shows" to hold its lists', () => tab.evaluate(mapDataShown, ANCHORS[0]), (shown) => shown);
      const data = expectCleanFetches(context.site, mark);
      check(data.get(stateOf(context, ANCHORS[0]).scene) === 1, `the first scene's data fetched once (${JSON.stringify([...data])})`);
      await expectNoProblems(tab, { story: tab });
    },
  },
  {
    name: "scrolling through every step puts the map in that step's state; each scene's data is fetched once",
    run: (context) => scrollThroughEveryStep(context),
  },
  {
    name: `on a phone-sized screen (${PHONE.width}×${PHONE.height}, the map above the text), scrolling through every step does the same`,
    async run(context) {
      await context.tab.resize(PHONE);
      try {
        await scrollThroughEveryStep(context, true);
      } finally {
        await context.tab.resize(context.size);
      }
    },
  },
  {
    name: `on a phone-sized screen (${PHONE.width}×${PHONE.height}) with the text at 150 %, the map settles to one size as the steps' legends change: it never grows back`,
    async run(context) {
      await context.tab.resize(PHONE);
      try {
        await mapSettlesWithLargeText(context);
      } finally {
        await context.tab.resize(context.size);
      }
    },
  },
  {
    name: `on a phone held sideways (${SIDEWAYS.width}×${SIDEWAYS.height}, the map beside the text), scrolling through every step does the same`,
    async run(context) {
      await context.tab.resize(SIDEWAYS);
      try {
        await scrollThroughEveryStep(context, false, SIDEWAYS_MAP_WIDTH);
      } finally {
        await context.tab.resize(context.size);
      }
    },
  },
  {
    name: `on a screen too short for the sticky map (${SHORT.width}×${SHORT.height}, as at 400 % zoom), each step is followed by its own map image; the live map waits until the screen has room`,
    async run(context) {
      await context.tab.resize(SHORT);
      try {
        const mark = context.site.answered.length;
        const tab = await openStory(context);
        await waitForEqual('every step to get its picture, and the sticky map to be hidden', () => tab.evaluate(shortLayout), { pictures: ANCHORS.length, mapHeight: 0 });
        // A move, and the reader goes on to a later step: its image loads as it nears the screen.
        await tab.movePointer(WAKE_POINT.x, 100);
        await tab.evaluate(centreOnReadingLine, DEEP);
        const image = await waitFor(`the image of "${DEEP}" to load`, () => tab.evaluate(stepImage, DEEP), (shown) => shown.loaded);
        check(image.src.includes(`/maps/column/`) && image.src.endsWith(`/${DEEP}.svg`), `the step's column image is shown (${image.src})`);
        const data = expectCleanFetches(context.site, mark);
        check(data.size === 0, `the live map's data was fetched with no map to draw (${[...data.keys()].join(', ')})`);
        // Zoomed back out: the sticky map shows, and the live map starts and draws the step being read.
        await context.tab.resize(context.size);
        const drawn = await waitFor('the live map to draw once the screen has room', () => liveMap(tab), (a) => a.ready === 'true' && a.shown !== null && a.shown === a.active);
        await expectMapShows(tab, stateOf(context, drawn.shown!));
        expectCleanFetches(context.site, mark);
        await expectNoProblems(tab, { story: tab });
      } finally {
        await context.tab.resize(context.size);
      }
    },
  },
  {
    name: `a link to a later step (#${DEEP}) shows that step and its map at once`,
    async run(context) {
      const mark = context.site.answered.length;
      // No move: a reader who follows a link to a later step gets its map without one.
      const tab = await openStory(context, `#${DEEP}`);
      // The server drew the first step's map: the engine renders none of it for a link to another step (the story's
      // head script marks the page, and a :has() rule in src/styles/global.css matches too) until the live map
      // replaces it.
      const server = await tab.evaluate(() => {
        const rendered = (element: Element | null) => element !== null && getComputedStyle(element).display !== 'none';
        return {
          marked: document.documentElement.hasAttribute('data-linked-later'),
          ruleMatches: document.querySelector('figure.story-map')?.matches(':has(~ .steps .step:target:not([data-drawn-by-server]))') ?? false,
          shown: rendered(document.querySelector('figure.story-map > .map-static')),
          geometry: rendered(document.querySelector('figure.story-map > .map-geometry')),
        };
      });
      check(
        server.marked && server.ruleMatches && !server.shown && !server.geometry,
        `the first step's drawing is not rendered for a link to "${DEEP}" (${JSON.stringify(server)})`,
      );
      await waitFor(`the map to be told "${DEEP}"`, () => liveMap(tab), (a) => a.active === DEEP);
      await expectMapShows(tab, stateOf(context, DEEP));
      // The rest of the page, held out of the first layouts, is laid out once the map shows: the steps above too
      // where the engine anchors scrolling, which keeps the linked step where it is on screen as they grow.
      const top = await tab.evaluate(topOf, DEEP);
      const laidOut = await waitFor('the parts held at the link to be laid out', () => tab.evaluate(heldParts), ({ held }) => held.length === 0);
      const moved = Math.abs((await tab.evaluate(topOf, DEEP)) - top);
      check(moved < 1, `step "${DEEP}" stayed put on screen as the page was laid out (moved ${moved} px; anchors scrolling: ${laidOut.anchors})`);
      check((await tab.evaluate(focusAndView, DEEP)).inView, `step "${DEEP}" is on screen`);
      const data = expectCleanFetches(context.site, mark);
      check(data.get(stateOf(context, DEEP).scene) === 1, `the step's scene's data fetched once (${JSON.stringify([...data])})`);
      await expectNoProblems(tab, { story: tab });
    },
  },
  {
    name: 'J and K move to the next and previous step, focus it, and the map follows',
    async run(context) {
      const tab = await openStory(context);
      await wakeLiveMap(tab, tab, WAKE_POINT);
      // From the step being read (the first), J three times, then K once.
      for (const [key, index] of [['j', 1], ['j', 2], ['j', 3], ['k', 2]] as const) {
        const anchor = ANCHORS[index];
        await tab.press(key);
        await waitForEqual(`${key.toUpperCase()} to focus "${anchor}" and bring it on screen`, () => tab.evaluate(focusAndView, anchor), {
          focused: anchor,
          inView: true,
        });
        await expectMapShows(tab, stateOf(context, anchor));
      }
      await expectNoProblems(tab, { story: tab });
    },
  },
  {
    name: 'with JavaScript off, every step reads in one column, each followed by its own map image, and no sticky map',
    async run(context) {
      const tab = await context.scriptlessTab();
      try {
        const mark = context.site.answered.length;
        await tab.open(context.site.url);
        const page = await tab.evaluate(() => {
          const steps = [...document.querySelectorAll('section.step')];
          const height = (el: Element | null | undefined) => el?.getBoundingClientRect().height ?? 0;
          return {
            steps: steps.map((step) => step.id),
            unread: steps.filter((step) => !step.querySelector('.prose')?.textContent?.trim() || height(step.querySelector('.prose')) === 0).map((s) => s.id),
            stickyMapHeight: height(document.querySelector('figure.story-map')),
            images: steps.filter((step) => height(step.querySelector('img.step-map-image')) > 0).length,
            hydrated: document.querySelectorAll('astro-island:not([ssr])').length,
            scripted: document.querySelector('.map-live[data-ready]') !== null,
          };
        });
        check(JSON.stringify(page.steps) === JSON.stringify(ANCHORS), 'every step is in the page, in order');
        check(page.unread.length === 0, `steps whose prose is empty or not shown: ${page.unread.join(', ')}`);
        check(page.stickyMapHeight === 0, `the sticky map, which would hold the first step's map beside every step, is hidden (${page.stickyMapHeight} px tall)`);
        check(page.images === ANCHORS.length, `each step shows its map image (${page.images} of ${ANCHORS.length})`);
        check(page.hydrated === 0 && !page.scripted, 'no script of the page ran');
        await waitFor(
          "the first step's map image to load",
          () => tab.evaluate(() => {
            const image = document.querySelector<HTMLImageElement>('section.step img.step-map-image');
            return image !== null && image.complete && image.naturalWidth > 0;
          }),
          (loaded) => loaded,
        );
        const scripts = answeredSince(context.site, mark).filter((a) => a.path.endsWith('.js'));
        check(scripts.length === 0, `scripts were fetched: ${scripts.map((a) => a.path).join(', ')}`);
        expectCleanFetches(context.site, mark);
      } finally {
        await tab.close();
      }
    },
  },
];
