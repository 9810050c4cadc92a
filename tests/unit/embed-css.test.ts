/**
 * The embed stylesheet and EMBED_LAYOUTS describe the same map frames (CSP rules out setting them inline); the
 * palette's forced dark theme is its dark set.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBED_LAYOUTS } from '../../src/lib/embed/embed';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/embed.css'), 'utf8');
const palette = readFileSync(resolve(import.meta.dirname, '../../src/styles/palette.css'), 'utf8');

/** The custom properties declared in the first block of `css` opened by `opening`, in order. */
function declarations(css: string, opening: string): string[] {
  const body = css.split(opening)[1]?.split('}')[0] ?? '';
  return [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => `${m[1]}: ${m[2].trim()}`);
}

describe('EMBED_LAYOUTS', () => {
  it('EMBED_LAYOUTS frames are the aspect ratios embed.css gives the map, narrowest first', () => {
    const ratios = [...css.matchAll(/\.embed \.map-canvas \{ aspect-ratio: (\d+) \/ (\d+); \}/g)].map((m) => `${m[1]}/${m[2]}`);
    expect(ratios).toEqual(EMBED_LAYOUTS.map((l) => `${l.frame.width}/${l.frame.height}`));
  });

  it('embed.css switches to each layout just past the previous one\'s maxWidth, and shows that layout\'s drawing', () => {
    EMBED_LAYOUTS.slice(1).forEach((layout, i) => {
      const block = css.split(`@media (min-width: ${EMBED_LAYOUTS[i].maxWidth + 1}px) {`)[1]?.split('\n}')[0] ?? '';
      expect(block, layout.name).toContain(`aspect-ratio: ${layout.frame.width} / ${layout.frame.height}`);
      expect(block, layout.name).toContain(`.embed .map-band[data-band='${layout.name}'] { display: block; }`);
    });
  });

  it('each layout is drawn at its narrowest width, so its text is scaled by 1 to 1.5 on the widths it covers', () => {
    EMBED_LAYOUTS.forEach((layout, i) => {
      const narrowest = i === 0 ? 280 : EMBED_LAYOUTS[i - 1].maxWidth + 1;
      const widest = Math.min(layout.maxWidth, 1200);
      expect(narrowest / layout.frame.width, layout.name).toBeGreaterThanOrEqual(1);
      expect(widest / layout.frame.width, layout.name).toBeLessThanOrEqual(1.5);
    });
  });
});

describe('palette.css', () => {
  it("the dark theme an embed forces (data-theme='dark') is the dark set the system's dark mode picks", () => {
    const system = declarations(palette, "@media (prefers-color-scheme: dark) {\n  :root:not([data-theme='light']) {");
    const forced = declarations(palette, ":root[data-theme='dark'] {");
    expect(system.length).toBeGreaterThan(20);
    expect(forced).toEqual(system);
  });

  it('the dark set covers every colour of the light set', () => {
    const names = (list: string[]) => list.map((d) => d.split(':')[0]);
    const light = names(declarations(palette, ':root {')).filter((n) => !['--font', '--serif'].includes(n));
    expect(names(declarations(palette, ":root[data-theme='dark'] {"))).toEqual(light);
  });
});
