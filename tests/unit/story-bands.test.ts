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
  const stacked = STORY_BANDS.filter((b) => b.stackedUpTo !== undefined);
  const desktop = STORY_BANDS.filter((b) => b.stackedUpTo === undefined);

  it('STORY_BANDS: a band per width of a stacked map, narrowest first and each larger, up to 899 px, then the desktop\'s', () => {
    stacked.forEach((band, i) => {
      if (i === 0) return;
      expect(band.stackedUpTo, band.name).toBeGreaterThan(stacked[i - 1].stackedUpTo!);
      expect(band.size.width, band.name).toBeGreaterThan(stacked[i - 1].size.width);
      expect(band.size.height, band.name).toBeGreaterThan(stacked[i - 1].size.height);
    });
    expect(stacked.at(-1)?.stackedUpTo).toBe(899);
    expect(desktop.map((b) => b.name)).toEqual(['desktop']);
    expect(STORY_BANDS.at(-1)?.name).toBe('desktop');
  });

  it('global.css lays the story out in the same three ways the bands are chosen for', () => {
    expect(css).toContain('@media (min-width: 900px), (min-width: 640px) and (orientation: landscape) {\n  .scrolly { display: grid;');
    expect(css).toContain('@media (max-width: 639.98px), (max-width: 899.98px) and (orientation: portrait) {');
    expect(css).toContain('@media (min-width: 900px) and (min-height: 600px) {\n  .story-map .map-view { grid-template-rows: minmax(0, 1fr) 0; }');
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

  it('global.css shows the largest band the map has room for beside the text with the key under it, and the desktop\'s with the key over it', () => {
    // What the text column and the key strip take, as the layout sets them.
    const column = cssValue(/grid-template-columns: minmax\(([\d.]+rem), 2fr\) 3fr/, 'text column');
    const key = cssValue(/\.map-view \{[^}]*grid-template-rows: minmax\(0, 1fr\) minmax\(([\d.]+rem), auto\)/, 'key strip');
    const sideways = '(max-width: 899.98px) and (orientation: landscape)';
    expect(css).toContain(`@media (min-width: 640px) and ${sideways}, (min-width: 900px) and (max-height: 599.98px) { ${show(stacked[0].name)} }`);
    stacked.slice(1).forEach((band, i) => {
      const { width, height } = band.size;
      const tall = `(min-height: calc(${height}px + ${key}))`;
      // From 900 px the map is three fifths of the screen, wider than any of these bands: only the height counts.
      const query = `(min-width: calc(${width}px + ${column})) and ${sideways} and ${tall}, (min-width: 900px) and ${tall} and (max-height: 599.98px)`;
      expect(css, band.name).toContain(`@media ${query} { ${show(band.name)} ${hide(stacked[i].name)} }`);
      expect(band.size.width, band.name).toBeLessThanOrEqual(900 * 0.6 - 20);
    });
    expect(css).toContain(`@media (min-width: 900px) and (min-height: 600px) { ${show('desktop')} }`);
    // Nothing else shows a band.
    expect(css.match(/\{ \.story-map \.map-band\[data-band='[^']+'\] \{ display: block; \}/g)).toHaveLength(STORY_BANDS.length + stacked.length);
  });
});
