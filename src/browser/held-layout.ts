/**
 * A page opened at a link into it (`#<anchor>`, a link someone shared): before the linked step could show, the browser
 * would style and lay out the whole page, the other steps and the items below the story (corrections, about the maps,
 * sources, the scenes' data) included: 141 ms at 4× CPU in a trace, on the path to the map (docs/performance.md). The
 * story's head script marks such a page (`data-linked` on the root, before the body is parsed) and global.css skips
 * those parts (`content-visibility: auto`, all but the element linked to); once the map has shown the step, they are
 * laid out one at a time while the page is idle, so that a scroll to them never has to.
 *
 * Only where the browser takes the page to the anchor (a `navigate`): a reload goes back to the scroll position the
 * reader left, which the sizes of the parts above it place. And the steps only where the browser anchors scrolling
 * (global.css): a reader who scrolls up to a held step before the page lays it out has the browser lay it out, and
 * WebKit would move the page under the reader by as much as it grows.
 */
import { afterFrame } from './after-frame';

/** The story's head script: marks a page opened at a link into it, when the browser takes it to the anchor. */
export function holdLayoutForLink(): void {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (location.hash && navigation?.type === 'navigate') document.documentElement.dataset.linked = '';
}

/**
 * Lays out the parts of the page the head script held, one each time the page is idle. One above the screen grows or
 * shrinks as it is laid out, and the page below it moves by as much: the page scrolls back by that itself, in the
 * same task, rather than leave it to the browser's scroll anchoring, which Chromium skipped for one step in about one
 * load in 30 at a link on a short screen (the reader was left on the step before the linked one). The browser's
 * anchoring is off until the frame after, so the two never add up. Layout is read in idle tasks, where it is clean.
 */
export function layOutHeldParts(): void {
  const parts = document.querySelectorAll<HTMLElement>('[data-linked] :is(section.step, main > section)');
  const root = document.documentElement;
  let anchoringOff = 0;
  let next = 0;
  const layOut = () => {
    const part = parts[next++];
    if (!part) return;
    const before = part.getBoundingClientRect();
    if (before.bottom > 0) part.style.contentVisibility = 'visible';
    else {
      anchoringOff += 1;
      root.style.overflowAnchor = 'none';
      part.style.contentVisibility = 'visible';
      const grown = part.getBoundingClientRect().height - before.height;
      if (grown !== 0) scrollBy({ top: grown, behavior: 'instant' });
      void afterFrame().then(() => {
        anchoringOff -= 1;
        if (anchoringOff === 0) root.style.removeProperty('overflow-anchor');
      });
    }
    whenIdle(layOut);
  };
  whenIdle(layOut);
}

/** WebKit has no idle callbacks: there, in a task of its own. */
const whenIdle = (callback: () => void) => self.requestIdleCallback?.(callback) ?? setTimeout(callback);
