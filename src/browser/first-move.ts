/** What counts as the reader moving: scrolling, touching, pointing or pressing a key, anywhere on the page. */
const MOVES = [
  'scroll',
  'wheel',
  'touchstart',
  'keydown',
  'pointerover',
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
