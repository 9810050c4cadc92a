/**
 * The bands of screens the no-JavaScript step images are made for, and the width each is drawn at: the narrowest
 * width the step card's text column has in the band, so the image is shown at 1 to 1.5 times its size and its
 * 11–12 px labels stay 11 to 18 px on screen. Without JavaScript the story is one column (the scripting media
 * feature: Chromium 120, Firefox 113, Safari 17), whose card stops being the screen's width at 480 px. A browser
 * that does not know the feature lays the story out as with JavaScript: there the column also narrows at 900 px,
 * or from 560 px on a screen held sideways, where the map takes its place beside the text (src/styles/global.css;
 * tests/e2e/legibility.spec.ts measures the column and the scale at every band's edges).
 */

/**
 * A band of viewport widths, `minWidth` to `maxWidth` inclusive, of any shape or `landscape` only, and its image's
 * width; `scriptless`: only where the browser says no script runs (the scripting media feature).
 */
export interface ColumnBand {
  minWidth: number;
  maxWidth: number;
  landscape?: true;
  scriptless?: true;
  /** The image's width in CSS pixels. */
  image: number;
}

/** In the order a `<picture>`'s sources are tried, the first that matches chosen: every screen matches one. */
export const COLUMN_BANDS: readonly ColumnBand[] = [
  // Without JavaScript the story is one column (src/styles/global.css): from 480 px the card is 36rem at most, its
  // column 406 to 534 px. Browsers that do not know the feature skip this band, and lay the story out as below.
  { minWidth: 480, maxWidth: Number.POSITIVE_INFINITY, scriptless: true, image: 390 },
  { minWidth: 0, maxWidth: 359, image: 246 },
  { minWidth: 360, maxWidth: 479, image: 286 },
  // A phone held sideways: beside the map the text column is what the map's 300 px leave, up to 22rem, with narrow
  // margins (its card's column 218 to 318 px).
  { minWidth: 560, maxWidth: 899, landscape: true, image: 218 },
  { minWidth: 480, maxWidth: 899, image: 390 },
  { minWidth: 900, maxWidth: 1199, image: 270 },
  { minWidth: 1200, maxWidth: Number.POSITIVE_INFINITY, image: 390 },
];

/** The distinct image widths, each built once per step. */
export const COLUMN_IMAGE_WIDTHS: readonly number[] = [...new Set(COLUMN_BANDS.map((b) => b.image))].sort((a, b) => a - b);

/** A band's media query, as a `<source media>` writes it. */
export function bandMedia(band: ColumnBand): string {
  const parts = [
    band.minWidth > 0 ? `(min-width: ${band.minWidth}px)` : '',
    Number.isFinite(band.maxWidth) ? `(max-width: ${band.maxWidth}px)` : '',
    band.landscape ? '(orientation: landscape)' : '',
  ];
  if (band.scriptless) parts.unshift('(scripting: none)');
  return parts.filter(Boolean).join(' and ');
}
