/**
 * Each scene's map data for the islands: where its base map is, the geodata its steps show (their lines as
 * text), their map states and fits: sceneJson in src/lib/state/scene-data.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory, scenePaths } from '../../data/story';
import { sceneJson } from '../../lib/state/scene-data';

export const getStaticPaths = scenePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const scene = params.scene as string;
  const data = (await loadStory()).sceneData.get(scene);
  if (!data) throw new Error(`no scene "${scene}"`);
  return new Response(JSON.stringify(sceneJson(scene, data.topologyFile, data.drawable)), { headers: { 'Content-Type': 'application/json' } });
};
