/** Each scene's map data for the island: the countries its steps can show and their resolved map states. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { countriesInScene } from '../../lib/scene-geometry';
import { loadStory } from '../../data/story';

export const getStaticPaths = (async () => {
  const { scenes } = await loadStory();
  return [...scenes.keys()].map((scene) => ({ params: { scene } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { steps, countries, topology } = await loadStory();
  const states = steps.filter((s) => s.state.scene === params.scene).map((s) => s.state);
  const keep = countriesInScene(states, countries);
  const geometries = topology.objects.countries.geometries.filter((g) => typeof g.id === 'string' && keep.has(g.id));
  const pruned = { ...topology, objects: { countries: { ...topology.objects.countries, geometries } } };
  return new Response(JSON.stringify({ scene: params.scene, topology: pruned, states }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
