/**
 * Turns the site's stylesheet into one that image renderers understand: librsvg (which renders the PNG maps)
 * resolves neither CSS custom properties nor calc(), so standalone map images get their light palette written in
 * and their strokes' widths worked out.
 */

/** Removes every `@media … { … }` block (nested braces included). */
export function dropMediaBlocks(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('@media', i);
    if (at === -1) return out + css.slice(i);
    out += css.slice(i, at);
    const open = css.indexOf('{', at);
    if (open === -1) return out;
    let depth = 1;
    let j = open + 1;
    for (; j < css.length && depth > 0; j++) {
      if (css[j] === '{') depth += 1;
      else if (css[j] === '}') depth -= 1;
    }
    i = j;
  }
  return out;
}

/**
 * Writes the values of the custom properties declared in top-level `:root { … }` blocks into every `var()`
 * that uses them (fallbacks apply to unknown names), drops those blocks, `:root[…]` ones and every `@media` block, and
 * returns the result. An unknown property without a fallback is an error: the image would lose a colour.
 */
export function inlineCssVariables(css: string): string {
  const flat = dropMediaBlocks(css).replace(/\/\*[\s\S]*?\*\//g, '');
  const values = new Map<string, string>();
  // `:root[…]` blocks (an embed's forced theme) are dropped unread: the images keep the plain light set.
  const withoutRoot = flat.replace(/:root(\[[^\]]*\])?\s*\{([^}]*)\}/g, (_, attribute: string | undefined, body: string) => {
    if (attribute) return '';
    for (const declaration of body.split(';')) {
      const m = /^\s*(--[\w-]+)\s*:\s*([\s\S]+?)\s*$/.exec(declaration);
      if (m) values.set(m[1], m[2]);
    }
    return '';
  });
  const resolve = (text: string, depth = 0): string => {
    if (depth > 10) throw new Error('custom properties refer to each other in a loop');
    return text.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) => {
      const value = values.get(name) ?? fallback;
      if (value === undefined) throw new Error(`CSS custom property ${name} is used but not declared in :root`);
      return resolve(value.trim(), depth + 1);
    });
  };
  return foldCalc(resolve(withoutRoot))
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

/**
 * Works out each `calc(<length>px / <number>)` (a live map's stroke divided by its zoom, which is 1 in an image);
 * any other calc() is an error: librsvg would draw that stroke at its default width.
 */
export function foldCalc(css: string): string {
  const folded = css.replace(/calc\(\s*(-?[\d.]+)px\s*\/\s*(-?[\d.]+)\s*\)/g, (whole, length: string, divisor: string) => {
    const value = Number(length) / Number(divisor);
    if (!Number.isFinite(value)) throw new Error(`${whole} has no value`);
    return `${value}px`;
  });
  const left = /calc\([^)]*\)/.exec(folded);
  if (left) throw new Error(`${left[0]}: map images only work out calc(<number>px / <number>)`);
  return folded;
}
