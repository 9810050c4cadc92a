/** Reading the whole story logs no errors, throws nothing, fails no request and asks nothing of other origins. */
import { expect, test } from '@playwright/test';
import { ANCHORS, openStory } from './story';

test('no console errors, page errors or failed requests while loading and scrolling the whole story', async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const problems: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(baseURL!).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
  });

  await openStory(page);
  const live = page.locator('.map-live');
  await page.mouse.move(10, 10);
  const seen = new Set<string>();
  // Wheel down in small turns (shorter than any step) until the page stops moving.
  for (let turn = 0; turn < 400; turn++) {
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 400);
    const moved = await expect
      .poll(() => page.evaluate(() => window.scrollY), { timeout: 2_000, intervals: [50] })
      .not.toBe(before)
      .then(() => true, () => false);
    // The step the map is told to show: on a wheel this fast the map may draw some only in passing.
    const active = await live.getAttribute('data-active-step');
    if (active) seen.add(active);
    if (!moved) break;
  }
  await expect(live).toHaveAttribute('data-shown-step', ANCHORS.at(-1)!);
  await expect(page.locator('#sources')).toBeInViewport();
  // Most steps went by on the way (the wheel may pass a short step between two reads of the attribute), and
  // the map caught up with the last.
  expect(seen.size).toBeGreaterThan(ANCHORS.length / 2);

  expect(problems).toEqual([]);
  expect(foreign).toEqual([]);
});
