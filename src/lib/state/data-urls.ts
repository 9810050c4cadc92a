/** Where the live map's data is published, below the data folder's URL (`dataUrl`, ending in a slash). */

/** A scene's data: `<dataUrl><scene>.json`. */
export const sceneJsonUrl = (dataUrl: string, scene: string): string => `${dataUrl}${scene}.json`;

/** A base map, named by a scene's `topology` (`base/countries-<hash>.json`): `<dataUrl><file>`. */
export const topologyUrl = (dataUrl: string, file: string): string => `${dataUrl}${file}`;

/**
 * What the live map fetches to draw a scene's first step: the scene's data and, where the page knows it (`baseMaps`,
 * each scene's base map file), its base map beside it rather than once the scene's data names it.
 */
export function sceneFirstUrls(dataUrl: string, scene: string, baseMaps: Readonly<Record<string, string>> = {}): string[] {
  const baseMap = Object.hasOwn(baseMaps, scene) ? baseMaps[scene] : undefined;
  return [sceneJsonUrl(dataUrl, scene), ...(baseMap ? [topologyUrl(dataUrl, baseMap)] : [])];
}
