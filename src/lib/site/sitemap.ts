/**
 * The crawler files at the site's root: `sitemap.xml` (every page a reader should find, as absolute URLs) and
 * `robots.txt` (pointing at it). Pure functions: the endpoints in src/pages pass the site, the base path and
 * the pages they know of.
 */
import { escapeXml } from '../render/escape-xml';
import { sitePath } from './site-path';

/** A page of the site for the sitemap. */
export interface SitemapPage {
  /** The page's path inside the site, as its route builds it: '' for the home page, 'embeds/' for a folder. */
  path: string;
  /** When the page last changed: a W3C date (YYYY-MM-DD, YYYY-MM or YYYY) or date-time. */
  lastmod?: string;
}

/** A page's absolute URL: the site's origin, the base path, then the page path, ending in a slash. */
export function pageUrl(site: string | URL, base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) throw new Error(`sitemap: "${path}" is a URL, not a path inside the site`);
  if (/[?#]/.test(path)) throw new Error(`sitemap: "${path}" has a query or fragment; list the page's path only`);
  const inside = path.replace(/^\/+/, '');
  // Pages are folders (build.format 'directory', trailingSlash 'always'); files such as robots.txt keep their name.
  const withSlash = inside === '' || inside.endsWith('/') || /\.[a-z0-9]+$/i.test(inside) ? inside : `${inside}/`;
  return new URL(sitePath(base, withSlash), site).href;
}

/** W3C Datetime, as the sitemap protocol takes it: YYYY, YYYY-MM, YYYY-MM-DD or a full date-time. */
const LASTMOD = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/**
 * The sitemap (sitemaps.org 0.9) of the pages, in the order given, each listed once. Throws on a `lastmod`
 * that is not a W3C date, so a mistake stops the build instead of publishing a sitemap crawlers reject.
 */
export function sitemapXml(site: string | URL, base: string, pages: SitemapPage[]): string {
  const seen = new Set<string>();
  const entries: string[] = [];
  for (const page of pages) {
    const loc = pageUrl(site, base, page.path);
    if (seen.has(loc)) continue;
    seen.add(loc);
    if (page.lastmod !== undefined && !LASTMOD.test(page.lastmod)) {
      throw new Error(`sitemap: lastmod "${page.lastmod}" of "${page.path}" is not a date such as 2025-04-29`);
    }
    const lastmod = page.lastmod ? `<lastmod>${page.lastmod}</lastmod>` : '';
    entries.push(`  <url><loc>${escapeXml(loc)}</loc>${lastmod}</url>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt allowing every crawler everywhere and naming the sitemap by its absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
