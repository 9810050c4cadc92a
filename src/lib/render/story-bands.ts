/**
 * The bands of screen sizes the story's server drawing is made for, narrowest first, with the canvas each band
 * is drawn at: the map's size at the band's narrowest common screen (on a phone the map is as wide as the screen
 * and at most half as tall, less the key), so that on the screens it covers its text is scaled by 1 to 1.5.
 * src/styles/global.css shows each band at the same widths (tests/unit/story-bands.test.ts keeps them in step).
 * The map's box takes the screen's shape (three fifths of a wide screen's width and all of its height; a phone's
 * width and half its height), so each band's map bleeds well beyond its frame: no coast ends in mid-sea.
 */
import type { DrawingBand } from './static-drawing';

/** A band and the widest viewport, in CSS pixels, that uses it. */
export interface StoryBand extends DrawingBand {
  maxWidth: number;
}

/** Bleed that covers the box on phones and tablets, and on desktops from ultra-wide to portrait (tests/e2e/legibility.spec.ts). */
const BLEED = { x: 0.45, y: 0.45 };
const DESKTOP_BLEED = { x: 0.45, y: 0.9 };

export const STORY_BANDS: readonly StoryBand[] = [
  { name: 'phone-s', maxWidth: 359, size: { width: 300, height: 165 }, bleed: BLEED },
  { name: 'phone', maxWidth: 479, size: { width: 330, height: 240 }, bleed: BLEED },
  { name: 'tablet', maxWidth: 899, size: { width: 470, height: 280 }, bleed: BLEED },
  { name: 'desktop', maxWidth: Number.POSITIVE_INFINITY, size: { width: 600, height: 700 }, bleed: DESKTOP_BLEED },
];
