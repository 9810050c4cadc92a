/** The story's stylesheet shows each of STORY_BANDS in the layouts and sizes it is made for (CSP rules out choosing inline). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORY_BANDS } from '../../src/lib/render/story-bands';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
const show = (name: string) => `.story-map .map-band[data-band='${name}'] { display: block; }`;
const hide = (name: string) => `.story-map .map-band[data-band='${name}'] { display: none; }`;

/** A value global.css sets, found by the pattern around it. */
function cssValue(pattern: RegExp, what: string): string {
  const found = pattern.exec(css);
  if (!found) throw new Error(`global.css: no ${what}`);
  return found[1];
}

describe('STORY_BANDS', () => {
  const keyUnder = STORY_BANDS.filter((b) => b.key === 'under');
  const keyOver = STORY_BANDS.filter((b) => b.key === 'over');
  // What the text column and the key strip take, and the stacked map's height, as the layout sets them.
  // The text column: 22rem (or two fifths of the width), less where the map would be narrower than `mapMin`.
  const [column, mapMin] = cssValue(/grid-template-columns: minmax\(min\(([\d.]+rem, 100% - \d+px)\), 2fr\) 3fr/, 'text column').split(', 100% - ');
  const key = cssValue(/\.map-view \{[^}]*grid-template-rows: minmax\(0, 1fr\) minmax\(([\d.]+rem), auto\)/, 'key strip');
  const keyPx = parseFloat(key) * 16;
  const stackedHeight = cssValue(/\.scrolly \{[^}]*--map-height: ([^;]+);/, 'stacked map height');

  it('STORY_BANDS: the key-under bands, then the key-over ones, each larger both ways than the one before', () => {
    expect(STORY_BANDS).toEqual([...keyUnder, ...keyOver]);
    for (const family of [keyUnder, keyOver]) {
      family.slice(1).forEach((band, i) => {
        expect(band.size.width, band.name).toBeGreaterThan(family[i].size.width);
        expect(band.size.height, band.name).toBeGreaterThan(family[i].size.height);
      });
    }
    expect(keyOver.at(-1)?.name).toBe('desktop');
  });

  it('global.css lays the story out in the same three ways the bands are chosen for', () => {
    expect(css).toContain('@media (min-width: 900px), (min-width: 560px) and (orientation: landscape) {\n  /*');
    expect(css).toContain('@media (max-width: 559.98px), (max-width: 899.98px) and (orientation: portrait) {');
    expect(css).toContain('@media (min-width: 900px) and (min-height: 800px) {\n  .story-map .map-view { grid-template-rows: minmax(0, 1fr) 0; }');
    expect(stackedHeight).toBe('min(105vw, 50svh)');
  });

  it('global.css leaves the map beside the text at least the smallest band\'s width, where the text column narrows from 22rem', () => {
    expect(parseFloat(mapMin)).toBe(keyUnder[0].size.width);
    // Where the text column is 22rem (from 22rem plus that width on), the map is the rest, as the bands reckon it.
    expect(column).toBe('22rem');
  });

  it('global.css shows, with the key under the map, the largest band whose size fits the drawing, stacked or beside the text', () => {
    expect(css).toContain(`@media (max-width: 899.98px), (max-height: 799.98px) { ${show(keyUnder[0].name)} }`);
    keyUnder.slice(1).forEach((band, i) => {
      const { width, height } = band.size;
      // Stacked: the screen's width, by the smaller of 105vw and 50svh less the key.
      const fits = `(min-width: ${width}px) and (min-width: calc((${height}px + ${key}) / 1.05)) and (min-height: calc(2 * (${height}px + ${key})))`;
      const stacked = `(max-width: 559.98px) and ${fits}, (max-width: 899.98px) and (orientation: portrait) and ${fits}`;
      // Beside the text: what the column leaves, by the height less the key. From 900 px the map is three fifths of
      // the screen, wider than any of these bands: only the height counts.
      const tall = `(min-height: calc(${height}px + ${key}))`;
      const beside = `(min-width: calc(${width}px + ${column})) and (max-width: 899.98px) and (orientation: landscape) and ${tall}, (min-width: 900px) and ${tall} and (max-height: 799.98px)`;
      expect(css, band.name).toContain(`@media ${stacked}, ${beside} { ${show(band.name)} ${hide(keyUnder[i].name)} }`);
      expect(band.size.width, band.name).toBeLessThanOrEqual(900 * 0.6 - 20);
      // Where it does not fit, the band before it is scaled by no more than 1.5: the drawing is narrower or shorter.
      expect(Math.max(width / keyUnder[i].size.width, height / keyUnder[i].size.height), band.name).toBeLessThanOrEqual(1.5);
    });
    // Beside the text up to 799 px tall, the last is scaled by no more than 1.5.
    expect((799 - keyPx) / keyUnder.at(-1)!.size.height).toBeLessThanOrEqual(1.5);
  });

  it('global.css shows, with the key over the map, the largest band the map has room for: three fifths of the width (less what the text column needs) by the full height', () => {
    expect(css).toContain(`@media (min-width: 900px) and (min-height: 800px) { ${show(keyOver[0].name)} }`);
    // The first is shown at its size or larger: at 900 px wide the map is 540 px.
    expect(keyOver[0].size.width).toBeLessThanOrEqual(900 * 0.6);
    expect(keyOver[0].size.height).toBeLessThanOrEqual(800);
    keyOver.slice(1).forEach((band, i) => {
      const { width, height } = band.size;
      const query = `(min-width: ${Math.ceil(width / 0.6)}px) and (min-width: calc(${width}px + ${column})) and (min-height: ${Math.max(800, height)}px)`;
      expect(css, band.name).toContain(`@media ${query} { ${show(band.name)} ${hide(keyOver[i].name)} }`);
      // Where it is not shown, the band before it is scaled by no more than 1.5 (its labels at most 18 px).
      const widest = ((Math.ceil(width / 0.6) - 1) * 0.6) / keyOver[i].size.width;
      const tallest = (Math.max(800, height) - 1) / keyOver[i].size.height;
      expect(Math.max(widest, tallest), band.name).toBeLessThanOrEqual(1.5);
    });
    // Nothing else shows a band.
    expect(css.match(/\{ \.story-map \.map-band\[data-band='[^']+'\] \{ display: block; \}/g)).toHaveLength(STORY_BANDS.length);
  });
});
