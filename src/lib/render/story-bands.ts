/**
 * The bands of map sizes the story's server drawing is made for, smallest first, each with the canvas it is drawn
 * at, so that its text is scaled by 1 to 1.5 on the screens that show it. Stacked (a phone held upright), the map
 * is the screen's width and under half its height less the key: a band per width. Beside the text with the key
 * under the map (a phone held sideways, or a screen under 600 px tall), the map is what the text column and the
 * key leave: the largest of those bands it has room for. Beside the text with the key over the map: the desktop's.
 * src/styles/global.css shows each (tests/unit/story-bands.test.ts keeps them in step). Each band's map bleeds well
 * beyond its frame, so no coast ends in mid-sea in a box of another shape.
 */
import type { DrawingBand } from './static-drawing';

/** A band, and the widest screen in CSS pixels whose stacked map shows it (none: the desktop's, beside the text). */
export interface StoryBand extends DrawingBand {
  stackedUpTo?: number;
}

/** Bleed that covers the box on phones and tablets, and on desktops from ultra-wide to portrait (tests/e2e/legibility.spec.ts). */
const BLEED = { x: 0.45, y: 0.45 };
const DESKTOP_BLEED = { x: 0.45, y: 0.9 };

export const STORY_BANDS: readonly StoryBand[] = [
  { name: 'phone-s', stackedUpTo: 359, size: { width: 300, height: 165 }, bleed: BLEED },
  { name: 'phone', stackedUpTo: 479, size: { width: 330, height: 240 }, bleed: BLEED },
  { name: 'tablet', stackedUpTo: 899, size: { width: 470, height: 280 }, bleed: BLEED },
  { name: 'desktop', size: { width: 600, height: 700 }, bleed: DESKTOP_BLEED },
];
