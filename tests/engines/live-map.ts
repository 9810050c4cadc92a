/**
 * The live map as a journey sees it: waking it as a reader does (the pointer moves), and waiting until it
 * draws a step's published state. The same attributes the Playwright suite waits for (tests/e2e/story.ts).
 */
import { expectedSnapshot, readMapSnapshot, type MapState } from '../e2e/story-content.ts';
import type { Scope, Tab } from './engine.ts';
import { waitFor, waitForEqual } from './wait.ts';

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
