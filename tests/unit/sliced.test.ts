import { afterEach, describe, expect, it, vi } from 'vitest';
import { sliced } from '../../src/browser/sliced';

describe('sliced', () => {
  let frames = 0;
  afterEach(() => vi.unstubAllGlobals());
  const stubFrames = () => {
    frames = 0;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames += 1;
      setTimeout(() => callback(performance.now()), 0);
      return frames;
    });
  };

  it('sliced(items, each, { perFrame }) runs every item, at most perFrame in each animation frame', async () => {
    stubFrames();
    const seen: [number, number][] = [];
    await sliced([1, 2, 3, 4, 5, 6, 7], (n) => seen.push([n, frames]), { perFrame: 3 });
    expect(seen.map(([n]) => n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(seen.map(([, frame]) => frame)).toEqual([1, 1, 1, 2, 2, 2, 3]);
  });

  it('sliced(items, each, { budgetMs }) stops a slice once its time is up, after at least one item', async () => {
    stubFrames();
    const seen: number[] = [];
    await sliced([1, 2, 3], () => {
      const until = performance.now() + 5;
      while (performance.now() < until);
      seen.push(frames);
    }, { budgetMs: 1 });
    expect(seen).toEqual([1, 2, 3]);
  });

  it('sliced(items, each, { urgent }) runs the rest between tasks, without waiting for frames, once urgent', async () => {
    stubFrames();
    const seen: number[] = [];
    let urgent = false;
    await sliced(
      [1, 2, 3, 4, 5, 6],
      (n) => {
        seen.push(frames);
        if (n === 2) urgent = true;
      },
      { perFrame: 1, urgent: () => urgent },
    );
    // Items 1 and 2 each in a frame of their own; then, in a hurry, the rest in one slice and no frame more.
    expect(seen).toEqual([1, 2, 2, 2, 2, 2]);
  });

  it('sliced(items, each, { urgent }) parts its slices with posted tasks where the page has them, not timeouts', async () => {
    // Chained timeouts are held 4 ms apart from the fifth on; a posted task is not.
    stubFrames();
    let posted = 0;
    vi.stubGlobal('scheduler', {
      postTask: (callback: () => void) => {
        posted += 1;
        return new Promise<void>((resolve) => setImmediate(() => resolve(callback())));
      },
    });
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const seen: number[] = [];
    try {
      // Each item outlasts a slice in a hurry (6 ms): a slice each, a task before each and one that finds the end.
      await sliced([1, 2, 3], (n) => {
        seen.push(n);
        const until = performance.now() + 7;
        while (performance.now() < until);
      }, { urgent: () => true });
      expect(timeout).not.toHaveBeenCalled();
    } finally {
      timeout.mockRestore();
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(posted).toBe(4);
    expect(frames).toBe(0);
  });

  it('sliced of nothing waits one frame and returns', async () => {
    stubFrames();
    await sliced([], () => {
      throw new Error('not called');
    });
    expect(frames).toBe(1);
  });
});
