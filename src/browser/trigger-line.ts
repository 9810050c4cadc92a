/**
 * Which step the reader has reached: a line across the viewport at a share of its height, and the steps that
 * cross it. An IntersectionObserver whose root is shrunk to that line reports each crossing off the main thread's
 * scroll path: nothing runs, reads the scroll position or forces layout while the page scrolls between crossings.
 * (scrollama, used before, does all three on every scroll event: its document listener reads `pageYOffset`, which
 * forces the style and layout that the map's own changes left pending, in the frame the reader is scrolling.)
 */
export interface TriggerLine {
  /** Moves the line to another share of the viewport's height (after a resize or rotation). */
  moveTo(share: number): void;
  disconnect(): void;
}

/**
 * Calls `onReach(step)` when a step comes to span the line (scrolling down onto its top, or up onto its bottom; and
 * for the step on it when watching starts), and `onBelow(step)` when a step on the line leaves it by moving down
 * past it (the reader scrolling back above that step's top).
 */
export function watchTriggerLine(
  steps: readonly Element[],
  share: number,
  onReach: (step: Element) => void,
  onBelow: (step: Element) => void,
): TriggerLine {
  let observer: IntersectionObserver | null = null;
  /** Steps seen on the line: only those can leave it (an observer's first report names every step). */
  const onLine = new Set<Element>();
  const start = (at: number) => {
    observer?.disconnect();
    onLine.clear();
    // The root shrunk to a line `at` of the way down, in pixels of `innerHeight` as StepObserver's own checks
    // measure it (a phone's emulated or zoomed viewport can give the observer's root another height); set again
    // after every resize.
    const line = Math.round(innerHeight * at);
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) {
            onLine.add(entry.target);
            onReach(entry.target);
          } else if (onLine.delete(entry.target) && entry.rootBounds && entry.boundingClientRect.top > entry.rootBounds.top)
            onBelow(entry.target);
        }
      },
      { rootMargin: `${-line}px 0px ${line - innerHeight}px 0px` },
    );
    for (const step of steps) observer.observe(step);
  };
  start(share);
  return {
    moveTo: start,
    disconnect: () => observer?.disconnect(),
  };
}
