/**
 * sitemap.xml: every page a reader should find, as absolute URLs under SITE_URL + BASE_PATH. Not listed: the
 * 404 page and pages marked noindex (BaseLayout's `noindex`), such as embeds.
 *
 * Adding a page: add its path inside the site to `pages` below (a static page: its folder, e.g. 'about/'; a
 * dynamic route: the paths its getStaticPaths builds). The end-to-end test `deploy.spec.ts` fails when dist/
 * holds an indexable page this list misses.
 */
import type { APIRoute } from 'astro';
import { loadStory } from '../data/story';
import { sitemapXml, type SitemapPage } from '../lib/site/sitemap';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml needs `site` in astro.config.mjs (SITE_URL)');
  const { updated } = await loadStory();
  const pages: SitemapPage[] = [
    // The story (src/pages/index.astro), last changed on its last correction or update (content/corrections.yaml).
    { path: '', lastmod: updated },
    // The embed gallery (src/pages/embeds/index.astro). The embeds themselves (embed/<scene>/…) are noindex.
    { path: 'embeds/' },
  ];
  return new Response(sitemapXml(site, import.meta.env.BASE_URL, pages), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
