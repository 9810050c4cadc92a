/** Social cards (Open Graph, X): each step's map at 1200×630 under the story's headline, with its credits. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { stepMapPng } from '../../data/map-images';
import { stepPaths } from '../../data/story';

export const getStaticPaths = stepPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await stepMapPng(params.step as string, 'social'), { headers: { 'Content-Type': 'image/png' } });
