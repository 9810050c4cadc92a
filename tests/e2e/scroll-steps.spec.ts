/** Scrolling the story: every step puts the map into that step's state, also when the reader scrolls fast. */
import { expect, test } from '@playwright/test';
import { ANCHORS, expectMapShows, loadStates, openStory, readingLine, scrollStepToCentre, stepAtTriggerLine, stepScenes } from './story';

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

  let hiddenSeen = 0;
  for (const anchor of ANCHORS) {
    await scrollStepToCentre(page, anchor);
    await expect(page.locator('.map-live')).toHaveAttribute('data-active-step', anchor);
    await expectMapShows(page, states.get(anchor)!);
    // A country of its own only where some step of the scene gives it a role; the rest is land in a few paths.
    const scene = states.get(anchor)!.scene;
    const inRole = new Set([...states.values()].filter((s) => s.scene === scene).flatMap((s) => s.roles.map(([id]) => id)));
    const drawn = page.locator('.map-live g.base[visibility="visible"] path.country');
    expect((await drawn.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-id')).filter((id) => id !== null))).sort(), anchor).toEqual([...inRole].sort());
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
