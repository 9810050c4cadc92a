/**
 * Helpers for the embed tests: host pages served from another origin (as a newsroom's page would be, with its
 * embed library's real browser bundle), and checks that an embedded iframe is as tall as its content.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Frame, type Page } from '@playwright/test';
import { wakeLiveMap } from './site';

const fixtures = new URL('./fixtures/', import.meta.url);
const modules = new URL('../../node_modules/', import.meta.url);
/** The host libraries' browser bundles, from the installed packages. */
const VENDOR: Record<string, URL> = {
  '/vendor/pym.v1.min.js': new URL('pym.js/dist/pym.v1.min.js', modules),
  '/vendor/frames.umd.js': new URL('@newswire/frames/dist/frames.umd.js', modules),
};

/** A scene's stepper and a still of another scene: the embeds the host pages hold. */
export const STEPPER_PATH = 'embed/lunar-partners/';
export const STILL_PATH = 'embed/nord-stream/us-pressure/';

/** The servers of the host pages: their origin, and a third origin the forging frame comes from. */
export interface Hosts {
  /** The host pages' origin: not the site's, so the embeds are cross-origin as on a newsroom's page. */
  origin: string;
  /** Another origin, for the frame that forges height messages. */
  forgerOrigin: string;
  /** Stops the server. */
  close: () => Promise<void>;
}

/**
 * Serves the fixture pages on a free local port (a real server: Chromium keeps public pages, which a routed
 * response would count as, from framing a local site). A page's `{{KEY}}`s are replaced by its query's `KEY`
 * values; `/vendor/` holds the host libraries' bundles.
 */
export async function startHosts(): Promise<Hosts> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    const vendor = VENDOR[url.pathname];
    if (vendor) {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(vendor));
      return;
    }
    if (!/^\/[\w-]+\.html$/.test(url.pathname)) {
      response.writeHead(404).end();
      return;
    }
    let html = readFileSync(new URL(url.pathname.slice(1), fixtures), 'utf8');
    for (const [key, value] of url.searchParams) html = html.replaceAll(`{{${key}}}`, value);
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    forgerOrigin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Opens the fixture host page `file` from `hosts`, with its `{{KEY}}`s set to `values`. */
export async function openHost(page: Page, hosts: Hosts, file: string, values: Record<string, string>): Promise<void> {
  const url = new URL(file, `${hosts.origin}/`);
  for (const [key, value] of Object.entries({ ...values, FORGER: hosts.forgerOrigin })) url.searchParams.set(key, value);
  await page.goto(url.href);
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
