/**
 * A step change lays out the map, never the page: the live map fills the map's fixed box out of flow and contains its
 * size and layout, so a new legend in the key, paths added to or dropped from the drawing, and labels are laid out
 * inside it. Before, each relaid out the whole story (about 2,800 layout objects) in the frames the reader was
 * scrolling. Read from Chromium's own trace of the step changes.
 */
import { expect, test } from '@playwright/test';
import { expectLabelsPlaced, expectMapShows, loadStates, openStory, scrollStepToCentre, stepScenes } from './story';

interface TraceEvent {
  name: string;
  ph: string;
  args?: { beginData?: { frame?: string; partialLayout?: boolean; dirtyObjects?: number; totalObjects?: number } };
}

test('a step change lays out the map, never the whole page', async ({ page, browser }) => {
  await openStory(page);
  const states = await loadStates(page.request, (await stepScenes(page)).values());
  // Another scene's step at each move: a new drawing and a new key, the most a step change does.
  const moves = ['open-to-partners', 'us-sanctions', 'sino-indian-border', 'nord-stream-2'];
  await scrollStepToCentre(page, moves[0]);
  await expectMapShows(page, states.get(moves[0])!);
  await expectLabelsPlaced(page);

  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  for (const anchor of moves.slice(1)) {
    await scrollStepToCentre(page, anchor);
    await expectMapShows(page, states.get(anchor)!);
    await expectLabelsPlaced(page);
  }
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };

  const layouts = traceEvents.filter((e) => e.name === 'Layout' && e.ph === 'X' && e.args?.beginData);
  // The story's own frame is the one with the most layout objects (a map image is a frame of its own, of a few).
  const total = (e: TraceEvent) => e.args!.beginData!.totalObjects ?? 0;
  const story = layouts.reduce((a, b) => (total(b) > total(a) ? b : a)).args!.beginData!.frame;
  const inStory = layouts.filter((e) => e.args!.beginData!.frame === story);
  // The map changed: something was laid out, inside the figure.
  expect(inStory.length).toBeGreaterThan(0);
  const whole = inStory.filter((e) => e.args!.beginData!.partialLayout === false).map((e) => `${e.args!.beginData!.dirtyObjects} of ${total(e)} objects`);
  expect(whole, 'layouts of the whole page during the step changes').toEqual([]);
});
