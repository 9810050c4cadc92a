/**
 * Where a scene's base map is published: `base/countries-<hash>.json` in the data folder, named by its content.
 * Scenes whose views need the same countries at the same detail (the world maps) then share one file, which a
 * reader's browser fetches and decodes once however many of those scenes they read.
 */
import { baseMapFile, type BaseMap } from './base-map-file';

/** 32-bit FNV-1a of a string, as 8 hex digits: enough to tell a handful of base maps apart, stable across builds. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The file name a base map is published under, below the data folder: named by what the file holds. */
export function topologyFile(baseMap: BaseMap): string {
  return `base/countries-${fnv1a(JSON.stringify(baseMapFile(baseMap)))}.json`;
}
