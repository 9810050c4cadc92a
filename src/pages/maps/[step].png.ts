/** Each step's map as PNG, for downloading. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { stepMapPng } from '../../data/map-images';
import { stepPaths } from '../../data/story';

export const getStaticPaths = stepPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await stepMapPng(params.step as string, 'download'), { headers: { 'Content-Type': 'image/png' } });
