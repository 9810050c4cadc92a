/**
 * Each built page's Content-Security-Policy, cut to the hashes of its own inline scripts and styles. Astro writes
 * into every page the hashes of every inline script and style of the whole build (8 of the story's 13 belong to
 * other pages or to island directives it does not use): about 400 bytes gzip that no browser needs, on every load.
 * Its policy then allows no script or style but its own.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/g;
/** Inline scripts and styles, with their attributes (a script with `src` is no inline one). */
const INLINE = /<(script|style)((?:\s[^>]*)?)>([\s\S]*?)<\/\1>/g;
/** A hash source, with its algorithm. */
const HASH = /'(sha256|sha384|sha512)-[A-Za-z0-9+/]+=*'/g;
const DIRECTIVE = { script: 'script-src', style: 'style-src' } as const;

/**
 * `html` with its policy's script and style hashes cut to those of its inline elements. Throws, naming `file`, if
 * the page has more than one policy or an inline element whose hash the policy lacks (the browser would block it).
 */
export function pageCsp(html: string, file: string): string {
  const metas = [...html.matchAll(META)];
  if (metas.length === 0) return html;
  if (metas.length > 1) throw new Error(`${file}: ${metas.length} content-security-policy meta tags, where a page has one`);
  const policy = metas[0][1];
  /** Each directive's hash sources, as written. */
  const hashes = new Map(
    policy.split(';').map((directive) => [directive.trim().split(/\s+/)[0], [...directive.matchAll(HASH)]] as const),
  );
  const used = new Set<string>();
  for (const [element, tag, attributes, body] of html.matchAll(INLINE)) {
    if (tag === 'script' && /\ssrc=/.test(attributes)) continue;
    const name = DIRECTIVE[tag as keyof typeof DIRECTIVE];
    const own = hashes.get(name)?.find(([source, algorithm]) => source === `'${algorithm}-${createHash(algorithm).update(body).digest('base64')}'`);
    if (!own) throw new Error(`${file}: the inline ${tag} "${element.slice(0, 60)}…" has no hash in the page's ${name}`);
    used.add(own[0]);
  }
  const pruned = policy.replace(/ ?('(?:sha256|sha384|sha512)-[A-Za-z0-9+/]+=*')/g, (source, hash: string) => (used.has(hash) ? source : ''));
  // A function, so that nothing in the policy is read as a replacement pattern (`$'`).
  return html.replace(metas[0][0], () => `<meta http-equiv="content-security-policy" content="${pruned}">`);
}
