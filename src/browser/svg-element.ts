/** Small helpers for the live map's SVG DOM. */

const SVG = 'http://www.w3.org/2000/svg';

/** A new SVG element with its attributes (undefined ones left out), appended to `parent` if given. */
export function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number | undefined> = {},
  parent?: Element,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(key, String(value));
  parent?.append(node);
  return node;
}

/** Sets (or, for null, removes) an attribute only when it changes: every write restyles the element. */
export function set(node: Element, name: string, value: string | null): void {
  if (node.getAttribute(name) === value) return;
  if (value === null) node.removeAttribute(name);
  else node.setAttribute(name, value);
}
