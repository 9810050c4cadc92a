/** Where the live map's data is published, below the data folder's URL (`dataUrl`, ending in a slash). */

/** A scene's data: `<dataUrl><scene>.json`. */
export const sceneJsonUrl = (dataUrl: string, scene: string): string => `${dataUrl}${scene}.json`;

/** A base map, named by a scene's `topology` (`base/countries-<hash>.json`): `<dataUrl><file>`. */
export const topologyUrl = (dataUrl: string, file: string): string => `${dataUrl}${file}`;
