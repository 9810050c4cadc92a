/**
 * The live map as a journey sees it: waking it as a reader does (the pointer moves), and waiting until it
 * draws a step's published state. The same attributes the Playwright suite waits for (tests/e2e/story.ts).
 */
import { expectedSnapshot, readMapSnapshot, readStrokeCheck, type MapState } from '../e2e/story-content.ts';
import type { Scope, Tab } from './engine.ts';
import { check, waitFor, waitForEqual } from './wait.ts';

/** What the live map says of itself: the step it is told to show, the step it shows, and whether it is drawn. */
export interface LiveMapAttributes {
  active: string | null;
  shown: string | null;
  ready: string | null;
}

/** Runs in the page: the live map's attributes (all null where the page has none). */
function readLiveMap(): LiveMapAttributes {
  const live = document.querySelector('.map-live');
  return {
    active: live?.getAttribute('data-active-step') ?? null,
    shown: live?.getAttribute('data-shown-step') ?? null,
    ready: live?.getAttribute('data-ready') ?? null,
  };
}

/** The live map's attributes in `scope`. */
export function liveMap(scope: Scope): Promise<LiveMapAttributes> {
  return scope.evaluate(readLiveMap);
}

/**
 * Wakes the live map in `scope` as a reader does, by moving the pointer over it (at `point`, in the tab's
 * viewport), and waits until it has drawn. The page's script may not be listening yet, so the pointer keeps
 * moving, a pixel to and fro, until the map answers.
 */
export async function wakeLiveMap(tab: Tab, scope: Scope, point: { x: number; y: number }): Promise<void> {
  let turn = 0;
  await waitFor(
    'the live map to wake once the pointer moves',
    async () => {
      turn += 1;
      await tab.movePointer(point.x + (turn % 2), point.y);
      return liveMap(scope);
    },
    (attributes) => attributes.ready === 'true',
  );
}

/** Waits until the live map in `scope` has finished moving to `state` and draws exactly what it publishes. */
export async function expectMapShows(scope: Scope, state: MapState): Promise<void> {
  await waitFor(
    `the live map to show "${state.step}"`,
    () => liveMap(scope),
    (attributes) => attributes.shown === state.step && attributes.ready === 'true',
  );
  await waitForEqual(`the live map to draw "${state.step}" as published`, () => scope.evaluate(readMapSnapshot, '.map-live'), expectedSnapshot(state));
}

/**
 * Runs in the page: what is wrong with the live map's labels once placed, in words (empty when all is well), or
 * null while they are still being placed. Each engine draws the labels in its own fonts, from a layout that assumes
 * their width (src/lib/render/label-layout.ts): each must lie inside the map, over no other label and no marker.
 */
function readLabelProblems(): string[] | null {
  const svg = document.querySelector<SVGSVGElement>('.map-live svg.map');
  if (!svg) return ['no live map drawing'];
  if (svg.querySelector('g.labels[data-placing]')) return null;
  const box = svg.getBoundingClientRect();
  const found: string[] = [];
  const overlap = (a: DOMRect, b: DOMRect, slack: number) =>
    a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
  // The shape's own box on screen, without its stroke (a label's halo): getBoundingClientRect counts the stroke in
  // Gecko and not in Chromium or WebKit, while getBBox leaves it out in every engine.
  const onScreen = (el: SVGGraphicsElement) => {
    const b = el.getBBox();
    const m = el.getScreenCTM() ?? new DOMMatrix();
    const [p, q] = [new DOMPoint(b.x, b.y).matrixTransform(m), new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m)];
    return new DOMRect(Math.min(p.x, q.x), Math.min(p.y, q.y), Math.abs(q.x - p.x), Math.abs(q.y - p.y));
  };
  const labels = [...svg.querySelectorAll<SVGTextElement>('text.label')].map((el) => ({ id: el.dataset.id ?? el.textContent ?? '', r: onScreen(el) }));
  const markers = [...svg.querySelectorAll<SVGCircleElement>('circle.marker')].map((el) => ({ id: el.getAttribute('data-id') ?? '', r: onScreen(el) }));
  labels.forEach(({ id, r }, i) => {
    if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) found.push(`"${id}" runs out of the map`);
    for (const m of markers) if (overlap(r, m.r, 0.5)) found.push(`"${id}" covers the marker "${m.id}"`);
    for (const other of labels.slice(i + 1)) if (overlap(r, other.r, 1)) found.push(`"${id}" and "${other.id}" overlap`);
  });
  return found;
}

/** Waits until the live map's labels are placed, then checks each lies inside the map, clear of the others and of markers. */
export async function expectLabelsClear(scope: Scope, step: string): Promise<void> {
  const problems = await waitFor(`the labels at "${step}" to be placed`, () => scope.evaluate(readLabelProblems), (found) => found !== null);
  check(problems?.length === 0, `the labels at "${step}": ${problems?.join('; ')}`);
}

/** Checks the live map's borders, lines and areas keep their width and dashes on screen at the step's zoom. */
export async function expectStrokesKeepWidth(scope: Scope, step: string): Promise<void> {
  const strokes = await scope.evaluate(readStrokeCheck);
  check(strokes !== null, `a live drawing shows at "${step}"`);
  check(strokes?.problems.length === 0, `the strokes at "${step}" (zoom ${strokes?.zoom.toFixed(2)}): ${strokes?.problems.join('; ')}`);
}
