/**
 * Small helpers for the live map's SVG DOM. Its elements are made from the map's one renderer's markup
 * (lib/render/map-markup.ts), parsed in place; after that the live map only changes their attributes.
 */

/** Parses `markup` (one element) into `parent`, at the end or before `before`, and returns the element. */
export function insert(parent: Element, markup: string, before: Element | null = null): Element {
  if (before) {
    before.insertAdjacentHTML('beforebegin', markup);
    return before.previousElementSibling as Element;
  }
  parent.insertAdjacentHTML('beforeend', markup);
  return parent.lastElementChild as Element;
}

/** The first element matching `selector` in `root`; the live map's own markup always has it. */
export function child<E extends Element = SVGGElement>(root: Element, selector: string): E {
  const found = root.querySelector<E>(selector);
  if (!found) throw new Error(`live map: no ${selector} in its markup`);
  return found;
}

/** Sets (or, for null, removes) an attribute only when it changes: every write restyles the element. */
export function set(node: Element, name: string, value: string | null): void {
  if (node.getAttribute(name) === value) return;
  if (value === null) node.removeAttribute(name);
  else node.setAttribute(name, value);
}
