/** The story's stylesheet shows each of STORY_BANDS from its canvas size (CSP rules out choosing inline). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORY_BANDS } from '../../src/lib/render/story-bands';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/global.css'), 'utf8');

describe('STORY_BANDS', () => {
  it('STORY_BANDS grow in canvas and drawing, so a band shown hides only the one before it', () => {
    expect(STORY_BANDS[0].from).toEqual({ width: 0, height: 0 });
    for (let i = 1; i < STORY_BANDS.length; i++) {
      const [before, band] = [STORY_BANDS[i - 1], STORY_BANDS[i]];
      expect(band.from.width, band.name).toBeGreaterThan(before.from.width);
      expect(band.from.height, band.name).toBeGreaterThan(before.from.height);
      expect(band.size.width, band.name).toBeGreaterThan(before.size.width);
      expect(band.size.height, band.name).toBeGreaterThan(before.size.height);
    }
  });

  it('global.css shows the smallest band by default and each larger one from its canvas size, in a size container', () => {
    expect(css).toContain('.story-map .map-static .map-canvas { container-type: size; }');
    expect(css).toContain(`.story-map .map-band[data-band='${STORY_BANDS[0].name}'] { display: block; }`);
    STORY_BANDS.slice(1).forEach((band, i) => {
      const { width, height } = band.from;
      expect(css, band.name).toContain(
        `@container (min-width: ${width}px) and (min-height: ${height}px) { .story-map .map-band[data-band='${band.name}'] { display: block; } ` +
          `.story-map .map-band[data-band='${STORY_BANDS[i].name}'] { display: none; } }`,
      );
    });
    // No band is chosen by the screen's width any more.
    expect(css).not.toMatch(/@media[^{]*\{ \.story-map \.map-band/);
  });
});
