import { describe, expect, it } from 'vitest';
import { pageUrl, robotsTxt, sitemapXml } from '../../src/lib/site/sitemap';

const SITE = 'https://news.example.org';
const BASE = '/graphics/2021/china-russia/';

describe('pageUrl', () => {
  it('pageUrl(site, sub-path base, "") is the story URL, ending in a slash', () => {
    expect(pageUrl(SITE, BASE, '')).toBe('https://news.example.org/graphics/2021/china-russia/');
  });

  it('pageUrl(site, base, page) adds the trailing slash pages are served with', () => {
    expect(pageUrl(SITE, BASE, 'embeds')).toBe('https://news.example.org/graphics/2021/china-russia/embeds/');
    expect(pageUrl(SITE, BASE, '/embed/world/')).toBe('https://news.example.org/graphics/2021/china-russia/embed/world/');
  });

  it('pageUrl(site, base, file) keeps a file name as it is', () => {
    expect(pageUrl(SITE, BASE, 'sitemap.xml')).toBe('https://news.example.org/graphics/2021/china-russia/sitemap.xml');
  });

  it('pageUrl(site, root base, path) is under the origin', () => {
    expect(pageUrl(`${SITE}/`, '/', '')).toBe('https://news.example.org/');
    expect(pageUrl(new URL(SITE), '/', 'embeds/')).toBe('https://news.example.org/embeds/');
  });

  it('pageUrl(site, base, URL, query or fragment) throws: pages are listed by their path', () => {
    expect(() => pageUrl(SITE, BASE, 'https://other.example.org/')).toThrow(/is a URL/);
    expect(() => pageUrl(SITE, BASE, '//other.example.org/')).toThrow(/is a URL/);
    expect(() => pageUrl(SITE, BASE, 'embeds/?x=1')).toThrow(/query or fragment/);
    expect(() => pageUrl(SITE, BASE, '#step')).toThrow(/query or fragment/);
  });
});

describe('sitemapXml', () => {
  it('sitemapXml(site, base, pages) lists each page once, absolute, in order, with its lastmod', () => {
    const xml = sitemapXml(SITE, BASE, [{ path: '', lastmod: '2025-04-29' }, { path: 'embeds/' }, { path: '/' }]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://news.example.org/graphics/2021/china-russia/</loc><lastmod>2025-04-29</lastmod></url>',
        '  <url><loc>https://news.example.org/graphics/2021/china-russia/embeds/</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it('sitemapXml(site, base, []) is an empty urlset', () => {
    expect(sitemapXml(SITE, '/', [])).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>');
  });

  it('sitemapXml escapes XML specials in URLs', () => {
    expect(sitemapXml(SITE, '/', [{ path: "q&a/it's/" }])).toContain("<loc>https://news.example.org/q&amp;a/it&#39;s/</loc>");
  });

  it('sitemapXml accepts the W3C dates the content uses (YYYY, YYYY-MM, YYYY-MM-DD, date-time)', () => {
    for (const lastmod of ['2021', '2021-03', '2025-04-29', '2025-04-29T10:00:00Z', '2025-04-29T10:00+02:00']) {
      expect(sitemapXml(SITE, '/', [{ path: '', lastmod }])).toContain(`<lastmod>${lastmod}</lastmod>`);
    }
  });

  it('sitemapXml(lastmod that is not a date) throws, naming the page', () => {
    expect(() => sitemapXml(SITE, '/', [{ path: 'embeds/', lastmod: '29 April 2025' }])).toThrow(/lastmod "29 April 2025" of "embeds\/"/);
  });
});

describe('robotsTxt', () => {
  it('robotsTxt(sitemap URL) allows every crawler and names the sitemap', () => {
    expect(robotsTxt('https://news.example.org/graphics/2021/china-russia/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/graphics/2021/china-russia/sitemap.xml\n',
    );
  });
});
