/**
 * The embeds' journeys, inside a newsroom's page that uses pym.js (tests/e2e/fixtures/pym-host.html, from another
 * origin than the site): a scene's stepper stepped to its end, and a still. Each iframe must be as tall as its
 * content, and its map what the build published.
 */
import { hostPageUrl, STEPPER_PATH, STILL_PATH } from '../e2e/hosts.ts';
import { expectedSnapshot, readMapSnapshot } from '../e2e/story-content.ts';
import type { Scope, Tab } from './engine.ts';
import { expectCleanFetches, expectNoProblems, type Context, type Journey } from './journey.ts';
import { expectMapShows, wakeLiveMap } from './live-map.ts';
import { check, waitFor, waitForEqual } from './wait.ts';

/** How far an iframe's height may be from its content's: the protocol rounds up to whole pixels. */
const TOLERANCE = 3;

/** Opens the pym.js host page with the stepper and the still of the site under test. */
function openHost(context: Context): Promise<void> {
  const { site, hosts, tab } = context;
  return tab.open(hostPageUrl(hosts, 'pym-host.html', { STEPPER: `${site.url}${STEPPER_PATH}`, STILL: `${site.url}${STILL_PATH}` }));
}

/** The embed page in the iframe of `container` ("#stepper"), once it has loaded `path`. */
async function embedIn(tab: Tab, container: string, path: string): Promise<Scope> {
  const frame = await waitFor(`pym.js to make the iframe in ${container}`, () => tab.frame(`${container} iframe`), () => true);
  await waitFor(
    `${path} to load in ${container}`,
    () => frame.evaluate(() => ({ path: location.pathname, state: document.readyState })),
    (page) => page.path.endsWith(`/${path}`) && page.state === 'complete',
  );
  return frame;
}

/** Waits until the iframe of `container` is as tall as its content (the root element's box). */
async function expectSizedToContent(tab: Tab, container: string, frame: Scope, when: string): Promise<void> {
  await waitFor(
    `the iframe in ${container} to be as tall as its content ${when}`,
    async () => {
      const iframe = await tab.evaluate((selector) => document.querySelector(`${selector} iframe`)?.clientHeight ?? 0, container);
      const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      return { iframe, content };
    },
    ({ iframe, content }) => iframe > 0 && Math.abs(iframe - content) <= TOLERANCE,
  );
}

/** Runs in the top-level page: scrolls the iframe of `container` into view; returns its centre in the viewport. */
function centreOfFrame(container: string): { x: number; y: number } {
  const iframe = document.querySelector(`${container} iframe`);
  iframe?.scrollIntoView({ block: 'center', behavior: 'instant' });
  const rect = iframe?.getBoundingClientRect();
  return rect ? { x: rect.left + rect.width / 2, y: rect.top + Math.min(rect.height / 2, 200) } : { x: 0, y: 0 };
}

/** Runs in an embed: its stepper's step, its steps, and whether "next" is switched off. */
function readStepper(): { step: string; steps: string[]; atEnd: boolean } {
  const root = document.querySelector<HTMLElement>('.embed-stepper');
  const next = document.querySelector('.embed-button[data-delta="1"]');
  return {
    step: root?.dataset.step ?? '',
    steps: (root?.dataset.steps ?? '').split(' ').filter(Boolean),
    atEnd: next?.getAttribute('aria-disabled') === 'true',
  };
}

export const embedJourneys: Journey[] = [
  {
    name: 'an embed stepper in a pym.js page steps to its end: the map follows, the iframe fits each step',
    async run(context) {
      const { tab, site } = context;
      const mark = site.answered.length;
      await openHost(context);
      const stepper = await embedIn(tab, '#stepper', STEPPER_PATH);
      await expectSizedToContent(tab, '#stepper', stepper, 'at its first step');
      await wakeLiveMap(tab, stepper, await tab.evaluate(centreOfFrame, '#stepper'));
      const { steps } = await stepper.evaluate(readStepper);
      check(steps.length > 1, `the stepper has steps (${steps.join(', ')})`);
      for (const [index, anchor] of steps.entries()) {
        const state = context.states.get(anchor);
        check(state, `no published map state for step "${anchor}"`);
        if (index > 0) {
          await stepper.click('.embed-button[data-delta="1"]');
          await waitFor(`"next" to step to "${anchor}"`, () => stepper.evaluate(readStepper), (s) => s.step === anchor);
        }
        await expectMapShows(stepper, state);
        await expectSizedToContent(tab, '#stepper', stepper, `at "${anchor}"`);
      }
      check((await stepper.evaluate(readStepper)).atEnd, '"next" is switched off at the last step');
      const data = expectCleanFetches(site, mark);
      const scene = STEPPER_PATH.split('/')[1];
      check(data.get(scene) === 1, `the scene's data fetched once (${JSON.stringify([...data])})`);
      await expectNoProblems(tab, { stepper });
    },
  },
  {
    name: 'an embed still in a pym.js page shows its step\'s map, the iframe as tall as its content',
    async run(context) {
      const { tab, site } = context;
      const mark = site.answered.length;
      await openHost(context);
      const still = await embedIn(tab, '#still', STILL_PATH);
      await tab.evaluate(centreOfFrame, '#still');
      await expectSizedToContent(tab, '#still', still, 'once loaded');
      const anchor = STILL_PATH.split('/')[2];
      const state = context.states.get(anchor);
      check(state, `no published map state for step "${anchor}"`);
      // The server drew it once per band of widths; the one the embed's width picks is shown.
      const shown = await still.evaluate(() =>
        [...document.querySelectorAll('.map-static svg.map-band')].filter((m) => m.getBoundingClientRect().height > 0).map((m) => m.getAttribute('data-band')),
      );
      check(shown.length === 1, `one server drawing shows (${shown.join(', ')})`);
      await waitForEqual('the still to draw its step as published', () => still.evaluate(readMapSnapshot, '.map-static'), expectedSnapshot(state));
      expectCleanFetches(site, mark);
      await expectNoProblems(tab, { still });
    },
  },
];
