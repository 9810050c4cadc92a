/**
 * What a built page makes a browser download on first load, and how much that weighs gzip-compressed: the HTML,
 * the stylesheets, scripts, module preloads, icons and images it references, the `<astro-island>` component and
 * renderer URLs, every file those scripts import statically (dynamic `import()` loads later and is not counted),
 * and what the stylesheets import or point at with `url()`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type AssetKind = 'html' | 'js' | 'css' | 'data' | 'images' | 'fonts' | 'other';

export interface Asset {
  /** URL path on the site, with the base path. */
  path: string;
  /** What the file counts as in the budgets. */
  kind: AssetKind;
  /** Size on disk, in bytes. */
  raw: number;
  /** Size gzip-compressed (zlib's default level, as the benchmark's server sends it), in bytes. */
  gzip: number;
}

/** The page's references to other origins, which the site must not have. */
export interface PageWeight {
  /** Every file loaded on first load, the page's HTML first. */
  assets: Asset[];
  /** Absolute URLs on other hosts among those references. */
  otherHosts: string[];
}

const KINDS: Record<string, AssetKind> = {
  '.html': 'html',
  '.js': 'js',
  '.mjs': 'js',
  '.css': 'css',
  '.json': 'data',
  '.geojson': 'data',
  '.svg': 'images',
  '.png': 'images',
  '.jpg': 'images',
  '.jpeg': 'images',
  '.gif': 'images',
  '.webp': 'images',
  '.avif': 'images',
  '.ico': 'images',
  '.woff': 'fonts',
  '.woff2': 'fonts',
  '.ttf': 'fonts',
  '.otf': 'fonts',
};

const LINK_RELS = new Set(['stylesheet', 'modulepreload', 'preload', 'icon']);
const ISLAND_URLS = ['component-url', 'renderer-url', 'before-hydration-url'];

/** The attributes of one start tag, entities in values decoded (`&amp;` and `&quot;` are what Astro writes). */
export function tagAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const body = tag.replace(/^<[\w-]+/, '').replace(/\/?>$/, '');
  for (const [, name, doubled, single, bare] of body.matchAll(
    /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
  )) {
    const value = doubled ?? single ?? bare ?? '';
    attributes[name.toLowerCase()] = value
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  }
  return attributes;
}

const TAG_BODY = String.raw`(?:[^>"']|"[^"]*"|'[^']*')*`;
/** Comments, whole script elements (so nothing inside them counts as a tag), and the tags that load things. */
const HTML_TOKENS = new RegExp(
  String.raw`<!--[\s\S]*?-->|<noscript\b[\s\S]*?<\/noscript\s*>|<script\b(${TAG_BODY})>([\s\S]*?)<\/script\s*>|<(link|astro-island|img)\b${TAG_BODY}>`,
  'gi',
);

/** The URLs an HTML document loads on first load, in document order; inline module scripts' imports included. */
export function htmlReferences(html: string): string[] {
  const urls: string[] = [];
  for (const [token, scriptAttributes, scriptBody, tagName] of html.matchAll(HTML_TOKENS)) {
    // Comments, and what only a browser without JavaScript loads (the story's noscript map images).
    if (token.startsWith('<!--') || /^<noscript/i.test(token)) continue;
    if (scriptAttributes !== undefined) {
      const attributes = tagAttributes(`<script${scriptAttributes}>`);
      if (attributes.src) urls.push(attributes.src);
      else if (attributes.type === 'module') urls.push(...jsImports(scriptBody));
      continue;
    }
    const attributes = tagAttributes(token);
    const name = tagName.toLowerCase();
    if (name === 'link') {
      const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
      if (attributes.href && rels.some((rel) => LINK_RELS.has(rel))) urls.push(attributes.href);
    } else if (name === 'astro-island') {
      urls.push(...ISLAND_URLS.map((a) => attributes[a]).filter((url): url is string => Boolean(url)));
    } else if (attributes.src) {
      urls.push(attributes.src);
    }
  }
  // A data: URL is in the page already and costs no request (the icon, the print-only pictures' placeholders).
  return urls.filter((url) => !url.startsWith('data:'));
}

/**
 * The specifiers of a module's static imports and re-exports (`import x from "…"`, `import "…"`, `export * from
 * "…"`), minified or not; `import(…)` and `import.meta` are not matched.
 */
export function jsImports(code: string): string[] {
  const found = code.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'`])([^"'`\n]+)\1/g);
  return [...found].map((m) => m[2]).filter((specifier) => /^(\.{1,2}\/|\/)/.test(specifier));
}

/** The URLs a stylesheet loads: `@import`s and `url(…)`s, except `data:` URLs. */
export function cssReferences(css: string): string[] {
  const imports = [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)].map((m) => m[1]);
  const urls = [...css.matchAll(/url\(\s*["']?([^"')\s]+)["']?\s*\)/g)].map((m) => m[1]);
  return [...new Set([...imports, ...urls])].filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
}

export function gzipSize(content: Buffer | string): number {
  return gzipSync(content).length;
}

const ORIGIN = 'http://site.invalid';

/** The file in `dist` that a URL path under `base` names (a folder means its index.html), or null. */
function fileFor(dist: string, base: string, path: string): string | null {
  if (!path.startsWith(base)) return null;
  let file = join(dist, decodeURIComponent(path.slice(base.length)));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : null;
}

/**
 * Everything a page of the build in `dist`, served under `base`, loads on first load, with gzip sizes. Throws
 * when a reference names no file in the build (the browser would get a 404).
 */
export function pageWeight(dist: string, base: string, pagePath: string): PageWeight {
  const assets: Asset[] = [];
  const otherHosts: string[] = [];
  const seen = new Set<string>();
  const queue = [{ url: new URL(pagePath, ORIGIN), from: '(the page)' }];
  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    if (url.origin !== ORIGIN) {
      otherHosts.push(url.href);
      continue;
    }
    if (seen.has(url.pathname)) continue;
    seen.add(url.pathname);
    const file = fileFor(dist, base, url.pathname);
    if (!file) throw new Error(`${from} loads ${url.pathname}, which is not in the build`);
    const content = readFileSync(file);
    const kind = KINDS[extname(file).toLowerCase()] ?? 'other';
    assets.push({ path: url.pathname, kind, raw: content.length, gzip: gzipSize(content) });
    const text = kind === 'html' || kind === 'js' || kind === 'css' ? content.toString('utf8') : '';
    const references =
      kind === 'html'
        ? htmlReferences(text)
        : kind === 'js'
          ? jsImports(text)
          : kind === 'css'
            ? cssReferences(text)
            : [];
    queue.push(...references.map((ref) => ({ url: new URL(ref, url), from: url.pathname })));
  }
  return { assets, otherHosts };
}

/** Total gzip bytes of some assets. */
export function gzipTotal(assets: Asset[]): number {
  return assets.reduce((sum, asset) => sum + asset.gzip, 0);
}

/** One line per asset, largest first, for a failing budget's message. */
export function breakdown(assets: Asset[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = [...assets]
    .sort((a, b) => b.gzip - a.gzip)
    .map((a) => `  ${kb(a.gzip).padStart(9)} gzip  ${kb(a.raw).padStart(9)} raw  ${a.kind.padEnd(6)} ${a.path}`);
  return `${lines.join('\n')}\n  ${kb(gzipTotal(assets)).padStart(9)} gzip in all`;
}
