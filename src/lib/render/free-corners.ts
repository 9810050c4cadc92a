/**
 * The corners of a frame that a note or the lunar inset may take, in order of preference: bottom left, top right,
 * then bottom right. Never top left: the desktop's key lies there. Bottom right comes last: the desktop's credits
 * lie there, and only phones' small maps, whose credits are below the map, may need it.
 */
export const FREE_CORNERS = ['bottom-left', 'top-right', 'bottom-right'] as const;

/** One of the free corners. */
export type FreeCorner = (typeof FREE_CORNERS)[number];
