/**
 * A page opened at a link to a later step (`#<anchor>`): the server drew the first step's map, not that one, and the
 * story's box shows no map until the live map draws the step (global.css). The browser matches the step as the
 * page's target only once the page is parsed, so hidden by that alone the server's drawing (its geometry and the copy
 * of it the map's band places, some 330 elements) was still styled and laid out in the page's first frame, and
 * every frame after it, on the way to the linked step's map: jumps to the last step at 4× CPU took 987 ms, and 913
 * with the drawing out of rendering from the start (docs/performance.md). So the story's head script
 * marks the page (`data-linked-later` on the root) before the body is parsed, wherever the link names anything but
 * the first step (whose anchor its element carries, `data-first-step`), and takes the mark away once the page is
 * parsed if what the link names is no later step (a section below the story), where the page showed the drawing.
 */
import { linkedAnchor } from '../lib/state/linked-anchor';
import { linkedLaterStep } from './linked-later-step';

/** What the story's head script's element says: the first step's anchor. */
const FIRST_STEP_ATTRIBUTE = 'data-first-step';

/** The story's head script: marks a page opened at a link to anything but the first step, until it is parsed. */
export function hideServerMapForLink(): void {
  const first = document.currentScript?.getAttribute(FIRST_STEP_ATTRIBUTE);
  if (typeof first !== 'string') throw new Error(`the story's head script has no ${FIRST_STEP_ATTRIBUTE} attribute`);
  if (!location.hash || linkedAnchor(location.hash) === first) return;
  const root = document.documentElement;
  root.dataset.linkedLater = '';
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      if (!linkedLaterStep()) delete root.dataset.linkedLater;
    },
    { once: true },
  );
}
