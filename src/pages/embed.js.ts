/**
 * The host script at a stable address (`<base>/embed.js`, which embed code names), bundled from
 * src/browser/embed-host.ts into one small dependency-free classic script.
 */
import type { APIRoute } from 'astro';
import { build, type Rolldown } from 'vite';

const ENTRY = 'src/browser/embed-host.ts';

export const GET: APIRoute = async () => {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: { entry: ENTRY, formats: ['iife'], name: 'chinaRussiaEmbeds', fileName: 'embed' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`bundling ${ENTRY} produced no script`);
  return new Response(chunk.code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
