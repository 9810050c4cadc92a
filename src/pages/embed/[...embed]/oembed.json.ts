/** Each embed page's oEmbed response (lib/embed/oembed.ts), beside the page: `embed/<scene>/oembed.json`, `embed/<scene>/<step>/oembed.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEmbeds, type Embed } from '../../../data/embeds';

export const getStaticPaths = (async () => {
  const { scenes } = await loadEmbeds();
  return scenes
    .flatMap((s) => [s.stepper, ...s.steps])
    // An embed's path is "embed/<scene>/" or "embed/<scene>/<step>/"; the route's part is what follows "embed/".
    .map((embed) => ({ params: { embed: embed.path.replace(/^embed\//, '').replace(/\/$/, '') }, props: { embed } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ embed: Embed }> = ({ props }) =>
  new Response(JSON.stringify(props.embed.oembed), { headers: { 'Content-Type': 'application/json' } });
