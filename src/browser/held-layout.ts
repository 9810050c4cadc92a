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
 * (global.css): one above the screen grows or shrinks as it is laid out, and WebKit would move the page under the
 * reader by as much.
 */

/** The story's head script: marks a page opened at a link into it, when the browser takes it to the anchor. */
export function holdLayoutForLink(): void {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (location.hash && navigation?.type === 'navigate') document.documentElement.dataset.linked = '';
}

/** Lays out the parts of the page the head script held, one each time the page is idle. */
export function layOutHeldParts(): void {
  const parts = document.querySelectorAll<HTMLElement>('[data-linked] :is(section.step, main > section)');
  let next = 0;
  const layOut = () => {
    const part = parts[next++];
    if (!part) return;
    part.style.contentVisibility = 'visible';
    whenIdle(layOut);
  };
  whenIdle(layOut);
}

/** WebKit has no idle callbacks: there, in a task of its own. */
const whenIdle = (callback: () => void) => self.requestIdleCallback?.(callback) ?? setTimeout(callback);
