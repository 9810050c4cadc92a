import { describe, expect, it } from 'vitest';
import { bandMedia, COLUMN_BANDS, COLUMN_IMAGE_WIDTHS } from '../../src/lib/render/column-images';

const scripted = COLUMN_BANDS.filter((band) => !band.scriptless);
const upright = scripted.filter((band) => !band.landscape);
const sideways = scripted.filter((band) => band.landscape);
const scriptless = COLUMN_BANDS.filter((band) => band.scriptless);

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

  it('COLUMN_BANDS for a screen held sideways cover the widths from 560 px where the map stands beside the text, tried first', () => {
    expect(sideways.map((b) => [b.minWidth, b.maxWidth])).toEqual([[560, 899]]);
    for (const band of sideways) {
      // Tried before the band of any shape that covers the same widths, or it would never be chosen.
      const covering = COLUMN_BANDS.findIndex((b) => !b.scriptless && !b.landscape && b.minWidth <= band.minWidth && b.maxWidth >= band.maxWidth);
      expect(covering).toBeGreaterThan(COLUMN_BANDS.indexOf(band));
    }
  });

  it('COLUMN_BANDS without JavaScript: one column from 480 px on, of any shape, tried before every other band', () => {
    // Below 480 px the one column is the phone's (the card fills the screen), which the other bands cover.
    expect(scriptless.map((b) => [b.minWidth, b.maxWidth, b.landscape ?? false])).toEqual([[480, Number.POSITIVE_INFINITY, false]]);
    expect(COLUMN_BANDS.slice(0, scriptless.length)).toEqual(scriptless);
  });

  it('COLUMN_IMAGE_WIDTHS lists each image width once, narrowest first', () => {
    expect(COLUMN_IMAGE_WIDTHS).toEqual([...new Set(COLUMN_BANDS.map((b) => b.image))].sort((a, b) => a - b));
  });
});

describe('bandMedia', () => {
  it('bandMedia(band) writes the band\'s widths, shape and scripting as a media query, open at either end', () => {
    expect(COLUMN_BANDS.map(bandMedia)).toEqual([
      '(scripting: none) and (min-width: 480px)',
      '(max-width: 359px)',
      '(min-width: 360px) and (max-width: 479px)',
      '(min-width: 560px) and (max-width: 899px) and (orientation: landscape)',
      '(min-width: 480px) and (max-width: 899px)',
      '(min-width: 900px) and (max-width: 1199px)',
      '(min-width: 1200px)',
    ]);
  });
});
