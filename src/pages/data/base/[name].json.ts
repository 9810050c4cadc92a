/**
 * The scenes' base maps (TopoJSON countries, their arcs as text, and the areas the scenes hatch:
 * src/lib/geo/base-map-file.ts), one file per distinct map, shared by the scenes that draw it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory, topologyPaths } from '../../../data/story';
import { baseMapFile } from '../../../lib/geo/base-map-file';

export const getStaticPaths = topologyPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = `base/${params.name as string}.json`;
  const baseMap = (await loadStory()).topologies.get(file);
  if (!baseMap) throw new Error(`no base map "${file}"`);
  return new Response(JSON.stringify(baseMapFile(baseMap)), { headers: { 'Content-Type': 'application/json' } });
};
