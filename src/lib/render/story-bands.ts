/**
 * The bands of map sizes the story's server drawing is made for, smallest first, each with the canvas it is drawn
 * at. The page shows the largest band the map's canvas has room for (`from`), so that its text is scaled by 1 to
 * 1.5 on the screens that show it: the canvas is the screen's width and under half its height less the key on a
 * phone held upright; beside the text, three fifths of a wide screen's width (or what the text leaves of a phone
 * held sideways) and its height, less the key on a screen under 600 px tall. src/styles/global.css shows each band
 * from the same canvas size (tests/unit/story-bands.test.ts keeps them in step). Each band's map bleeds well beyond
 * its frame, so no coast ends in mid-sea in a box of another shape.
 */
import type { Size } from '../geo/camera';
import type { DrawingBand } from './static-drawing';

/** A band and the smallest map canvas, in CSS pixels, that shows it. */
export interface StoryBand extends DrawingBand {
  from: Size;
}

/** Bleed that covers the box on phones and tablets, and on desktops from ultra-wide to portrait (tests/e2e/legibility.spec.ts). */
const BLEED = { x: 0.45, y: 0.45 };
const DESKTOP_BLEED = { x: 0.45, y: 0.9 };

export const STORY_BANDS: readonly StoryBand[] = [
  { name: 'phone-s', from: { width: 0, height: 0 }, size: { width: 300, height: 165 }, bleed: BLEED },
  { name: 'phone', from: { width: 330, height: 240 }, size: { width: 330, height: 240 }, bleed: BLEED },
  { name: 'tablet', from: { width: 470, height: 280 }, size: { width: 470, height: 280 }, bleed: BLEED },
  // From a 900 px screen's map (three fifths of it) rather than its own width: narrower, the tablet's drawing would
  // not reach the top and bottom of a map as tall as the screen.
  { name: 'desktop', from: { width: 540, height: 600 }, size: { width: 600, height: 700 }, bleed: DESKTOP_BLEED },
];
