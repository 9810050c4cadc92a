/**
 * The story on a phone: no sideways scrolling, a sticky map that never takes the reader's touch, the map beside the
 * text when held sideways, rotation. The phone project only runs this file (playwright.config.ts).
 */
import { expect, test } from '@playwright/test';
import { wakeLiveMap } from './site';
import { ANCHORS, canvasAndViewBox, expectMapShows, expectViewBoxFitsCanvas, loadStates, openStory, readingLine, scrollStepToCentre, stepAtTriggerLine, stepScenes } from './story';

test('at 375 px nothing overflows sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openStory(page);
  for (const anchor of [ANCHORS[0], 'aerospace-integration', ANCHORS.at(-1)!]) {
    await scrollStepToCentre(page, anchor);
    await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', anchor);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), `at ${anchor}`).toBeLessThanOrEqual(375);
  }
  await page.evaluate(() => window.scrollTo({ top: document.scrollingElement!.scrollHeight, behavior: 'instant' }));
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(375);
});

test('the map sticks to the top while the steps scroll', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openStory(page);
  const map = page.locator('figure.story-map');
  for (const anchor of [ANCHORS[1], ANCHORS[8], ANCHORS.at(-2)!]) {
    await scrollStepToCentre(page, anchor);
    await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', anchor);
    const box = (await map.boundingBox())!;
    expect(Math.abs(box.y), `map top at ${anchor}`).toBeLessThan(1);
    expect(box.width).toBeGreaterThan(350);
    // The map keeps the top of the screen and leaves room for the text below it.
    expect(box.height).toBeGreaterThan(200);
    expect(box.height).toBeLessThan(740 / 2 + 10);
    // The step being read is visible below the map, not hidden behind it.
    const step = (await page.locator(`section.step[id="${anchor}"] .step-card`).boundingBox())!;
    expect(step.y + step.height).toBeGreaterThan(box.y + box.height);
  }
});

test('held sideways, the map stands beside the text at the screen\'s height, its key under the drawing', async ({ page }) => {
  // Stacked on a screen this short, the map would be a strip under half its height, and the key would take half of that.
  for (const size of [
    { width: 844, height: 390 },
    { width: 667, height: 375 },
    { width: 568, height: 320 },
  ]) {
    await page.setViewportSize(size);
    await openStory(page);
    for (const anchor of [ANCHORS[1], 'energy-ties', 'nord-stream-2']) {
      await scrollStepToCentre(page, anchor);
      await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', anchor);
      const at = `${anchor} at ${size.width}×${size.height}`;
      const map = (await page.locator('figure.story-map').boundingBox())!;
      const card = (await page.locator(`section.step[id="${anchor}"] .step-card`).boundingBox())!;
      expect(Math.abs(map.y), `map top, ${at}`).toBeLessThan(1);
      expect(Math.abs(map.height - size.height), `map height, ${at}`).toBeLessThan(1);
      expect(card.x + card.width, `the step's card ends before the map, ${at}`).toBeLessThanOrEqual(map.x);
      const canvas = (await page.locator('.map-live .map-canvas').boundingBox())!;
      const strip = page.locator('.map-live .map-key-strip[data-current]');
      const key = (await strip.boundingBox())!;
      // More than half the height, where stacked it would be a sixth at 568 × 320 (and the key grows a line there at
      // the energy step).
      expect(canvas.height, `the drawing's height, ${at}`).toBeGreaterThan(size.height / 2);
      expect(key.y, `the key under the drawing, ${at}`).toBeGreaterThanOrEqual(canvas.y + canvas.height - 0.5);
      expect(key.y + key.height, `the key inside the map, ${at}`).toBeLessThanOrEqual(map.y + map.height + 0.5);
      const { scroll, client } = await strip.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
      expect(scroll, `the key holds its legend and credits, ${at}`).toBeLessThanOrEqual(client + 1);
    }
  }
});

test('on a narrow phone the map settles to one size: the key keeps the room its tallest legend took', async ({ page }) => {
  // At 320 px the legends wrap to different heights; a key that gave room back would have the map drawn again,
  // larger then smaller, step after step.
  await page.setViewportSize({ width: 320, height: 568 });
  await openStory(page);
  const keys = page.locator('.map-live .map-keys');
  const heights: { anchor: string; canvas: number; keys: number }[] = [];
  for (const anchor of ANCHORS) {
    await scrollStepToCentre(page, anchor);
    await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', anchor);
    await expectViewBoxFitsCanvas(page, `at ${anchor}`);
    const canvas = (await page.locator('.map-live .map-canvas').boundingBox())!.height;
    heights.push({ anchor, canvas, keys: (await keys.boundingBox())!.height });
    const { scroll, client } = await page.locator('.map-live .map-key-strip[data-current]').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(scroll, `the key holds its legend and credits at ${anchor}`).toBeLessThanOrEqual(client + 1);
  }
  const minimum = 6.75 * 16;
  // What the test is about: some legend needs more than the key's least height at this width.
  expect(Math.max(...heights.map((h) => h.keys)), 'the tallest key at 320 px').toBeGreaterThan(minimum + 1);
  heights.slice(1).forEach((h, i) => {
    expect(h.canvas, `the map's height at ${h.anchor}, after ${heights[i].anchor}`).toBeLessThanOrEqual(heights[i].canvas + 0.5);
  });
  // At another width the legends wrap anew: the key takes its own height again, the least where its legend fits.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectViewBoxFitsCanvas(page, 'at 390 px');
  await expect.poll(async () => Math.round((await keys.boundingBox())!.height), { message: 'the key at 390 px' }).toBe(minimum);
});

