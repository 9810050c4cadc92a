/**
 * The bands of map sizes the story's server drawing is made for, smallest first, each with the canvas it is drawn
 * at, so that its text is scaled by 1 to 1.5 on the screens that show it. Stacked (a phone held upright), the map
 * is the screen's width and under half its height less the key: a band per width. Beside the text, the map is what
 * the text column leaves, the screen's height less the key strip where the key is under the map (a phone held
 * sideways, or a window under 800 px tall), the full height where the key lies over it: in each, the largest band it
 * has room for. src/styles/global.css shows each (tests/unit/story-bands.test.ts keeps them in step). Each band's map
 * bleeds well beyond its frame, so no coast ends in mid-sea in a box of another shape.
 */
import type { DrawingBand } from './static-drawing';

/** A band, and the layouts that show it. */
export interface StoryBand extends DrawingBand {
  /** Stacked: shown up to this screen width in CSS pixels (from the band before's). */
  stackedUpTo?: number;
  /** Beside the text: with the key under the map or over it, where the map has room for the band. */
  beside: 'key-under' | 'key-over';
}

/** Bleed that covers the box on phones and tablets, and on desktops from ultra-wide to portrait (tests/e2e/legibility.spec.ts). */
const BLEED = { x: 0.45, y: 0.45 };
const DESKTOP_BLEED = { x: 0.45, y: 0.9 };

export const STORY_BANDS: readonly StoryBand[] = [
  { name: 'phone-s', stackedUpTo: 359, beside: 'key-under', size: { width: 300, height: 165 }, bleed: BLEED },
  { name: 'phone', stackedUpTo: 479, beside: 'key-under', size: { width: 330, height: 240 }, bleed: BLEED },
  { name: 'tablet', stackedUpTo: 899, beside: 'key-under', size: { width: 470, height: 280 }, bleed: BLEED },
  // Laptops' windows (a 1366 × 768 screen's is about 1366 × 657; a 1440 × 900 one's about 1440 × 790).
  { name: 'laptop', beside: 'key-under', size: { width: 500, height: 400 }, bleed: BLEED },
  { name: 'laptop-l', beside: 'key-under', size: { width: 520, height: 480 }, bleed: BLEED },
  // A window 900 to 999 px wide, where the desktop's band would be scaled below 1.
  { name: 'desktop-s', beside: 'key-over', size: { width: 540, height: 600 }, bleed: DESKTOP_BLEED },
  { name: 'desktop', beside: 'key-over', size: { width: 600, height: 700 }, bleed: DESKTOP_BLEED },
];
