/**
 * The host script at a stable address (`<base>/embed.js`, which embed code names), bundled from
 * src/browser/embed-host.ts into one small dependency-free classic script.
 */
import type { APIRoute } from 'astro';
import { classicScript } from '../data/classic-script';

export const GET: APIRoute = async () => {
  const code = await classicScript('src/browser/embed-host.ts', 'chinaRussiaEmbeds');
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
