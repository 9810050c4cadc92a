/**
 * Helpers for the embed tests: host pages served from another origin (as a newsroom's page would be, with its
 * embed library's real browser bundle), and checks that an embedded iframe is as tall as its content.
 */
import { expect, type Frame, type Page } from '@playwright/test';
import { hostPageUrl, type Hosts } from './hosts';
import { wakeLiveMap } from './site';

export { startHosts, STEPPER_PATH, STILL_PATH, type Hosts } from './hosts';

/** Opens the fixture host page `file` from `hosts`, with its `{{KEY}}`s set to `values`. */
export async function openHost(page: Page, hosts: Hosts, file: string, values: Record<string, string>): Promise<void> {
  await page.goto(hostPageUrl(hosts, file, values));
}

/** The embed page inside the iframe in `container`, once it has loaded. */
export async function embedFrame(page: Page, container: string): Promise<Frame> {
  const iframe = page.locator(`${container} iframe`);
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame in ${container}`);
  await frame.waitForLoadState('load');
  return frame;
}

/** The iframe's inner height and its embed's content height (the root element's box, margins included). */
export async function heights(page: Page, container: string): Promise<{ iframe: number; content: number }> {
  const frame = await embedFrame(page, container);
  const iframe = await page.locator(`${container} iframe`).evaluate((el) => el.clientHeight);
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { iframe, content };
}

/** Waits until the iframe in `container` is as tall as its content (within 3 px); returns that height. */
export async function expectSizedToContent(page: Page, container: string, when: string): Promise<number> {
  await expect
    .poll(
      async () => {
        const h = await heights(page, container);
        return Math.abs(h.iframe - h.content) <= 3 ? 'sized' : `iframe ${h.iframe}px, content ${h.content}px`;
      },
      { message: `${container} iframe sized to its content ${when}`, timeout: 10_000 },
    )
    .toBe('sized');
  return (await heights(page, container)).iframe;
}

/** The two widths a host test loads and resizes to: the project's own first (a phone or a desktop page). */
export function widthsFor(project: string): [number, number] {
  return project === 'phone' ? [375, 1000] : [1000, 375];
}

/**
 * Steps the stepper in `container` forward to its last step, checking the iframe follows the content at each
 * step; expects at least one step to have made the embed taller (a longer caption).
 */
export async function stepThrough(page: Page, container: string): Promise<void> {
  const frame = await embedFrame(page, container);
  const stepper = frame.locator('.embed-stepper');
  const next = frame.getByRole('button', { name: 'Next' });
  await wakeLiveMap(frame);
  let previous = await expectSizedToContent(page, container, 'at the first step');
  let grew = false;
  while ((await next.getAttribute('aria-disabled')) !== 'true') {
    const before = await stepper.getAttribute('data-step');
    await next.click();
    await expect(stepper).not.toHaveAttribute('data-step', before ?? '');
    const after = await stepper.getAttribute('data-step');
    const height = await expectSizedToContent(page, container, `after stepping to "${after}"`);
    if (height > previous + 3) grew = true;
    previous = height;
  }
  expect(grew, 'some step has a longer caption, and the iframe grew with it').toBe(true);
}
