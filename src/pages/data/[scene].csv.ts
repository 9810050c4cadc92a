/** Each scene's data as CSV ("Get the data"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sceneCsv } from '../../data/scene-downloads';
import { scenePaths } from '../../data/story';

export const getStaticPaths = scenePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await sceneCsv(params.scene as string), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
