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

/**
 * Scrolling paints again, about every 1,000 px, the part of the page Chromium keeps painted around the screen (some
 * 8,000 px either way); what sits in a paint layer of its own that was already in that part is not painted again.
 * So no layer may paint a long run of the page's text itself: each step, and each item of the lists and the table
 * below the story, is a layer (positioned), where before the steps' 17,000 px were one layer and everything below
 * the story another. A new section of the page is held to it too.
 */
test('no paint layer paints a long run of the page itself', async ({ page }) => {
  await openStory(page);
  const MAX_TEXT_PX = 2000;
  const tooLong = await page.evaluate((max) => {
    const positioned = (el: Element) => el === document.documentElement || getComputedStyle(el).position !== 'static';
    const hasText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`;
    // The height of text each layer paints itself: blocks of text whose nearest positioned ancestor it is, each
    // counted once (not again for the spans and links inside it).
    const painted = new Map<Element, { px: number; first: string }>();
    for (const el of document.querySelectorAll('body *')) {
      if (!hasText(el) || el.getClientRects().length === 0) continue;
      let layer = el;
      let inCounted = false;
      while (!positioned(layer)) {
        layer = layer.parentElement!;
        if (hasText(layer)) inCounted = true;
      }
      if (inCounted) continue;
      const at = painted.get(layer) ?? { px: 0, first: el.textContent!.trim().slice(0, 40) };
      at.px += el.getBoundingClientRect().height;
      painted.set(layer, at);
    }
    return [...painted].filter(([, at]) => at.px > max).map(([layer, at]) => `${name(layer)}: ${Math.round(at.px)} px, from "${at.first}"`);
  }, MAX_TEXT_PX);
  expect(tooLong, `layers of paint that paint over ${MAX_TEXT_PX} px of text themselves`).toEqual([]);
});
