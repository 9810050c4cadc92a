/**
 * A page opened at a link into it (`#<anchor>`, a shared or reloaded step) draws its first frame once the parser has
 * reached the element linked to (`<link rel="expect" blocking="render">`; Chromium from 124, other engines ignore it).
 * Otherwise the browser draws the page above that element as it arrives, frames the reader sees only as the top of
 * the story before the jump to the step: at 4× CPU two to four of 50–200 ms each, of the main thread that must
 * parse the rest of the page and then draw the linked step's map (docs/performance.md).
 */
export function holdFirstFrameForLink(): void {
  if (!location.hash) return;
  const expect = document.createElement('link');
  expect.rel = 'expect';
  expect.href = location.hash;
  expect.setAttribute('blocking', 'render');
  document.head.append(expect);
}
