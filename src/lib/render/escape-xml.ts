/** Escapes text for XML and HTML content and attribute values (`&`, `<`, `>`, `"`). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
