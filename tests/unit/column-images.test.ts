import { describe, expect, it } from 'vitest';
import { bandMedia, COLUMN_BANDS, COLUMN_IMAGE_WIDTHS } from '../../src/lib/render/column-images';

const upright = COLUMN_BANDS.filter((band) => !band.landscape);
const sideways = COLUMN_BANDS.filter((band) => band.landscape);

describe('COLUMN_BANDS', () => {
  it('COLUMN_BANDS of any shape cover every width once, in order, with the story layout\'s breakpoints among their edges', () => {
    upright.forEach((band, i) => {
      expect(band.minWidth).toBe(i === 0 ? 0 : upright[i - 1].maxWidth + 1);
      expect(band.maxWidth).toBeGreaterThan(band.minWidth);
    });
    expect(upright.at(-1)?.maxWidth).toBe(Number.POSITIVE_INFINITY);
    // The column changes where the layout does: 480 px (the card stops filling the screen) and 900 px (map beside).
    for (const edge of [480, 900]) expect(upright.map((b) => b.minWidth)).toContain(edge);
  });

  it('COLUMN_BANDS for a screen held sideways cover the widths from 640 px where the map stands beside the text, tried first', () => {
    expect(sideways.map((b) => [b.minWidth, b.maxWidth])).toEqual([[640, 899]]);
    for (const band of sideways) {
      // Tried before the band of any shape that covers the same widths, or it would never be chosen.
      const covering = COLUMN_BANDS.findIndex((b) => !b.landscape && b.minWidth <= band.minWidth && b.maxWidth >= band.maxWidth);
      expect(covering).toBeGreaterThan(COLUMN_BANDS.indexOf(band));
    }
  });

  it('COLUMN_IMAGE_WIDTHS lists each image width once, narrowest first', () => {
    expect(COLUMN_IMAGE_WIDTHS).toEqual([...new Set(COLUMN_BANDS.map((b) => b.image))].sort((a, b) => a - b));
  });
});

describe('bandMedia', () => {
  it('bandMedia(band) writes the band\'s widths and shape as a media query, open at either end', () => {
    expect(COLUMN_BANDS.map(bandMedia)).toEqual([
      '(max-width: 359px)',
      '(min-width: 360px) and (max-width: 479px)',
      '(min-width: 640px) and (max-width: 899px) and (orientation: landscape)',
      '(min-width: 480px) and (max-width: 899px)',
      '(min-width: 900px) and (max-width: 1199px)',
      '(min-width: 1200px)',
    ]);
  });
});
