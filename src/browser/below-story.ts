/**
 * The page's items below the story (corrections, about the maps, sources, the scenes' data: most of a phone's page)
 * on a page opened at a link into it (`#<anchor>`, a shared or reloaded step): the browser would style and lay them
 * out before the linked step could show, at 4× CPU some 100 ms of the critical path (docs/performance.md). The
 * story's head script marks such a page (`data-linked` on the root, before the body is parsed) and global.css then
 * skips them (`content-visibility: auto`); once the map has shown the step, they are laid out one at a time while
 * the page is idle, so that a scroll down to them never has to.
 */

/** The story's head script: marks a page opened at a link into it. */
export function holdBelowStory(): void {
  if (location.hash) document.documentElement.dataset.linked = '';
}

/** Lays out the items below the story where the head script held them, a section each time the page is idle. */
export function layOutBelowStory(): void {
  const sections = document.querySelectorAll<HTMLElement>('[data-linked] main > section');
  let next = 0;
  const layOut = () => {
    const section = sections[next++];
    if (!section) return;
    section.style.contentVisibility = 'visible';
    whenIdle(layOut);
  };
  whenIdle(layOut);
}

/** WebKit has no idle callbacks: there, in a task of its own. */
const whenIdle = (callback: () => void) => self.requestIdleCallback?.(callback) ?? setTimeout(callback);
