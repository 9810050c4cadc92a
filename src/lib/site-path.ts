/** Joins the site's base path (e.g. "/graphics/2021/china-russia/") and a path inside the site. */
export function sitePath(base: string, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}
