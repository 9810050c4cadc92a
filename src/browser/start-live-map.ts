/**
 * Loads the live map's code (a chunk of its own, fetched only now) and starts it on `canvas`. Failing to load
 * the code, like failing to load map data later, is reported once to `options.onFail` and logged; the page keeps
 * its server-drawn map. The data of `first`, the step it will show first, is fetched while the code loads.
 */
import { sceneFirstUrls } from '../lib/state/data-urls';
import { earlyFetches } from '../lib/state/early-fetches';
import type { LiveMap, LiveMapOptions } from './live-map';

export async function startLiveMap(canvas: HTMLElement, options: LiveMapOptions, first: string): Promise<LiveMap | null> {
  const scene = options.steps.find((s) => s.anchor === first)?.scene;
  const urls = scene === undefined ? [] : sceneFirstUrls(options.dataUrl, scene, options.baseMaps);
  const fetcher = earlyFetches(urls, options.fetcher);
  const onFail = (error: unknown) => {
    console.warn('Interactive map unavailable:', error);
    options.onFail(error);
  };
  try {
    const { LiveMap } = await import('./live-map');
    return new LiveMap(canvas, { ...options, fetcher, onFail });
  } catch (error) {
    onFail(error);
    return null;
  }
}
