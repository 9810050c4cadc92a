/** The story's stylesheet shows each of STORY_BANDS in the layouts and sizes it is made for (CSP rules out choosing inline). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORY_BANDS, type StoryBand } from '../../src/lib/render/story-bands';

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
  const stacked = STORY_BANDS.filter((b) => b.stackedUpTo !== undefined);
  const keyUnder = STORY_BANDS.filter((b) => b.beside === 'key-under');
  const keyOver = STORY_BANDS.filter((b) => b.beside === 'key-over');
  // What the text column and the key strip take, as the layout sets them.
  const column = cssValue(/grid-template-columns: minmax\(([\d.]+rem), 2fr\) 3fr/, 'text column');
  const key = cssValue(/\.map-view \{[^}]*grid-template-rows: minmax\(0, 1fr\) minmax\(([\d.]+rem), auto\)/, 'key strip');
  const keyPx = parseFloat(key) * 16;
  /** Each band after the first of a family larger both ways than the one before. */
  const growing = (family: readonly StoryBand[]) =>
    family.slice(1).forEach((band, i) => {
      expect(band.size.width, band.name).toBeGreaterThan(family[i].size.width);
      expect(band.size.height, band.name).toBeGreaterThan(family[i].size.height);
    });

  it('STORY_BANDS: a band per width of a stacked map, narrowest first, up to 899 px; the bands beside the text after them; each family growing', () => {
    stacked.forEach((band, i) => {
      if (i > 0) expect(band.stackedUpTo, band.name).toBeGreaterThan(stacked[i - 1].stackedUpTo!);
    });
    expect(stacked.at(-1)?.stackedUpTo).toBe(899);
    expect(STORY_BANDS.slice(0, stacked.length)).toEqual(stacked);
    expect(STORY_BANDS).toEqual([...keyUnder, ...keyOver]);
    growing(stacked);
    growing(keyUnder);
    growing(keyOver);
    expect(keyOver.at(-1)?.name).toBe('desktop');
  });

  it('global.css lays the story out in the same three ways the bands are chosen for', () => {
    expect(css).toContain('@media (min-width: 900px), (min-width: 640px) and (orientation: landscape) {\n  .scrolly { display: grid;');
    expect(css).toContain('@media (max-width: 639.98px), (max-width: 899.98px) and (orientation: portrait) {');
    expect(css).toContain('@media (min-width: 900px) and (min-height: 800px) {\n  .story-map .map-view { grid-template-rows: minmax(0, 1fr) 0; }');
  });

  it('global.css shows a stacked map\'s band by the screen\'s width', () => {
    stacked.forEach((band, i) => {
      const min = i === 0 ? 0 : stacked[i - 1].stackedUpTo! + 1;
      const max = `${band.stackedUpTo}.98px`;
      const from = min > 0 ? `(min-width: ${min}px) and ` : '';
      // From 640 px a screen held sideways has the map beside the text.
      const query = band.stackedUpTo! < 640 ? `${from}(max-width: ${max})` : `${from}(max-width: 639.98px), ${from}(max-width: ${max}) and (orientation: portrait)`;
      expect(css, band.name).toContain(`@media ${query} { ${show(band.name)} }`);
    });
  });

  it('global.css shows, beside the text with the key under the map, the largest band the map has room for', () => {
    const sideways = '(max-width: 899.98px) and (orientation: landscape)';
    expect(css).toContain(`@media (min-width: 640px) and ${sideways}, (min-width: 900px) and (max-height: 799.98px) { ${show(keyUnder[0].name)} }`);
    keyUnder.slice(1).forEach((band, i) => {
      const { width, height } = band.size;
      const tall = `(min-height: calc(${height}px + ${key}))`;
      // From 900 px the map is three fifths of the screen, wider than any of these bands: only the height counts.
      const query = `(min-width: calc(${width}px + ${column})) and ${sideways} and ${tall}, (min-width: 900px) and ${tall} and (max-height: 799.98px)`;
      expect(css, band.name).toContain(`@media ${query} { ${show(band.name)} ${hide(keyUnder[i].name)} }`);
      expect(band.size.width, band.name).toBeLessThanOrEqual(900 * 0.6 - 20);
      // From 900 px, where it is not shown for want of height, the band before it is scaled by no more than 1.5.
      expect((height - 1) / keyUnder[i].size.height, band.name).toBeLessThanOrEqual(1.5);
    });
    // Up to 799 px tall, the last is scaled by no more than 1.5.
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
    expect(css.match(/\{ \.story-map \.map-band\[data-band='[^']+'\] \{ display: block; \}/g)).toHaveLength(stacked.length + keyUnder.length + keyOver.length);
  });
});
