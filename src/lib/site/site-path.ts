/** Joins the site's base path (e.g. "/graphics/2021/china-russia/") and a path inside the site. */
export function sitePath(base: string, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** The id of "About these maps" on the story page, which every map's credits link to. */
export const ABOUT_MAPS_ID = 'about-maps';

/** The id of a correction's entry in "Corrections and updates" on the story page. */
export function correctionAnchor(id: string): string {
  return `correction-${id}`;
}
