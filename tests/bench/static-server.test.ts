import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/static-server.mjs';

/** Within the ports this project's tools use (4420–4429: the benchmark's). */
const PORT = 4428;
const origin = `http://127.0.0.1:${PORT}`;
const dist = mkdtempSync(join(tmpdir(), 'static-server-'));
let server: Server;

beforeAll(async () => {
  mkdirSync(join(dist, 'embed/a'), { recursive: true });
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>home</title>'.repeat(20));
  writeFileSync(join(dist, 'embed/a/index.html'), '<!doctype html><title>embed</title>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>missing</title>');
  writeFileSync(join(dist, '_astro/app.abc.js'), 'export const x = 1;');
  writeFileSync(join(dist, 'map.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  server = await serve(dist, '/sub/', PORT, { '/__extra/': '<!doctype html><title>generated</title>' });
});

afterAll(() => {
  server?.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${origin}${path}`, { headers: { 'accept-encoding': 'gzip', ...headers }, redirect: 'manual' });

/** A request as sent, path not normalised and body not unzipped (unlike fetch). */
const raw = (path: string) =>
  new Promise<{ status?: number; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
    request({ host: '127.0.0.1', port: PORT, path, headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });

describe('serve', () => {
  it('serve(dist, base) answers a folder with its index.html, gzipped for a client that accepts gzip', async () => {
    const response = await get('/sub/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>home</title>');
  });

  it('serve(dist, base) sends gzip bytes with content-encoding and their length (fetch would unzip them)', async () => {
    const response = await raw('/sub/');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(gunzipSync(response.body).toString()).toContain('<title>home</title>');
  });

  it('serve(dist, base) does not compress images', async () => {
    const response = await get('/sub/map.png');
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-encoding')).toBeNull();
  });

  it('serve(dist, base) redirects a folder without its trailing slash', async () => {
    const response = await get('/sub/embed/a?x=1');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/sub/embed/a/?x=1');
  });

  it('serve(dist, base) answers misses with 404.html and paths outside the base with 404', async () => {
    const miss = await get('/sub/nowhere/');
    expect(miss.status).toBe(404);
    expect(await miss.text()).toContain('<title>missing</title>');
    expect((await get('/embed/a/')).status).toBe(404);
  });

  it('serve(dist, base) keeps requests inside dist', async () => {
    expect((await raw('/sub/..%2f..%2f..%2fetc%2fpasswd')).status).toBe(403);
    expect((await raw('/sub/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404); // dot segments: outside the base
  });

  it('serve(dist, base) lets hashed assets be cached and revalidates the rest with ETags', async () => {
    expect((await get('/sub/_astro/app.abc.js')).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    const page = await get('/sub/');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const etag = page.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await get('/sub/', { 'if-none-match': etag })).status).toBe(304);
  });

  it('serve(dist, base, port, pages) also serves generated pages at their exact paths', async () => {
    const response = await get('/__extra/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>generated</title>');
    expect((await get('/__extra/other/')).status).toBe(404);
  });
});
