/**
 * Loads the live map's code (a chunk of its own, fetched only now) and starts it on `canvas`. Failing to load
 * the code, like failing to load map data later, is reported once to `options.onFail` and logged; the page keeps
 * its server-drawn map.
 */
import type { LiveMap, LiveMapOptions } from './live-map';

export async function startLiveMap(canvas: HTMLElement, options: LiveMapOptions): Promise<LiveMap | null> {
  const onFail = (error: unknown) => {
    console.warn('Interactive map unavailable:', error);
    options.onFail(error);
  };
  try {
    const { LiveMap } = await import('./live-map');
    return new LiveMap(canvas, { ...options, onFail });
  } catch (error) {
    onFail(error);
    return null;
  }
}
