/**
 * Shared helpers for the end-to-end tests: the story's steps and article as the content folder has them, the
 * expected map state of each step as the built site publishes it, and a snapshot of what a map draws.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { wakeLiveMap } from './site';

const contentDir = new URL('../../content/', import.meta.url);

/** Step anchors in story order, from the file names `content/steps/NNN-<anchor>.md`. */
export const ANCHORS: string[] = readdirSync(new URL('steps/', contentDir))
  .filter((f) => /^\d+-.+\.md$/.test(f))
  .sort()
  .map((f) => f.replace(/^\d+-/, '').replace(/\.md$/, ''));

/** The article's paragraphs (blank-line separated), as the writer delivered them. */
export const ARTICLE: string[] = readFileSync(new URL('article/united-against-the-usa.txt', contentDir), 'utf8')
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter((p) => p.length > 0);

/** Text compared modulo typography: quote and dash styles, and spacing (also around quotes). */
export function normalise(text: string): string {
  return text
    .replace(/[“”„″]/g, '"')
    .replace(/[‘’‚′]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*"\s*/g, '"')
    .trim();
}

/** A map state as published in `data/<scene>.json` (only the fields the tests read). */
export interface MapState {
  step: string;
  scene: string;
  roles: [string, string][];
  markers: { id: string; role: string }[];
  labels: { id: string; dot: boolean; area?: string }[];
  flows: { id: string; kind: string }[];
  lines: { layer: string; data: string; show: string[] | null }[];
  areas: { layer: string; data: string; show: string[] | null }[];
  moonInset: string | null;
  description: string;
  /** Ids of the features of each geodata layer in the scene's data file (what `show: null` means). */
  sceneFeatures: Record<string, string[]>;
}

/** Every step's published map state, by anchor, fetched from the scenes' data files. */
export async function loadStates(request: APIRequestContext, scenes: Iterable<string>): Promise<Map<string, MapState>> {
  const states = new Map<string, MapState>();
  for (const scene of new Set(scenes)) {
    const response = await request.get(`data/${scene}.json`);
    expect(response.status(), `data/${scene}.json`).toBe(200);
    const data = (await response.json()) as { scene: string; states: MapState[]; layers: Record<string, { id: string }[]> };
    expect(data.scene).toBe(scene);
    const sceneFeatures = Object.fromEntries(Object.entries(data.layers).map(([id, features]) => [id, features.map((f) => f.id)]));
    for (const state of data.states) states.set(state.step, { ...state, sceneFeatures });
  }
  return states;
}

/** What a map shows, in a form that compares with `toEqual`. */
export interface MapSnapshot {
  roles: string[];
  markers: string[];
  /** Flows as "id:kind". */
  flows: string[];
  /** Lines and areas as "line|area:layer:feature". */
  shapes: string[];
  description: string | null;
  inset: boolean;
}

/** The snapshot a step's state should produce: roles as "code:role", marker ids (partners and dotted places). */
export function expectedSnapshot(state: MapState): MapSnapshot {
  return {
    roles: state.roles.map(([code, role]) => `${code}:${role}`).sort(),
    // A disputed area's dot is drawn with its label, where the label fits: not part of what a state must show.
    markers: [...state.markers.map((m) => m.id), ...state.labels.filter((l) => l.dot && l.area === undefined).map((l) => l.id)].sort(),
    flows: state.flows.map((f) => `${f.id}:${f.kind}`).sort(),
    shapes: [
      ...state.lines.flatMap((l) => (l.show ?? state.sceneFeatures[l.data] ?? []).map((id) => `line:${l.layer}:${id}`)),
      ...state.areas.flatMap((a) => (a.show ?? state.sceneFeatures[a.data] ?? []).map((id) => `area:${a.layer}:${id}`)),
    ].sort(),
    description: state.description,
    inset: state.moonInset !== null,
  };
}

/**
 * What the map under `root` (`.map-live` or `.map-static`) draws now: its countries, lines and areas (in the
 * server's drawing, the geometry its bands share) and, from the drawing shown, its markers, arrows and labels.
 */
export function mapSnapshot(page: Page, root = '.map-live'): Promise<MapSnapshot> {
  return page.evaluate((rootSelector) => {
    const container = document.querySelector(rootSelector);
    const svg = [...(container?.querySelectorAll('svg.map') ?? [])].find((el) => getComputedStyle(el).display !== 'none');
    if (!container || !svg) return { roles: [], markers: [], flows: [], shapes: [], description: null, inset: false };
    return {
      roles: [...container.querySelectorAll('path.country[data-role]')].map((p) => `${p.getAttribute('data-id')}:${p.getAttribute('data-role')}`).sort(),
      markers: [...svg.querySelectorAll('circle.marker:not([data-id^="area-"])')].map((c) => c.getAttribute('data-id') ?? '').sort(),
      flows: [...svg.querySelectorAll('g.flow')].map((g) => `${g.getAttribute('data-id')}:${g.getAttribute('data-kind')}`).sort(),
      shapes: [...container.querySelectorAll('path.line, path.area')]
        .map((p) => `${p.getAttribute('class')}:${p.getAttribute('data-layer')}:${p.getAttribute('data-feature')}`)
        .sort(),
      description: svg.getAttribute('aria-label'),
      inset: svg.querySelector('g.moon-inset') !== null,
    };
  }, root);
}

/** Waits until the live map draws exactly `state` (the transition between steps has finished). */
export async function expectMapShows(page: Page, state: MapState): Promise<void> {
  const live = page.locator('.map-live');
  await expect(live).toHaveAttribute('data-shown-step', state.step);
  await expect(live).toHaveAttribute('data-ready', 'true');
  await expect.poll(() => mapSnapshot(page), { message: `map at step "${state.step}"` }).toEqual(expectedSnapshot(state));
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
      { message: `viewBox follows the canvas ${message}` },
    )
    .toBe('fits');
}
