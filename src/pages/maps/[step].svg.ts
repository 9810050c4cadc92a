/** Each step's map as a standalone SVG: "download this map", and the image readers without JavaScript and printers see. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { stepMapSvg } from '../../data/map-images';
import { stepPaths } from '../../data/story';

export const getStaticPaths = stepPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await stepMapSvg(params.step as string, 'download'), { headers: { 'Content-Type': 'image/svg+xml' } });
