/**
 * Each scene's map data for the islands: where its base map is, the geodata its steps show (their lines as text:
 * src/lib/geo/layer-file.ts), and their map states.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory, scenePaths } from '../../data/story';
import { BORDER_LAYER } from '../../lib/geo/border-layer';
import { layerFeatureFile } from '../../lib/geo/layer-file';
import type { SceneJson } from '../../lib/state/scene-data';

export const getStaticPaths = scenePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const scene = params.scene as string;
  const data = (await loadStory()).sceneData.get(scene);
  if (!data) throw new Error(`no scene "${scene}"`);
  // The hatched areas are in the base map, which the scenes drawn on it share.
  const layers = Object.fromEntries(Object.entries(data.layers).filter(([id]) => id !== BORDER_LAYER).map(([id, features]) => [id, features.map(layerFeatureFile)]));
  const json: SceneJson = { scene, topology: data.topologyFile, layers, states: data.states, fits: Object.fromEntries(data.drawable.fits) };
  return new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json' } });
};
