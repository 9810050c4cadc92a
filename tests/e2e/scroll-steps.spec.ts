/** Scrolling the story: every step puts the map into that step's state, also when the reader scrolls fast. */
import { type APIRequestContext, expect, test } from '@playwright/test';
import { ANCHORS, expectMapShows, loadStates, openStory, readingLine, scrollStepToCentre, stepAtTriggerLine, stepScenes } from './story';

/**
 * Each step's drawing by anchor, as the published data says: scenes on one base map, in one projection at one
 * rotation, share one (`<base map>:<projection>@<rotation>`).
 */
async function drawingsOf(request: APIRequestContext, scenes: Iterable<string>): Promise<Map<string, string>> {
  const drawingOf = new Map<string, string>();
  for (const scene of new Set(scenes)) {
    const data = (await (await request.get(`data/${scene}.json`)).json()) as { topology: string; states: { step: string; projection: string }[]; fits: Record<string, { rotate: number }> };
    for (const state of data.states) drawingOf.set(state.step, `${data.topology}:${state.projection}@${data.fits[state.step].rotate}`);
  }
  return drawingOf;
}

test('the page has one step per content file, in order', async ({ page }) => {
  await openStory(page);
  expect(ANCHORS.length).toBeGreaterThan(10);
  const ids = await page.locator('section.step').evaluateAll((els) => els.map((el) => el.id));
  expect(ids).toEqual(ANCHORS);
});

