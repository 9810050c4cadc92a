/**
 * Runs `each` over `items` a slice per animation frame — at most `perFrame` items and, within that, no longer
 * than `budgetMs` — so preparing a map while the reader scrolls never holds up a frame. The count limit is for
 * work whose real cost comes after the script, when the browser lays out what it added.
 */
export async function sliced<T>(
  items: Iterable<T>,
  each: (item: T) => void,
  { budgetMs = 3, perFrame = Infinity } = {},
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  for (;;) {
    // After the frame is painted: a slice then runs in the idle part of the frame.
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const start = performance.now();
    for (let done = 0; done < perFrame && (done === 0 || performance.now() - start < budgetMs); done++) {
      const next = iterator.next();
      if (next.done) return;
      each(next.value);
    }
  }
}
