/**
 * Fetches started before the code that reads them has loaded: the live map's data for the step a reader lands on
 * is fetched while the live map's own code loads, rather than after (one round trip sooner on a deep link).
 */

/**
 * Starts fetching `urls` now and returns a fetch that hands each one's response to the first plain request for
 * it (a response body is read once), and fetches anything else as `fetcher` does.
 */
export function earlyFetches(urls: readonly string[], fetcher: typeof fetch = fetch): typeof fetch {
  const started = new Map(urls.map((url) => [url, fetcher(url)]));
  // A failed early fetch that nothing asks for must not surface as an unhandled rejection; the one that asks
  // for it sees the failure.
  for (const response of started.values()) response.catch(() => undefined);
  return (input, init) => {
    const early = init === undefined && typeof input === 'string' ? started.get(input) : undefined;
    if (!early) return fetcher(input, init);
    started.delete(input as string);
    return early;
  };
}
