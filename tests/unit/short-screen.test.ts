/** The story's stylesheet and its scripts agree on what a screen too short for the sticky map is. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHORT_SCREEN_QUERY } from '../../src/lib/render/short-screen';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/global.css'), 'utf8');

describe('SHORT_SCREEN_QUERY', () => {
  it('global.css hides the sticky map and shows the step images under SHORT_SCREEN_QUERY, as without JavaScript', () => {
    // The same one column as without JavaScript.
    const block = css.split(`@media (scripting: none), ${SHORT_SCREEN_QUERY} {\n`)[1]?.split('\n}')[0];
    expect(block, 'a block under the query').toBeDefined();
    expect(block).toContain('.story-map { display: none; }');
    expect(block).toContain('[data-step-image] { display: block; }');
  });

  it('SHORT_SCREEN_QUERY is the stacked layout (under 560 px wide) where the drawing would be shorter than its key', () => {
    expect(css).toContain('@media (max-width: 559.98px), (max-width: 899.98px) and (orientation: portrait) {');
    const key = parseFloat(/\.map-view \{[^}]*grid-template-rows: minmax\(0, 1fr\) minmax\(([\d.]+)rem, auto\)/.exec(css)![1]) * 16;
    // Stacked, the map is half the screen's height: the drawing is that less the key.
    const tallest = parseFloat(/max-height: ([\d.]+)px/.exec(SHORT_SCREEN_QUERY)![1]);
    expect(tallest / 2 - key).toBeLessThan(key);
    expect((tallest + 0.02) / 2 - key).toBeCloseTo(key, 1);
    expect(SHORT_SCREEN_QUERY).toContain('(max-width: 559.98px)');
  });
});
