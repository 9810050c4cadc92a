/**
 * The built site as the cross-engine journeys read it: `dist/` served under its base path by the benchmark's
 * static host (scripts/static-server.mjs: gzip, ETags, the cache headers of docs/deploying.md), every page with the
 * problem record at its top (capture.ts), and a log of every request it answers, so that a journey can tell what a
 * page fetched, and how often, whatever the engine's protocol reports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serve } from '../../scripts/static-server.mjs';
import { withProblemRecord } from './capture.ts';

/** A request the server answered. */
export interface Answered {
  /** The path asked for, without the query. */
  path: string;
  status: number;
}

/** The running server. */
export interface SiteServer {
  /** Its origin, "http://127.0.0.1:<port>". */
  origin: string;
  /** The story's address: the origin and the base path. */
  url: string;
  /** A page that must show each kind of problem in the record: the record's own test (see journeys/canary.ts). */
  canaryUrl: string;
  /** Every request answered so far, in order; a journey notes the length before it starts. */
  answered: Answered[];
  /** Stops the server. */
  close(): Promise<void>;
}

/** Outside the base path, so it can never shadow a page of the site. */
const CANARY_PATH = '/__engines/canary/';

/**
 * A page whose policy refuses inline scripts and which holds one: a Content-Security-Policy violation on load.
 * The other kinds of problem the journey that opens it causes itself.
 */
const CANARY = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self'">
<title>Canary</title></head><body><p>The problem record's own test.</p><script>document.title = 'ran';</script></body></html>`;

/** Every HTML page of `dist`, by the path a browser asks for: "<base>embed/x/" for "embed/x/index.html". */
function pagesOf(dist: string, base: string): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const path = file.split('\\').join('/');
    if (!path.endsWith('.html')) continue;
    const url = `${base}${path.replace(/(^|\/)index\.html$/, '$1')}`;
    pages[url] = withProblemRecord(readFileSync(join(dist, file), 'utf8'));
  }
  return pages;
}

/** Serves `dist` under `base` on 127.0.0.1:`port`; resolves once listening. */
export async function startSiteServer(dist: string, base: string, port: number): Promise<SiteServer> {
  const pages = { ...pagesOf(dist, base), [CANARY_PATH]: withProblemRecord(CANARY) };
  const server: Server = await serve(dist, base, port, pages);
  const answered: Answered[] = [];
  server.on('request', (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    response.on('finish', () => answered.push({ path, status: response.statusCode }));
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    canaryUrl: `${origin}${CANARY_PATH}`,
    answered,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections open; the server would wait for them.
        server.closeAllConnections();
      }),
  };
}
