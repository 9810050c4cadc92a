/**
 * Calls `settled` once `ms` have passed since the last `poke()`: "once the scrolling stops". It keeps one timer
 * and, when that fires early, sets it again for the time left, where clearing and setting a timeout on every poke
 * (every scroll event, so every frame of a scroll) cost a phone's main thread about a quarter of a second over a
 * scroll through the story. `now` is the clock the pokes are timed by; a poke may say when it happened on that clock
 * (an event's `timeStamp`), which spares reading it on every scroll event.
 */
export function settleTimer(ms: number, settled: () => void, now: () => number = () => performance.now()): { poke(at?: number): void; hold(at?: number): void; cancel(): void } {
  if (!(ms >= 0)) throw new Error(`settleTimer: ms must be a number of milliseconds ≥ 0, got ${ms}`);
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    const left = last + ms - now();
    // More than `ms` left means a poke timed on another clock (an old browser's event times): never wait forever.
    if (left > 0 && left <= ms) {
      timer = setTimeout(fire, left);
      return;
    }
    timer = undefined;
    settled();
  };
  return {
    poke(at = now()) {
      last = at;
      timer ??= setTimeout(fire, Math.min(ms, Math.max(0, at + ms - now())));
    },
    /** Pushes a wait under way back, as a poke would; starts none ("not while the page still moves"). */
    hold(at = now()) {
      if (timer !== undefined) last = at;
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
