/**
 * Resolves once the next frame has been drawn: a task queued from that frame's animation callbacks runs after its
 * style, layout, resize observers and paint.
 */
export function afterFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
