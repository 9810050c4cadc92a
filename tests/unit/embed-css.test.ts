/** The embed stylesheet and EMBED_LAYOUTS describe the same map frames (CSP rules out setting them inline). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBED_LAYOUTS } from '../../src/lib/embed';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/embed.css'), 'utf8');

describe('EMBED_LAYOUTS', () => {
  it('EMBED_LAYOUTS frames are the aspect ratios embed.css gives the map, narrow first, switching at the narrow maxWidth', () => {
    const ratios = [...css.matchAll(/\.embed \.map-canvas \{ aspect-ratio: (\d+) \/ (\d+); \}/g)].map((m) => `${m[1]}/${m[2]}`);
    expect(ratios).toEqual(EMBED_LAYOUTS.map((l) => `${l.frame.width}/${l.frame.height}`));
    expect(css).toContain(`@media (min-width: ${EMBED_LAYOUTS[0].maxWidth + 1}px)`);
  });
});
