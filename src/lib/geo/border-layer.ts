/**
 * The scene layer (and geodata id) under which the disputed and occupied areas' shapes are drawn: cut from each
 * base map (border-areas.ts) and published with it (base-map-file.ts). A module of its own so that the browser's
 * code can name it without the cutting.
 */
export const BORDER_LAYER = 'borders';
