import { describe, expect, it } from 'vitest';
import { bandMedia, COLUMN_BANDS, COLUMN_IMAGE_WIDTHS } from '../../src/lib/render/column-images';
import { STORY_BANDS } from '../../src/lib/render/story-bands';

describe('COLUMN_BANDS', () => {
  it('COLUMN_BANDS covers every width once, in order, with the story layout\'s breakpoints among its edges', () => {
    COLUMN_BANDS.forEach((band, i) => {
      expect(band.minWidth).toBe(i === 0 ? 0 : COLUMN_BANDS[i - 1].maxWidth + 1);
      expect(band.maxWidth).toBeGreaterThan(band.minWidth);
    });
    expect(COLUMN_BANDS.at(-1)?.maxWidth).toBe(Number.POSITIVE_INFINITY);
    // The column changes where the layout does: 480 px (the card stops filling the screen) and 900 px (map beside).
    for (const edge of [480, 900]) expect(COLUMN_BANDS.map((b) => b.minWidth)).toContain(edge);
    expect(STORY_BANDS.map((b) => b.maxWidth)).toContain(899);
  });

  it('COLUMN_IMAGE_WIDTHS lists each image width once, narrowest first', () => {
    expect(COLUMN_IMAGE_WIDTHS).toEqual([...new Set(COLUMN_BANDS.map((b) => b.image))].sort((a, b) => a - b));
  });
});

describe('bandMedia', () => {
  it('bandMedia(band) writes the band\'s widths as a media query, open at either end', () => {
    expect(COLUMN_BANDS.map(bandMedia)).toEqual([
      '(max-width: 359px)',
      '(min-width: 360px) and (max-width: 479px)',
      '(min-width: 480px) and (max-width: 899px)',
      '(min-width: 900px) and (max-width: 1199px)',
      '(min-width: 1200px)',
    ]);
  });
});
