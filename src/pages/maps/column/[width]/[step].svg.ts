/** Each step's map for the story's text column without JavaScript, one per width the column has (StepMapImage). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { stepColumnSvg } from '../../../../data/map-images';
import { stepPaths } from '../../../../data/story';
import { COLUMN_IMAGE_WIDTHS } from '../../../../lib/render/column-images';

export const getStaticPaths = (async () =>
  (await stepPaths()).flatMap(({ params }) => COLUMN_IMAGE_WIDTHS.map((width) => ({ params: { ...params, width: String(width) } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await stepColumnSvg(params.step as string, Number(params.width)), { headers: { 'Content-Type': 'image/svg+xml' } });
