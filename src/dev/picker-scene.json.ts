/** A scene's data for the map-state picker, in `astro dev` only (src/dev/picker-route.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { scenePaths } from '../data/story';
import { pickerSceneJson } from './picker-data';

export const getStaticPaths = scenePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await pickerSceneJson(params.scene as string)), { headers: { 'Content-Type': 'application/json' } });
