/** Each scene's points, lines and areas as GeoJSON ("Get the data"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sceneGeoJson } from '../../data/scene-downloads';
import { scenePaths } from '../../data/story';

export const getStaticPaths = scenePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await sceneGeoJson(params.scene as string)), { headers: { 'Content-Type': 'application/geo+json' } });