test('scrolling through every step puts the map into that step\'s state', async ({ page, request }) => {
  test.setTimeout(90_000);
  await openStory(page);
  const states = await loadStates(request, (await stepScenes(page)).values());
  expect([...states.keys()].sort()).toEqual([...ANCHORS].sort());
  const drawingOf = await drawingsOf(request, [...states.values()].map((s) => s.scene));

  let hiddenSeen = 0;
  for (const anchor of ANCHORS) {
    await scrollStepToCentre(page, anchor);
    await expect(page.locator('.map-live')).toHaveAttribute('data-active-step', anchor);
    await expectMapShows(page, states.get(anchor)!);
    // A country of its own where the step gives it a role, and only where some step of a scene drawn on the same
    // drawing (base map, projection, rotation) does; the rest is land in a few paths.
    const sharing = new Set([...states.values()].filter((s) => drawingOf.get(s.step) === drawingOf.get(anchor)).map((s) => s.scene));
    const drawn = page.locator('.map-live g.base[visibility="visible"] path.country');
    const own = new Set(await drawn.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-id')).filter((id) => id !== null)));
    expect(states.get(anchor)!.roles.map(([id]) => id).filter((id) => !own.has(id)), `${anchor}: countries in a role without a path of their own`).toEqual([]);
    const allowed = new Set([...states.values()].filter((s) => sharing.has(s.scene)).flatMap((s) => s.roles.map(([id]) => id)));
    expect([...own].filter((id) => !allowed.has(id!)), `${anchor}: countries drawn on their own that no scene on the drawing gives a role`).toEqual([]);
    expect(await page.locator('.map-live g.base[visibility="visible"] path.country:not([data-id])').count(), anchor).toBeLessThanOrEqual(8);
    // The drawing shown is the one rendered; the others (being built, or kept for steps near) are out of rendering,
    // not only invisible: each change to the map would otherwise restyle, lay out and paint them too.
    const drawings = await page.locator('.map-live g.base').evaluateAll((groups) => groups.map((g) => `${g.getAttribute('visibility')}:${getComputedStyle(g).display}`));
    expect(drawings.filter((d) => d !== 'hidden:none'), anchor).toEqual(['visible:inline']);
    hiddenSeen += drawings.length - 1;
  }
  // Lookahead drew scenes ahead of the reader somewhere along the way, so the check above met hidden drawings.
  expect(hiddenSeen).toBeGreaterThan(0);
  // Only the drawings near the reader stay in the page (the last step's, and the one before it if it differs):
  // hidden copies of every scene passed would make each frame dearer.
  expect(await page.locator('.map-live g.base').count()).toBeLessThanOrEqual(2);
  // And back up to the first step.
  await scrollStepToCentre(page, ANCHORS[0]);
  await expectMapShows(page, states.get(ANCHORS[0])!);
});

test('the lunar partner steps show the partners as the content states them', async ({ page }) => {
  await openStory(page);
  const live = page.locator('.map-live');
  const country = (code: string) => live.locator(`svg.map g.base[visibility="visible"] path.country[data-id="${code}"]`);

  await scrollStepToCentre(page, 'ilrs-agreement');
  await expect(live).toHaveAttribute('data-shown-step', 'ilrs-agreement');
  await expect(country('156')).toHaveAttribute('data-role', 'founder');
  await expect(country('643')).toHaveAttribute('data-role', 'founder');
  await expect(live.locator('svg.map g.base[visibility="visible"] path.country[data-id="862"][data-role]')).toHaveCount(0);
  await expect(live.locator('g.moon-inset')).toHaveCount(0);

  await scrollStepToCentre(page, 'open-to-partners');
  await expect(live).toHaveAttribute('data-shown-step', 'open-to-partners');
  await expect(country('862')).toHaveAttribute('data-role', 'partner');
  await expect(country('764')).toBeAttached();
  await expect(country('764')).not.toHaveAttribute('data-role', /./);

  await scrollStepToCentre(page, 'joint-statement');
  await expect(live).toHaveAttribute('data-shown-step', 'joint-statement');
  await expect(country('764')).toHaveAttribute('data-role', 'partner');

  await scrollStepToCentre(page, 'aerospace-integration');
  await expect(live).toHaveAttribute('data-shown-step', 'aerospace-integration');
  await expect(country('262')).toHaveAttribute('data-role', 'listed');
  await expect(live.locator('svg.map g.moon-inset')).toHaveCount(1);
  await expect(live.locator('svg.map g.moon-inset')).toContainText(/south pole/i);
});

test('scenes on one base map at one rotation share a drawing: moving from one to the other shows no other', async ({ page, request }) => {
  await openStory(page);
  const states = await loadStates(request, (await stepScenes(page)).values());
  // Two steps in a row of two scenes, both drawn from one base map, centred on one meridian.
  const [from, to] = ['myanmar', 'energy-ties'];
  const [a, b] = [states.get(from)!.scene, states.get(to)!.scene];
  expect(a).not.toBe(b);
  const drawingOf = await drawingsOf(request, [a, b]);
  expect(drawingOf.get(from)).toBe(drawingOf.get(to));

  await scrollStepToCentre(page, from);
  await expectMapShows(page, states.get(from)!);
  await page.evaluate(() => {
    (window as unknown as { shownDrawing: Element | null }).shownDrawing = document.querySelector('.map-live g.base[visibility="visible"]');
  });
  await scrollStepToCentre(page, to);
  await expectMapShows(page, states.get(to)!);
  const same = await page.evaluate(() => document.querySelector('.map-live g.base[visibility="visible"]') === (window as unknown as { shownDrawing: Element | null }).shownDrawing);
  expect(same, 'the drawing shown is the one shown before').toBe(true);
});

test('after fast scrolling the map settles on the step at the trigger line', async ({ page, request }) => {
  await openStory(page);
  const states = await loadStates(request, (await stepScenes(page)).values());
  const middle = ANCHORS[Math.floor(ANCHORS.length / 2)];

  // Several jumps in a row, without waiting for the map in between.
  const line = await readingLine(page);
  await page.evaluate(([anchor, line]) => {
    const target = document.getElementById(anchor)!;
    const centre = () => {
      const r = target.getBoundingClientRect();
      return window.scrollY + r.top + r.height / 2 - line;
    };
    const bottom = document.scrollingElement!.scrollHeight;
    window.scrollTo({ top: bottom, behavior: 'instant' });
    window.scrollTo({ top: bottom / 4, behavior: 'instant' });
    window.scrollTo({ top: bottom, behavior: 'instant' });
    window.scrollTo({ top: centre(), behavior: 'instant' });
  }, [middle, line] as const);

  await expect.poll(() => stepAtTriggerLine(page)).toBe(middle);
  await expect(page.locator('.map-live')).toHaveAttribute('data-active-step', middle);
  await expectMapShows(page, states.get(middle)!);
});

test('a jump from mid-story back to the top shows the first step\'s map', async ({ page, request }) => {
  await openStory(page);
  const states = await loadStates(request, (await stepScenes(page)).values());
  const middle = ANCHORS[Math.floor(ANCHORS.length / 2)];
  await scrollStepToCentre(page, middle);
  await expectMapShows(page, states.get(middle)!);

  // One jump (the Home key, or a tap on a phone's status bar): the reader is above the first step again.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await expect.poll(() => stepAtTriggerLine(page)).toBe(ANCHORS[0]);
  await expectMapShows(page, states.get(ANCHORS[0])!);
});

test('a jump from the top to the end of the page shows the last step\'s map', async ({ page, request }) => {
  await openStory(page);
  const states = await loadStates(request, (await stepScenes(page)).values());
  await page.evaluate(() => window.scrollTo({ top: document.scrollingElement!.scrollHeight, behavior: 'instant' }));
  await expect.poll(() => stepAtTriggerLine(page)).toBe(ANCHORS.at(-1));
  await expectMapShows(page, states.get(ANCHORS.at(-1)!)!);
});
