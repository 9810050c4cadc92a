import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleTimer } from '../../src/lib/settle-timer';

describe('settleTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    // The spies on the timers first, while they wrap the fake ones: restored later (between files of a worker),
    // they would put a fake setTimeout back for good.
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  const make = () => {
    const settled = vi.fn();
    return { settled, timer: settleTimer(120, settled, () => Date.now()) };
  };

  it('calls back once, `ms` after the last poke, however many pokes came before', () => {
    const { settled, timer } = make();
    for (let i = 0; i < 30; i++) {
      timer.poke();
      vi.advanceTimersByTime(16);
    }
    // 16 ms after the last poke.
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(103);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(settled).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('keeps one timer through the pokes rather than one per poke', () => {
    const { timer } = make();
    const set = vi.spyOn(globalThis, 'setTimeout');
    const cleared = vi.spyOn(globalThis, 'clearTimeout');
    for (let i = 0; i < 60; i++) {
      timer.poke();
      vi.advanceTimersByTime(16);
    }
    // Once at the first poke, then once each time it fired early: about every 120 ms over 960 ms.
    expect(set.mock.calls.length).toBeLessThanOrEqual(10);
    expect(cleared).not.toHaveBeenCalled();
  });

  it('hold pushes a wait under way back, as a poke would, and starts none', () => {
    const { settled, timer } = make();
    timer.hold();
    vi.advanceTimersByTime(1000);
    expect(settled).not.toHaveBeenCalled();
    timer.poke();
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(100);
      timer.hold();
    }
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(120);
    expect(settled).toHaveBeenCalledTimes(1);
    timer.hold();
    vi.advanceTimersByTime(1000);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('waits again after it has called back, from the next poke', () => {
    const { settled, timer } = make();
    timer.poke();
    vi.advanceTimersByTime(120);
    timer.poke();
    vi.advanceTimersByTime(119);
    expect(settled).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(settled).toHaveBeenCalledTimes(2);
  });

  it('a poke may say when it happened: the wait runs from then', () => {
    const { settled, timer } = make();
    vi.advanceTimersByTime(1000);
    timer.poke(Date.now() - 100);
    vi.advanceTimersByTime(19);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('a poke timed on another clock (epoch milliseconds) still settles, `ms` after the first', () => {
    const { settled, timer } = make();
    for (let i = 0; i < 5; i++) {
      timer.poke(Date.now() + 1e12);
      vi.advanceTimersByTime(16);
    }
    vi.advanceTimersByTime(120 - 5 * 16);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('cancel() drops the wait under way; a later poke starts a new one', () => {
    const { settled, timer } = make();
    timer.poke();
    vi.advanceTimersByTime(60);
    timer.cancel();
    vi.advanceTimersByTime(500);
    expect(settled).not.toHaveBeenCalled();
    timer.poke();
    vi.advanceTimersByTime(120);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('a wait that is not a number of milliseconds is an error', () => {
    expect(() => settleTimer(Number.NaN, () => undefined)).toThrow(/ms must be a number of milliseconds ≥ 0, got NaN/);
    expect(() => settleTimer(-1, () => undefined)).toThrow(/got -1/);
  });
});
