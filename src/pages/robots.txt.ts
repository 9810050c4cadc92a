/**
 * robots.txt, naming the sitemap by its absolute URL (SITE_URL + BASE_PATH + sitemap.xml). Crawlers read
 * robots.txt only at a host's root: under a sub-path, add this Sitemap line to the host's own robots.txt.
 */
import type { APIRoute } from 'astro';
import { pageUrl, robotsTxt } from '../lib/site/sitemap';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs `site` in astro.config.mjs (SITE_URL)');
  return new Response(robotsTxt(pageUrl(site, import.meta.env.BASE_URL, 'sitemap.xml')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
