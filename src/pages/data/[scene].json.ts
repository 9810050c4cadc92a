/** Each scene's map data for the island: the countries and geodata its steps can show, and their map states. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory } from '../../data/story';

export const getStaticPaths = (async () => {
  const { scenes } = await loadStory();
  return [...scenes.keys()].map((scene) => ({ params: { scene } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = (await loadStory()).sceneData.get(params.scene as string);
  if (!data) throw new Error(`no scene "${params.scene}"`);
  const { topology, layers, states } = data;
  return new Response(JSON.stringify({ scene: params.scene, topology, layers, states }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
