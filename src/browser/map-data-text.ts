/**
 * Each step's "What the map shows" (MapData.astro) is its map in words: lists and tables that make up about a fifth
 * of the story's elements, and that a reader opens a step at a time. The server writes them inside a noscript in
 * the closed details, so that without JavaScript they are part of the page as ever; with it they stay text until
 * their details open, and are put in then. Part of the story's head script (story-head.ts): it cannot fail to load,
 * as a module might, and leave a reader an empty list, and it listens before any details is parsed.
 */
import { noscriptContent } from './noscript-content';

/** Puts the details' text in the page, once. */
function fill(details: HTMLDetailsElement): void {
  const text = details.querySelector(':scope > noscript.map-data-text');
  text?.replaceWith(noscriptContent(text));
}

// Toggle does not bubble: caught on its way down, from the document.
document.addEventListener(
  'toggle',
  (event) => {
    const details = event.target;
    if (details instanceof HTMLDetailsElement && details.open && details.classList.contains('map-data')) fill(details);
  },
  true,
);