test('the map does not capture touch or scrolling', async ({ page }) => {
  // The server's drawing, until the live map has drawn and taken its place; then the live map.
  await page.goto('./');
  expect(await page.locator('.map-static').evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
  await wakeLiveMap(page);
  expect(await page.locator('.map-live').evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
  await scrollStepToCentre(page, ANCHORS[2]);
  await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', ANCHORS[2]);
  // Nothing in the map is a hit target: a touch on it lands on the figure (which does not scroll) or the page.
  const hits = await page.evaluate(() => {
    const r = document.querySelector('figure.story-map')!.getBoundingClientRect();
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 20, r.top + 20],
      [r.right - 20, r.bottom - 20],
    ];
    return points.map(([x, y]) => {
      const el = document.elementFromPoint(x, y);
      return el ? (el.closest('.map-view') ? 'map' : el.tagName.toLowerCase()) : null;
    });
  });
  expect(hits).not.toContain('map');
  // The mouse wheel over the map scrolls the page, and so does a swipe up on it.
  const box = (await page.locator('figure.story-map').boundingBox())!;
  const x = Math.round(box.x + box.width / 2);
  const y = Math.round(box.y + box.height * 0.75);
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY), { message: 'scroll after a wheel on the map' }).toBeGreaterThan(before + 100);

  const afterWheel = await page.evaluate(() => window.scrollY);
  const session = await page.context().newCDPSession(page);
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++) {
    await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 15 }] });
  }
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect.poll(() => page.evaluate(() => window.scrollY), { message: 'scroll after a swipe on the map' }).toBeGreaterThan(afterWheel + 100);
});

/**
 * Holds back each resize event the browser fires for two frames and a quarter of a second, so the reflow's scroll
 * and step reports come first and the story's scroll has settled, as they can in iOS Safari after a rotation. Runs
 * in the page, before its scripts.
 */
function resizeEventsComeLate(): void {
  let held = 0;
  window.addEventListener(
    'resize',
    (event) => {
      if (!event.isTrusted) return;
      event.stopImmediatePropagation();
      const mine = ++held;
      requestAnimationFrame(() =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (mine === held) window.dispatchEvent(new Event('resize'));
          }, 250),
        ),
      );
    },
    { capture: true },
  );
}

for (const late of [false, true]) {
  const name = late
    ? 'rotating keeps the step when the resize event comes after the reflow'
    : 'rotating the phone redraws the map at the new size and keeps the step';
  test(name, async ({ page, request }) => {
    if (late) await page.addInitScript(resizeEventsComeLate);
    await page.setViewportSize({ width: 375, height: 740 });
    await openStory(page);
    const states = await loadStates(request, (await stepScenes(page)).values());
    const anchor = 'joint-statement';
    await scrollStepToCentre(page, anchor);
    await expectMapShows(page, states.get(anchor)!);
    const live = page.locator('.map-live');

    for (const size of [
      { width: 740, height: 375 },
      { width: 375, height: 740 },
    ]) {
      await page.setViewportSize(size);
      await expectViewBoxFitsCanvas(page, `at ${size.width}×${size.height}`);
      // Upright the map spans the screen's width; sideways it stands beside the text.
      const drawn = Number((await canvasAndViewBox(page)).viewBox?.split(' ')[2]);
      if (size.width < size.height) expect(drawn, `map width at ${size.width}×${size.height}`).toBe(size.width);
      else expect(drawn, `map width at ${size.width}×${size.height}`).toBeLessThan(size.width * 0.6);
      await expect(live, `step being read at ${size.width}×${size.height}`).toHaveAttribute('data-active-step', anchor);
      await expect(live).toHaveAttribute('data-shown-step', anchor);
      // The story scrolls the step back under the reading line once the new size settles.
      await expect.poll(() => stepAtTriggerLine(page), { message: `step at the reading line at ${size.width}×${size.height}` }).toBe(anchor);
      await expectMapShows(page, states.get(anchor)!);
    }
  });
}

test('the step the map shows is never hidden behind the map', async ({ page }) => {
  // Portrait phone, the same phone in landscape (the map beside the text), and a narrow tablet that still gets the
  // stacked layout.
  for (const size of [
    { width: 375, height: 740 },
    { width: 740, height: 375 },
    { width: 820, height: 1180 },
  ]) {
    await page.setViewportSize(size);
    await openStory(page);
    for (const anchor of ['open-to-partners', 'nato-report', 'myanmar']) {
      // Put the step's end just past the reading line: it is the step the map should show now.
      const line = await readingLine(page);
      await page.locator(`section.step[id="${anchor}"]`).evaluate((el, line) => {
        const r = el.getBoundingClientRect();
        window.scrollBy({ top: r.bottom - (line + 8), behavior: 'instant' });
      }, line);
      await expect.soft(page.locator('.map-live')).toHaveAttribute('data-active-step', anchor);
      const map = (await page.locator('figure.story-map').boundingBox())!;
      const step = (await page.locator(`section.step[id="${anchor}"]`).boundingBox())!;
      // Beside the map, or showing below it.
      const clear = step.x + step.width <= map.x + 0.5 || step.y + step.height > map.y + map.height;
      expect.soft(clear, `${size.width}×${size.height}: "${anchor}" (the step the map shows) is under the map`).toBe(true);
    }
  }
});
