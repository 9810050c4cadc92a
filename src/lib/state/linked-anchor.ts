/**
 * The step anchor a URL's fragment names (`#<anchor>`), as both the story's head script (which fetches a linked
 * step's data early) and its step observer (which starts the reader there) read it: decoded, or as written where it
 * is not percent-encoded text.
 */
export function linkedAnchor(hash: string): string {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
