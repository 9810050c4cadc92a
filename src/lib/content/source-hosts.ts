/**
 * Addresses a source may not have: a bare IP address (a copy, not the publisher's site) and Wikipedia or its
 * mirrors (an encyclopedia cites sources; we cite those).
 */

/** Hosts that copy Wikipedia's articles wholesale. */
const WIKIPEDIA_MIRRORS = ['wikiwand.com', 'wiki.studentb.eu', 'owiki.org', 'worddisk.com', 'wikisum.wiki', 'dbpedia.org', 'wikizero.com'];

const host = (url: string) => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
};

const within = (hostname: string, domain: string) => hostname === domain || hostname.endsWith(`.${domain}`);

/** True when the URL's host is an IPv4 or IPv6 address rather than a name. */
export function isBareIpHost(url: string): boolean {
  const name = host(url);
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || name.startsWith('[');
}

/** True for Wikipedia (any language) and the known mirrors of it. */
export function isWikipedia(url: string): boolean {
  const name = host(url);
  return within(name, 'wikipedia.org') || WIKIPEDIA_MIRRORS.some((mirror) => within(name, mirror));
}
