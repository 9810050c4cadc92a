/** Escaping for the markup the site writes itself: HTML pages, SVG and the sitemap's XML. */

/** Escapes text for XML and HTML content and attribute values (`&`, `<`, `>`, `"`, `'`). */
export function escapeXml(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Escapes text for element content only (`&`, `<`, `>`), leaving quotes readable, as in embed code people copy. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
