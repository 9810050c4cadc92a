import { linkedAnchor } from '../lib/state/linked-anchor';

/**
 * The step after the first that the page's URL links to (`#<anchor>`), whose map the server did not draw; null where
 * the URL names the first step or no step at all. For the story's head script, once the page is parsed.
 */
export function linkedLaterStep(): HTMLElement | null {
  const step = document.getElementById(linkedAnchor(location.hash));
  return step?.matches('section.step:not([data-drawn-by-server])') ? step : null;
}
