/**
 * A screen too short for the story's sticky map: stacked (under 560 px wide, src/styles/global.css), the map is
 * half the screen's height and its key strip 6.75rem (108 px) of that, so under 432 px tall the drawing would be
 * shorter than its key: 20 px at 320 × 256, a 1280 × 1024 window zoomed to 400 %. There the story is one column
 * and each step shows its own map image, as without JavaScript; the live map does not start. global.css holds the
 * same query (tests/unit/short-screen.test.ts).
 */
export const SHORT_SCREEN_QUERY = '(max-width: 559.98px) and (max-height: 431.98px)';
