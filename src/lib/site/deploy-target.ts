/**
 * Where the built site will live, from the environment: SITE_URL is the host's origin, BASE_PATH the sub-path
 * the site is served under. Both are normalised here so the rest of the build can join them without care, and
 * a value that cannot work stops the build with a message saying what to write instead.
 */

/** Characters a base path may hold: unreserved and sub-delims of RFC 3986, percent escapes and slashes. */
const PATH_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/;

/** `/`, or the path with one leading and one trailing slash: `graphics/x` → `/graphics/x/`. */
export function normaliseBasePath(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (!PATH_CHARS.test(value)) {
    throw new Error(`BASE_PATH "${value}" holds characters a URL path cannot: use letters, digits, "-", "_", "." and "/" (e.g. /graphics/2021/china-russia/)`);
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
    throw new Error(`BASE_PATH "${value}" is a URL: put the origin in SITE_URL and only the path in BASE_PATH (e.g. /graphics/2021/china-russia/)`);
  }
  const segments = value.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '.' || s === '..')) {
    throw new Error(`BASE_PATH "${value}" has a "." or ".." segment: write the path in full (e.g. /graphics/2021/china-russia/)`);
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** The origin of an http(s) URL, without a trailing slash: `https://news.example.org`. */
export function normaliseSiteUrl(raw: string | undefined, fallback = 'http://localhost:4321'): string {
  const value = (raw ?? '').trim() || fallback;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not a URL: write the origin with its scheme (e.g. https://news.example.org)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL "${value}" must start with https:// or http:// (e.g. https://news.example.org)`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL "${value}" must be the origin only (e.g. https://news.example.org): put the path in BASE_PATH`);
  }
  return url.origin;
}

/** True when a site URL is this machine (localhost, 127.x.x.x, ::1): an address that means nothing to a reader. */
export function isLocalSite(site: URL | string | undefined): boolean {
  if (site === undefined) return true;
  const host = new URL(site).hostname;
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]';
}
