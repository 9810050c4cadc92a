/**
 * What a noscript holds, as elements: a browser running scripts keeps a noscript's content as text, which the
 * story's scripts put in the page when a reader needs it (step-images.ts, map-data-text.ts).
 */
export function noscriptContent(noscript: Element): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = noscript.textContent ?? '';
  return template.content;
}
