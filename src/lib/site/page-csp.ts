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
const HASH = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/]+=*'$/;
const DIRECTIVE = { script: 'script-src', style: 'style-src' } as const;

/**
 * `html` with its policy's script and style hashes cut to those of its inline elements. Throws, naming `file`, if
 * the page has more than one policy or an inline element whose hash the policy lacks (the browser would block it).
 */
export function pageCsp(html: string, file: string): string {
  const metas = [...html.matchAll(META)];
  if (metas.length === 0) return html;
  if (metas.length > 1) throw new Error(`${file}: ${metas.length} content-security-policy meta tags, where a page has one`);
  const directives = metas[0][1].split(';');
  const sources = (name: string) => directives.find((d) => d.trim().split(/\s+/)[0] === name)?.trim().split(/\s+/).slice(1) ?? [];
  const used = new Set<string>();
  for (const [element, tag, attributes, body] of html.matchAll(INLINE)) {
    if (tag === 'script' && /\ssrc=/.test(attributes)) continue;
    const name = DIRECTIVE[tag as keyof typeof DIRECTIVE];
    const allowed = sources(name).filter((s) => HASH.test(s));
    const own = allowed.find((s) => {
      const algorithm = HASH.exec(s)![1];
      return s === `'${algorithm}-${createHash(algorithm).update(body).digest('base64')}'`;
    });
    if (!own) throw new Error(`${file}: the inline ${tag} "${element.slice(0, 60)}…" has no hash in the page's ${name}`);
    used.add(own);
  }
  const pruned = directives.map((directive) => {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (name !== DIRECTIVE.script && name !== DIRECTIVE.style) return directive;
    return `${directive.startsWith(' ') ? ' ' : ''}${[name, ...values.filter((v) => !HASH.test(v) || used.has(v))].join(' ')}`;
  });
  // A function, so that nothing in the policy is read as a replacement pattern (`$'`).
  return html.replace(metas[0][0], () => `<meta http-equiv="content-security-policy" content="${pruned.join(';')}">`);
}
