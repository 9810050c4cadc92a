/**
 * A built page served as a slow network would bring it: in two parts, the second held back until the test says; and
 * what the page's first frame held.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { E2E_BASE_PATH } from '../../playwright.config';
import { DIST } from './site';

export interface TwoPartPage {
  /** Where the server listens: open `${origin}${E2E_BASE_PATH}${path}`. */
  origin: string;
  /** Sends the page's second part. */
  sendRest: () => void;
  close: () => void;
}

/**
 * Serves the built page at `path` (relative to the base: "" for the story) in two parts, split where `cut` first
 * occurs in its HTML, the second only once `sendRest` is called; other files from the build. `edit` changes the
 * page's HTML first (a control page without some part of it). Throws where `cut` is not in the (edited) page.
 */
export async function servePageInTwoParts(path: string, cut: string, edit: (html: string) => string = (html) => html): Promise<TwoPartPage> {
  const html = edit(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
  const at = html.indexOf(cut);
  if (at < 0) throw new Error(`servePageInTwoParts: "${cut}" is not in ${path || 'the story'}'s HTML`);
  let sendRest = () => {};
  const rest = new Promise<void>((resolve) => (sendRest = resolve));
  const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    const file = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(E2E_BASE_PATH, '');
    if (file === path) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.write(html.slice(0, at));
      void rest.then(() => res.end(html.slice(at)));
      return;
    }
    try {
      const body = readFileSync(join(DIST, file));
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, sendRest, close: () => server.close() };
}

/** Whether an element was in the page at its first frame; undefined before that frame. */
type FirstFrame = Window & { heldForAtFirstFrame?: boolean };

/** Records, from the page's start, whether the element `#<id>` is in the page when its first frame is drawn. */
export const recordFirstFrame = (page: Page, id: string) =>
  page.addInitScript((held) => {
    // rAF runs only in frames: its first call sees the page as the first frame draws it.
    requestAnimationFrame(() => ((window as FirstFrame).heldForAtFirstFrame = !!document.getElementById(held)));
  }, id);

/** What `recordFirstFrame` recorded: undefined until the page's first frame. */
export const heldForAtFirstFrame = (page: Page) => page.evaluate(() => (window as FirstFrame).heldForAtFirstFrame);
