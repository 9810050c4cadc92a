/**
 * The host pages the embed tests open: fixtures served from another origin than the site (as a newsroom's page
 * would be), with the embed libraries' real browser bundles. No browser driver here: the Playwright suite and the
 * cross-engine suite (tests/engines) both start it.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

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

/** The address of the fixture host page `file` on `hosts`, with its `{{KEY}}`s set to `values`. */
export function hostPageUrl(hosts: Hosts, file: string, values: Record<string, string>): string {
  const url = new URL(file, `${hosts.origin}/`);
  for (const [key, value] of Object.entries({ ...values, FORGER: hosts.forgerOrigin })) url.searchParams.set(key, value);
  return url.href;
}
