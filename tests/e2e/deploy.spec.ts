/**
 * The build as deployed: the build under test served by nginx with the config the site ships, deploy/nginx.conf,
 * under the base path (scripts/serve-nginx.mjs). Every page and everything it references resolves; a link without
 * its trailing slash still reaches its page; unknown addresses get the 404 page; the crawler files are right; every
 * file has its type; the cache and compression headers are those docs/deploying.md prescribes; no source maps ship.
 *
 * Where nginx is absent the suite runs against the small static server (scripts/static-server.mjs): the checks of
 * nginx's behaviour are then
 * skipped, saying so (under CI=true they fail instead: CI installs nginx).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_DIST } from '../../playwright.config';
import { DEPLOY_CONFIG, nginxTypes } from '../../scripts/serve-nginx.mjs';

const DIST = pathToFileURL(`${E2E_DIST}/`);

/** Every file of the build, as paths relative to it with forward slashes. */
function distFiles(): string[] {
  return (readdirSync(DIST, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => statSync(new URL(f, DIST)).isFile())
    .sort();
}

/** The HTML pages of the build as paths inside the site ('' for the story, 'embeds/' …), with their noindex flag. */
function distPages(): { path: string; noindex: boolean }[] {
  return distFiles()
    .filter((f) => f.endsWith('.html') && f !== '404.html')
    .map((f) => ({
      path: f.replace(/(^|\/)index\.html$/, '$1'),
      noindex: /<meta name="robots" content="[^"]*noindex/.test(readFileSync(new URL(f, DIST), 'utf8')),
    }));
}

/** The server's name from its Server header ("nginx/1.22.1"), or '' (the small static server sends none). */
async function serverName(request: APIRequestContext): Promise<string> {
  return (await request.get('')).headers()['server'] ?? '';
}

/** Skips the test when the build is not served by nginx; under CI that is a failure: CI must test as deployed. */
async function requireNginx(request: APIRequestContext): Promise<void> {
  const server = await serverName(request);
  if (server.startsWith('nginx')) return;
  const why = `served by ${server || 'the small static server'}, not nginx: install nginx (apt-get install -y nginx) to test as deployed`;
  if (process.env.CI) throw new Error(why);
  test.skip(true, why);
}

/**
 * SITE_URL + BASE_PATH as the build published it (the story's canonical URL), and a function from a URL under
 * it to the same file on the test server (the two differ when the build was made for another host).
 */
async function siteRoot(request: APIRequestContext, baseURL: string): Promise<{ root: string; served: (url: string) => string }> {
  const html = await (await request.get('')).text();
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  expect(canonical, 'the story names its canonical URL').toBeTruthy();
  const root = canonical!;
  const basePath = new URL(baseURL).pathname;
  expect(new URL(root).pathname, 'the canonical URL is the base path').toBe(basePath);
  if (process.env.SITE_URL) expect(root, 'the canonical URL is SITE_URL + BASE_PATH').toBe(new URL(basePath, process.env.SITE_URL).href);
  return { root, served: (url) => (url.startsWith(root) ? new URL(url.slice(root.length), baseURL).href : url) };
}

/** The <loc> URLs of the sitemap, parsed as XML by the browser; fails on XML that does not parse. */
async function sitemapLocs(request: APIRequestContext, page: Page): Promise<string[]> {
  const response = await request.get('sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent, root: '', ns: '', locs: [] };
    const root = doc.documentElement;
    const urls = [...root.children].filter((el) => el.localName === 'url');
    return {
      error: null,
      root: root.localName,
      ns: root.namespaceURI ?? '',
      locs: urls.map((url) => [...url.children].find((el) => el.localName === 'loc')?.textContent?.trim() ?? ''),
    };
  }, await response.text());
  expect(parsed.error, 'sitemap.xml parses as XML').toBeNull();
  expect(parsed.root).toBe('urlset');
  expect(parsed.ns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  return parsed.locs;
}

