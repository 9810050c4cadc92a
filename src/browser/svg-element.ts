/**
 * Small helpers for the live map's SVG DOM. Its elements are made from the map's one renderer's markup
 * (lib/render/map-markup.ts), parsed in place or, for the base drawings' many paths, copied from one parsed path;
 * after that the live map only changes their attributes. The map panel's key keeps its legend's lines with the same
 * `insert` and `reconcile`.
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

/**
 * Copies of one of the renderer's path elements (`markup`, parsed once in `parent`) with their own path data and
 * attributes. A base drawing's paths carry a few hundred KB of path data: parsed as markup, path by path, it took
 * about ten times as long as set on a copy (at 1×, 200 paths the size of a world map's: 17.7 against 1.4 ms).
 */
export function pathCopies(parent: SVGElement, markup: string): (d: string, attributes?: Readonly<Record<string, string>>) => SVGPathElement {
  // Parsed where such paths go, so as SVG; kept out of the page.
  const template = insert(parent, markup);
  template.remove();
  if (!(template instanceof SVGPathElement)) throw new Error(`live map: ${markup} is not a path`);
  return (d, attributes = {}) => {
    const path = template.cloneNode() as SVGPathElement;
    path.setAttribute('d', d);
    for (const [name, value] of Object.entries(attributes)) path.setAttribute(name, value);
    return path;
  };
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

/**
 * Brings `group`'s children in line with `items`, in their order: an element made for an item with the same key
 * (`keys`, by element) is kept where it is and updated; the rest are made (`make`, which puts the new element in
 * before `before`) or taken out. A kept element is never moved: moved, the browser would lay it out afresh.
 */
export function reconcile<T>(
  group: Element,
  items: readonly T[],
  keys: WeakMap<Element, string>,
  key: (item: T) => string,
  make: (item: T, before: Element | null) => Element,
  update: (element: Element, item: T) => void,
): void {
  const old = [...group.children];
  let next = 0;
  for (const item of items) {
    const k = key(item);
    const found = old.findIndex((element, i) => i >= next && keys.get(element) === k);
    let element = old[found];
    if (found < 0) keys.set((element = make(item, old[next] ?? null)), k);
    else {
      for (const passed of old.slice(next, found)) passed.remove();
      next = found + 1;
    }
    update(element, item);
  }
  for (const stale of old.slice(next)) stale.remove();
}
