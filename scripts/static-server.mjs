// @ts-check
/** The benchmark's static host: serves a built site on 127.0.0.1 the way a static host or CDN would. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};
const COMPRESSIBLE =
  /^(text\/|application\/(json|geo\+json|manifest\+json|xml)|image\/(svg\+xml|x-icon)|font\/(ttf|otf))/;

/**
 * Serves `dist` under `base` on 127.0.0.1 as a static host would: `dir/` → `dir/index.html`, `dir` → 301 `dir/`,
 * misses → 404.html, gzip for text, ETags with 304s, hashed `_astro/` files cacheable for a year. `base` starts
 * and ends with "/"; `pages` adds generated HTML pages by exact path (outside the site). Resolves once listening.
 * @param {string} dist @param {string} base @param {number} port @param {Record<string, string>} [pages]
 * @returns {Promise<http.Server>}
 */
export function serve(dist, base, port, pages = {}) {
  /** @type {Map<string, Buffer>} */
  const gzipped = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    /** @param {number} status @param {Record<string, string | number>} headers @param {string | Buffer} body */
    const send = (status, headers, body) => {
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return send(400, { 'content-type': 'text/plain' }, 'bad URL');
    }
    if (Object.hasOwn(pages, path)) {
      const html = Buffer.from(pages[path]);
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const body = gzip ? gzipSync(html) : html;
      return send(
        200,
        {
          'content-type': TYPES['.html'],
          'content-length': body.length,
          'cache-control': 'no-store',
          ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        },
        body,
      );
    }
    if (!`${path}/`.startsWith(base))
      return send(404, { 'content-type': 'text/plain' }, `not under the base path ${base}`);
    let file = join(dist, path.slice(base.length));
    if (file !== dist && !file.startsWith(dist + sep)) return send(403, { 'content-type': 'text/plain' }, 'forbidden');
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return send(301, { location: `${path}/${url.search}` }, '');
      file = join(file, 'index.html');
    }
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    let status = 200;
    if (!existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = join(dist, '404.html');
      if (!existsSync(file)) return send(404, { 'content-type': 'text/plain' }, 'not found');
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const { size, mtimeMs } = statSync(file);
    const etag = `"${size.toString(36)}-${Math.round(mtimeMs).toString(36)}${gzip ? '-gz' : ''}"`;
    const caching = {
      // as docs/deploying.md asks (and deploy/nginx.conf does): hashed assets for a year, everything else revalidated
      'cache-control': path.startsWith(`${base}_astro/`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag,
      vary: 'accept-encoding',
    };
    if (status === 200 && req.headers['if-none-match'] === etag) return send(304, caching, '');
    let body = /** @type {Buffer} */ (readFileSync(file));
    if (gzip) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
      body = /** @type {Buffer} */ (gzipped.get(file));
    }
    send(
      status,
      {
        'content-type': type,
        'content-length': body.length,
        ...caching,
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      },
      body,
    );
  });
  return new Promise((done, fail) => {
    server.once('error', (error) =>
      fail(
        /** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE'
          ? new Error(`port ${port} is in use`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () => done(server));
  });
}