test.describe('deployed under the base path', () => {
  test('the build is served by nginx (the small static server only where nginx is absent)', async ({ request }) => {
    await requireNginx(request);
    expect(await serverName(request)).toMatch(/^nginx\//);
  });

  test('every page, link and asset under the base path returns 200 (crawled from the story and the sitemap)', async ({ page, request, baseURL }) => {
    // Thirty-odd pages, each drawing a map, on a machine that may be busy.
    test.setTimeout(240_000);
    const base = new URL(baseURL!);
    const { served } = await siteRoot(request, baseURL!);
    const problems: string[] = [];

    const pages = new Map<string, Set<string>>(); // page URL → the ids it holds
    const assets = new Map<string, string>(); // URL → the first page referencing it
    const fragments: { target: string; id: string; from: string }[] = [];

    // What the browser itself fetches while pages load (module chunks, the islands' data, styles, frames): each is
    // also checked on its own below, in case the crawl moved on before it finished.
    page.on('request', (req) => {
      const url = new URL(req.url());
      url.hash = '';
      if (url.origin === base.origin && !assets.has(url.href)) assets.set(url.href, page.url());
    });
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === base.origin && response.status() >= 400) problems.push(`HTTP ${response.status()} while loading ${page.url()}: ${url.href}`);
    });
    page.on('requestfailed', (req) => {
      const error = req.failure()?.errorText ?? '';
      // ERR_ABORTED: still loading when the crawl moved on to the next page (the file is checked on its own below).
      if (new URL(req.url()).origin === base.origin && !error.includes('ERR_ABORTED')) problems.push(`request failed (${error}): ${req.url()}`);
    });

    const queue: string[] = [base.href, ...(await sitemapLocs(request, page)).map(served)];

    while (queue.length > 0) {
      const url = queue.shift()!;
      if (pages.has(url)) continue;
      // 'load': the page's scripts, styles and frames have loaded (their failures are caught above).
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response || response.status() !== 200) {
        problems.push(`HTTP ${response?.status()}: page ${url}`);
        pages.set(url, new Set());
        continue;
      }
      if (!(response.headers()['content-type'] ?? '').includes('text/html')) {
        problems.push(`not HTML: linked page ${url}`);
        pages.set(url, new Set());
        continue;
      }
      const found = await page.evaluate(() => {
        const refs: { kind: 'link' | 'asset'; value: string }[] = [];
        const add = (kind: 'link' | 'asset', value: string | null) => {
          if (value && value.trim()) refs.push({ kind, value: value.trim() });
        };
        // Pages to crawl: links, and the pages framed in this one (the gallery's previews).
        for (const el of document.querySelectorAll('a[href], area[href]')) add('link', el.getAttribute('href'));
        for (const el of document.querySelectorAll('iframe[src]')) add('link', el.getAttribute('src'));
        for (const el of document.querySelectorAll('[href]:not(a):not(area)')) add('asset', el.getAttribute('href'));
        for (const el of document.querySelectorAll('[*|href]:not([href])')) add('asset', el.getAttributeNS('http://www.w3.org/1999/xlink', 'href'));
        for (const el of document.querySelectorAll('[src]:not(iframe)')) add('asset', el.getAttribute('src'));
        for (const el of document.querySelectorAll('[poster]')) add('asset', el.getAttribute('poster'));
        for (const el of document.querySelectorAll('object[data]')) add('asset', el.getAttribute('data'));
        for (const el of document.querySelectorAll('[srcset]')) {
          for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) add('asset', candidate.trim().split(/\s+/)[0]);
        }
        for (const el of document.querySelectorAll('astro-island')) {
          add('asset', el.getAttribute('component-url'));
          add('asset', el.getAttribute('renderer-url'));
        }
        // Metadata pointing at files (og:image, twitter:image, og:url): absolute or root-relative URLs.
        for (const el of document.querySelectorAll('meta[content]:not([http-equiv])')) {
          const content = el.getAttribute('content') ?? '';
          if (/^(https?:\/\/|\/)/.test(content)) add('asset', content);
        }
        const scenes = [...new Set([...document.querySelectorAll('[data-scene]')].map((el) => el.getAttribute('data-scene') ?? ''))].filter(Boolean);
        const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
        ids.push(...[...document.querySelectorAll('a[name]')].map((el) => el.getAttribute('name') ?? ''));
        return { refs, scenes, ids };
      });
      pages.set(url, new Set(found.ids));
      for (const scene of found.scenes) assets.set(new URL(`data/${scene}.json`, base).href, url);

      for (const { kind, value } of found.refs) {
        if (/^(mailto|tel|data|javascript|blob):/i.test(value)) continue;
        const target = new URL(served(new URL(value, url).href));
        if (target.origin !== base.origin) continue; // another site
        if (!target.pathname.startsWith(base.pathname)) {
          problems.push(`outside the base path (${value}) on ${url}`);
          continue;
        }
        const hash = target.hash;
        target.hash = '';
        if (kind === 'link' && (target.pathname.endsWith('/') || target.pathname.endsWith('.html'))) {
          if (hash.length > 1) fragments.push({ target: target.href, id: decodeURIComponent(hash.slice(1)), from: url });
          queue.push(target.href);
        } else if (hash.length > 1 && target.href === url) {
          fragments.push({ target: url, id: decodeURIComponent(hash.slice(1)), from: url });
        } else if (!assets.has(target.href)) {
          assets.set(target.href, url);
        }
      }
    }

    // Assets (and the files stylesheets refer to), fetched as a browser would, without following redirects.
    const checked = new Set<string>();
    const pending = [...assets.keys()].filter((url) => !pages.has(url));
    while (pending.length > 0) {
      const url = pending.shift()!;
      if (checked.has(url)) continue;
      checked.add(url);
      const response = await request.get(url, { maxRedirects: 0 });
      if (response.status() !== 200) {
        problems.push(`HTTP ${response.status()}: ${url} (referenced from ${assets.get(url)})`);
        continue;
      }
      if ((response.headers()['content-type'] ?? '').includes('text/css')) {
        for (const match of (await response.text()).matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
          if (match[2].startsWith('data:') || match[2].startsWith('#')) continue;
          const ref = new URL(match[2], url);
          if (ref.origin !== base.origin) continue;
          assets.set(ref.href, url);
          pending.push(ref.href);
        }
      }
    }

    for (const { target, id, from } of fragments) {
      if (!pages.get(target)?.has(id)) problems.push(`no element with id "${id}" on ${target} (linked from ${from})`);
    }

    expect(problems).toEqual([]);
    console.log(`crawled ${pages.size} pages, checked ${checked.size} other files`);
    // The story and every indexable page of the build were reached; their stylesheet, island script and renderer,
    // and the scenes' data files at least were checked.
    expect([...pages.keys()]).toEqual(expect.arrayContaining(distPages().filter((p) => !p.noindex).map((p) => new URL(p.path, base).href)));
    expect(checked.size).toBeGreaterThanOrEqual(5);
    expect([...checked].some((url) => /\/_astro\/.+\.js$/.test(url))).toBe(true);
    expect([...checked].some((url) => /\/data\/.+\.json$/.test(url))).toBe(true);
  });

  test('a page linked without its trailing slash is redirected to it (301) and served', async ({ request, baseURL }) => {
    await requireNginx(request);
    const base = new URL(baseURL!);
    const pages = distPages();
    expect(pages.map((p) => p.path)).toContain('');
    for (const { path } of pages) {
      const slashed = new URL(path, base);
      const bare = new URL(slashed.pathname.replace(/\/$/, ''), base.origin);
      const redirect = await request.get(bare.href, { maxRedirects: 0 });
      expect(redirect.status(), `${bare.pathname} redirects`).toBe(301);
      expect(new URL(redirect.headers()['location'], bare).href, `${bare.pathname} redirects to the slashed URL`).toBe(slashed.href);
      const followed = await request.get(bare.href);
      expect(followed.status()).toBe(200);
      expect(followed.url()).toBe(slashed.href);
      expect(await followed.text()).toContain('<link rel="canonical"');
    }
  });

  test('an unknown address under the base path is a 404 with the 404 page, at any depth', async ({ page, request, baseURL }) => {
    const notFound = readFileSync(new URL('404.html', DIST), 'utf8');
    expect(notFound).toContain('<meta name="robots" content="noindex"');
    for (const path of ['no-such-page/', 'no/such/page/at/depth/', 'no-such-file.json', 'data/no-such-scene.json', '_astro/no-such-chunk.js']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(await response.text(), `${path} shows the 404 page`).toContain('Page not found');
    }

    const response = await page.goto('no/such/page/at/depth/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    // The site's stylesheet loaded from this depth (absolute URLs under the base path).
    await expect(page.locator('body')).toHaveCSS('margin', '0px');
    await page.getByRole('link', { name: /Read the story/ }).click();
    await expect(page).toHaveURL(baseURL!);
    await expect(page.locator('section.step').first()).toBeVisible();
  });

  test('robots.txt and sitemap.xml are served, well-formed, absolute and complete', async ({ page, request, baseURL }) => {
    const { root, served } = await siteRoot(request, baseURL!);

    const robots = await request.get('robots.txt');
    expect(robots.status()).toBe(200);
    expect(robots.headers()['content-type']).toMatch(/^text\/plain/);
    const lines = (await robots.text()).split('\n').map((l) => l.trim());
    expect(lines).toContain('User-agent: *');
    expect(lines.filter((l) => /^sitemap:/i.test(l))).toEqual([`Sitemap: ${root}sitemap.xml`]);

    const locs = await sitemapLocs(request, page);
    expect(locs.length).toBeGreaterThan(0);
    expect(new Set(locs).size, 'each URL once').toBe(locs.length);
    expect(locs).toContain(root);
    for (const loc of locs) {
      expect(loc, 'absolute under SITE_URL + BASE_PATH').toMatch(/^https?:\/\//);
      expect(loc.startsWith(root), `${loc} is under ${root}`).toBe(true);
      const response = await request.get(served(loc), { maxRedirects: 0 });
      expect(response.status(), loc).toBe(200);
      const html = await response.text();
      expect(html, `${loc} is not noindex`).not.toMatch(/<meta name="robots" content="[^"]*noindex/);
      expect(html, `${loc} names itself canonical`).toContain(`<link rel="canonical" href="${loc}"`);
    }
    // Every indexable page of the build is listed (a new page must be added to src/pages/sitemap.xml.ts).
    const indexable = distPages().filter((p) => !p.noindex).map((p) => new URL(p.path, root).href);
    expect([...locs].sort()).toEqual(indexable.sort());
  });

  test('hashed assets are gzipped and cached for a year; pages and data are gzipped and revalidated', async ({ request }) => {
    await requireNginx(request);
    const gzip = { 'accept-encoding': 'gzip' };
    const assets = distFiles().filter((f) => /^_astro\/.+\.(js|css)$/.test(f));
    expect(assets.length).toBeGreaterThan(0);
    for (const file of assets) {
      const response = await request.get(file, { headers: gzip });
      expect(response.status(), file).toBe(200);
      expect(response.headers()['cache-control'], file).toBe('public, max-age=31536000, immutable');
      if (statSync(new URL(file, DIST)).size >= 256) expect(response.headers()['content-encoding'], file).toBe('gzip');
    }
    // Everything that keeps its name: pages, data, map images, the host script, the crawler files.
    const revalidated = ['', ...distFiles().filter((f) => !f.startsWith('_astro/') && !f.endsWith('.html'))];
    expect(revalidated).toEqual(expect.arrayContaining(['robots.txt', 'sitemap.xml']));
    expect(revalidated.some((f) => /^data\/.+\.json$/.test(f))).toBe(true);
    for (const path of revalidated) {
      const response = await request.get(path, { headers: gzip });
      expect(response.status(), path || 'the story').toBe(200);
      expect(response.headers()['cache-control'], path || 'the story').toBe('no-cache');
      // Text is compressed; images such as PNG already are.
      if (!/\.(png|jpe?g|webp|avif|gif)$/.test(path) && statSync(new URL(path || 'index.html', DIST)).size >= 256) {
        expect(response.headers()['content-encoding'], path || 'the story').toBe('gzip');
        expect(response.headers()['vary'] ?? '', path || 'the story').toMatch(/accept-encoding/i);
      }
    }
    const story = await request.get('', { headers: gzip });
    expect(story.headers()['content-type']).toBe('text/html; charset=utf-8');
  });

  test('every kind of file the build holds is served with the type deploy/nginx.conf gives it', async ({ request }) => {
    await requireNginx(request);
    const types = nginxTypes(readFileSync(DEPLOY_CONFIG, 'utf8'));
    const byExtension = new Map<string, string>();
    for (const file of distFiles()) {
      const extension = /\.([^./]+)$/.exec(file)?.[1].toLowerCase() ?? '';
      if (!byExtension.has(extension)) byExtension.set(extension, file);
    }
    expect([...byExtension.keys()]).toEqual(expect.arrayContaining(['html', 'js', 'json', 'csv', 'geojson', 'svg', 'png']));
    for (const [extension, file] of byExtension) {
      const type = types.get(extension);
      expect(type, `deploy/nginx.conf types .${extension} (${file})`).toBeTruthy();
      const response = await request.get(file, { maxRedirects: 0 });
      expect(response.status(), file).toBe(200);
      expect((response.headers()['content-type'] ?? '').split(';')[0], file).toBe(type);
    }
  });

  test('the build holds no source maps unless SOURCEMAP=true', () => {
    test.skip(process.env.SOURCEMAP === 'true', 'built with SOURCEMAP=true');
    const files = distFiles();
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const linking = files.filter((f) => /\.(js|mjs|css)$/.test(f) && /sourceMappingURL=/.test(readFileSync(new URL(f, DIST), 'utf8')));
    expect(linking).toEqual([]);
  });
});
