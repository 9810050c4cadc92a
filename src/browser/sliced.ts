import { afterFrame } from './after-frame';

/**
 * Runs `each` over `items` a slice per animation frame — at most `perFrame` items and, within that, no longer
 * than `budgetMs` — so preparing a map while the reader scrolls never holds up a frame. The count limit is for
 * work whose real cost comes after the script, when the browser lays out what it added.
 *
 * Once `urgent()` is true (the reader is waiting for this very work), the rest runs in larger slices between
 * tasks rather than frames: on a slow or busy device frames come seldom, and a map a frame-slice at a time
 * would fall seconds behind the text.
 */
export async function sliced<T>(
  items: Iterable<T>,
  each: (item: T) => void,
  { budgetMs = 3, perFrame = Infinity, urgent = () => false }: { budgetMs?: number; perFrame?: number; urgent?: () => boolean } = {},
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  for (;;) {
    const hurry = urgent();
    // After the frame is painted: a slice then runs in the idle part of the frame. In a hurry, after the task.
    await (hurry ? nextTask() : afterFrame());
    const start = performance.now();
    const limit = hurry ? Infinity : perFrame;
    const budget = hurry ? URGENT_BUDGET_MS : budgetMs;
    for (let done = 0; done < limit && (done === 0 || performance.now() - start < budget); done++) {
      const next = iterator.next();
      if (next.done) return;
      each(next.value);
    }
  }
}

/**
 * A task after this one, at the priority of a timeout's. Chained timeouts are held at least 4 ms apart from the
 * fifth on (the HTML standard's timer nesting): idle time between the slices of a drawing the reader waits for.
 * A posted task is not; a timeout where the browser has no `scheduler`.
 */
const nextTask = (): Promise<void> => globalThis.scheduler?.postTask(() => {}) ?? new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A slice's length when the reader waits: tasks, not frames, set the pace, and each is short enough (with the
 * layout of what it adds) not to be a long task. Short enough too that a frame of the scroll fits between two: at
 * 12 ms, the drawing a reader scrolls on to while the live map wakes made every other frame of that second slow at
 * 6× CPU. Scrolls of each in turn (5 Dec, docs/performance.md): at 6×, 2.5 % of frames slow against 3.5 % (better
 * in 6 of 6), at 4×, 1.0 % against 1.1 % (4 of 5); the step's map no later.
 */
const URGENT_BUDGET_MS = 6;
