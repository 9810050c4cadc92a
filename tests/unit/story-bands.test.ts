/** The story's stylesheet shows each of STORY_BANDS at the widths it covers (CSP rules out choosing inline). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORY_BANDS } from '../../src/lib/render/story-bands';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/global.css'), 'utf8');

describe('STORY_BANDS', () => {
  it('STORY_BANDS cover every width once, narrowest first, each shown by global.css at its widths', () => {
    STORY_BANDS.forEach((band, i) => {
      const min = i === 0 ? null : STORY_BANDS[i - 1].maxWidth + 1;
      const max = Number.isFinite(band.maxWidth) ? band.maxWidth : null;
      const query = [min !== null ? `(min-width: ${min}px)` : '', max !== null ? `(max-width: ${max}px)` : ''].filter(Boolean).join(' and ');
      expect(css, band.name).toContain(`@media ${query} { .story-map .map-band[data-band='${band.name}'] { display: block; } }`);
    });
    expect(STORY_BANDS.at(-1)?.maxWidth).toBe(Number.POSITIVE_INFINITY);
  });
});
