import { describe, expect, it } from 'vitest';
import { earlyFetches } from '../../src/lib/state/early-fetches';

/** A fetch that records what it is asked for and answers each with a fresh response naming the URL and the call. */
function recordingFetch() {
  const asked: string[] = [];
  const fetcher = ((input: RequestInfo | URL) => {
    asked.push(String(input));
    return Promise.resolve(new Response(`${String(input)} #${asked.length}`));
  }) as typeof fetch;
  return { asked, fetcher };
}

describe('earlyFetches', () => {
  it('starts fetching every URL at once, before anything asks', () => {
    const { asked, fetcher } = recordingFetch();
    earlyFetches(['/data/world.json', '/data/base/countries-1.json'], fetcher);
    expect(asked).toEqual(['/data/world.json', '/data/base/countries-1.json']);
  });

  it('hands the early response to the first request for it, and fetches again for the next', async () => {
    const { asked, fetcher } = recordingFetch();
    const early = earlyFetches(['/data/world.json'], fetcher);
    expect(await (await early('/data/world.json')).text()).toBe('/data/world.json #1');
    expect(await (await early('/data/world.json')).text()).toBe('/data/world.json #2');
    expect(asked).toEqual(['/data/world.json', '/data/world.json']);
  });

  it('fetches other URLs, and requests with options of their own, as the fetcher does', async () => {
    const { asked, fetcher } = recordingFetch();
    const early = earlyFetches(['/data/world.json'], fetcher);
    expect(await (await early('/data/sanctions.json')).text()).toBe('/data/sanctions.json #2');
    expect(await (await early('/data/world.json', { cache: 'no-store' })).text()).toBe('/data/world.json #3');
    expect(asked).toHaveLength(3);
  });

  it('gives a failed early fetch to the request that asks for it, and is quiet about one nothing asks for', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const failing = ((input: RequestInfo | URL) => Promise.reject(new TypeError(`offline: ${String(input)}`))) as typeof fetch;
      const early = earlyFetches(['/data/world.json', '/data/base/countries-1.json'], failing);
      await expect(early('/data/world.json')).rejects.toThrow('offline: /data/world.json');
      // Unhandled rejections are reported after the microtasks of the turn that made them.
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
