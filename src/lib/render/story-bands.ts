/**
 * The bands of map sizes the story's server drawing is made for, smallest first, each with the canvas it is drawn
 * at, so that its text is scaled by 1 to 1.5 on the screens that show it. Where the key is a strip under the map
 * (a phone, upright or sideways, and any window under 800 px tall), the map's drawing is the screen's width by under
 * half its height less the key (stacked), or what the text column and the key leave (beside the text); where the key
 * lies over the map (a screen at least 900 by 800 px), the map is beside the text at the full height. In each, the
 * page shows the largest band of that kind whose size fits the drawing: src/styles/global.css, kept in step by
 * tests/unit/story-bands.test.ts. Each band's map bleeds well beyond its frame, so no coast ends in mid-sea in a box
 * of another shape.
 */
import type { DrawingBand } from './static-drawing';

/** A band, and where the map's key lies in the layouts that show it. */
export interface StoryBand extends DrawingBand {
  key: 'under' | 'over';
}

/** Bleed that covers the box on phones and tablets, and on desktops from ultra-wide to portrait (tests/e2e/legibility.spec.ts). */
const BLEED = { x: 0.45, y: 0.45 };
const DESKTOP_BLEED = { x: 0.45, y: 0.9 };

export const STORY_BANDS: readonly StoryBand[] = [
  // Phones in a browser's smaller viewport (its toolbars shown), from an iPhone SE's 375 × 548 in Safari.
  { name: 'phone-s', key: 'under', size: { width: 300, height: 165 }, bleed: BLEED },
  { name: 'phone', key: 'under', size: { width: 330, height: 240 }, bleed: BLEED },
  { name: 'tablet', key: 'under', size: { width: 470, height: 280 }, bleed: BLEED },
  // Laptops' windows (a 1366 × 768 screen's is about 1366 × 657; a 1440 × 900 one's about 1440 × 790) and tablets
  // held upright.
  { name: 'laptop', key: 'under', size: { width: 500, height: 400 }, bleed: BLEED },
  { name: 'laptop-l', key: 'under', size: { width: 520, height: 480 }, bleed: BLEED },
  // A window 900 to 999 px wide, where the desktop's band would be scaled below 1.
  { name: 'desktop-s', key: 'over', size: { width: 540, height: 600 }, bleed: DESKTOP_BLEED },
  { name: 'desktop', key: 'over', size: { width: 600, height: 700 }, bleed: DESKTOP_BLEED },
];
