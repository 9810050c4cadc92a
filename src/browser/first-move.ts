/**
 * What counts as the reader moving: scrolling, touching, pointing or pressing a key, anywhere on the page. Not
 * `pointerover` alone: the browser sends it when the page loads under a pointer at rest (headless Chromium's at 0,0
 * too), which is no reader reaching for the map; a pointer that moves sends `pointermove`.
 */
const MOVES = [
  'scroll',
  'wheel',
  'touchstart',
  'keydown',
  'pointermove',
  'pointerdown',
  'focusin',
] as const;

/** Calls `then` once, the first time the reader moves; returns a function that stops waiting. */
export function onFirstMove(then: () => void): () => void {
  const stop = () => {
    for (const name of MOVES) removeEventListener(name, move, true);
  };
  const move = () => {
    stop();
    then();
  };
  for (const name of MOVES) addEventListener(name, move, { capture: true, passive: true });
  return stop;
}
