import { describe, expect, it } from 'vitest';
import {
  cls,
  frameStats,
  latencyFigures,
  median,
  percentile,
  spread,
  stepLatencies,
  type StepEvent,
} from '../../scripts/bench/stats.mjs';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('leaves out null, undefined and non-finite values', () => {
    expect(median([null, 7, undefined, Number.NaN, Infinity, 9])).toBe(8);
  });

  it('is null without a number', () => {
    expect(median([])).toBeNull();
    expect(median([null, undefined])).toBeNull();
  });
});

describe('spread', () => {
  it('gives the median, the least and the greatest value', () => {
    expect(spread([30, 10, 20, 50, 40])).toEqual({ median: 30, min: 10, max: 50 });
  });

  it('of one run is that run three times', () => {
    expect(spread([12])).toEqual({ median: 12, min: 12, max: 12 });
  });

  it('leaves out runs that did not measure the figure', () => {
    expect(spread([null, 4, 2])).toEqual({ median: 3, min: 2, max: 4 });
  });

  it('is null when no run measured the figure', () => {
    expect(spread([null, null])).toBeNull();
  });
});

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('takes the value at index ⌊q·n⌋ of the sorted values', () => {
    expect(percentile(hundred, 0.95)).toBe(96);
    expect(percentile(hundred, 0.5)).toBe(51);
    expect(percentile(hundred, 0)).toBe(1);
  });

  it('is the largest value for q = 1 and for p95 of 20 values or fewer', () => {
    expect(percentile(hundred, 1)).toBe(100);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 0.95)).toBe(20);
    expect(percentile([3], 0.95)).toBe(3);
  });

  it('is null for no values', () => {
    expect(percentile([], 0.95)).toBeNull();
  });
});

describe('frameStats', () => {
  it('counts frames over 16.7 and 33.3 ms with a 1 ms allowance', () => {
    const frames = [16.7, 16.8, 17.7, 17.8, 34.3, 34.4, 16.6, 16.7, 16.7, 16.7];
    const stats = frameStats(frames);
    expect(stats.frames).toBe(10);
    expect(stats.over16).toBeCloseTo(0.3); // 17.8, 34.3, 34.4
    expect(stats.over33).toBeCloseTo(0.1); // 34.4
    expect(stats.max).toBe(34.4);
    expect(stats.p50).toBe(16.8); // sorted[5] of 10
  });

  it('has no figures without frames', () => {
    expect(frameStats([])).toEqual({ frames: 0, p50: null, p95: null, max: null, over16: 0, over33: 0 });
  });
});

describe('cls', () => {
  it('is the largest session window: shifts less than 1 s apart, within 5 s', () => {
    expect(
      cls([
        [0, 0.1],
        [500, 0.1],
        [2000, 0.05],
      ]),
    ).toBeCloseTo(0.2);
    expect(
      cls([
        [0, 0.1],
        [900, 0.1],
        [1800, 0.1],
        [2700, 0.1],
        [3600, 0.1],
        [4500, 0.1],
        [5400, 0.1],
      ]),
    ).toBeCloseTo(0.6);
  });
});

describe('stepLatencies', () => {
  it('times each step from becoming active to the map showing it', () => {
    const events: StepEvent[] = [
      [100, 'active', 'a'],
      [150, 'shown', 'a'],
      [1000, 'active', 'b'],
      [1240, 'shown', 'b'],
    ];
    expect(stepLatencies(events, 0, 2000)).toEqual({ latencies: [50, 240], skipped: 0, unshown: 0, waited: null });
  });

  it('counts a step left before the map showed it as skipped, not as a latency', () => {
    const events: StepEvent[] = [
      [0, 'active', 'a'],
      [300, 'active', 'b'],
      [400, 'shown', 'a'], // too late: the reader is on b
      [600, 'active', 'c'],
      [700, 'shown', 'c'],
    ];
    expect(stepLatencies(events, 0, 1000)).toEqual({ latencies: [100], skipped: 2, unshown: 0, waited: null });
  });

  it('uses the events before the window only to know where the reader and the map were', () => {
    const events: StepEvent[] = [
      [10, 'active', 'a'],
      [20, 'shown', 'a'],
      [30, 'active', 'b'], // before the window, never shown: neither a latency nor skipped
      [100, 'active', 'c'],
      [180, 'shown', 'c'],
    ];
    expect(stepLatencies(events, 50, 1000).latencies).toEqual([80]);
    expect(stepLatencies(events, 50, 1000).skipped).toBe(0);
  });

  it('counts 0 ms for a step the map still shows when it becomes active again', () => {
    const events: StepEvent[] = [
      [0, 'active', 'a'],
      [10, 'shown', 'a'],
      [100, 'active', 'b'],
      [120, 'active', 'a'],
    ];
    expect(stepLatencies(events, 50, 500)).toEqual({ latencies: [0], skipped: 1, unshown: 0, waited: null });
  });

  it('ignores an active step set again to the same value', () => {
    const events: StepEvent[] = [
      [0, 'active', 'a'],
      [50, 'active', 'a'],
      [90, 'shown', 'a'],
    ];
    expect(stepLatencies(events, 0, 500).latencies).toEqual([90]);
  });

  it('reports a last step still not shown at the end, and how long it waited', () => {
    const events: StepEvent[] = [
      [0, 'active', 'a'],
      [20, 'shown', 'a'],
      [100, 'active', 'b'],
      [6000, 'shown', 'b'], // after the end
    ];
    expect(stepLatencies(events, 0, 5100)).toEqual({ latencies: [20], skipped: 0, unshown: 1, waited: 5000 });
  });
});

describe('latencyFigures', () => {
  it('gives p95, max and counts of one pass', () => {
    const latencies = Array.from({ length: 40 }, (_, i) => (i + 1) * 10);
    expect(latencyFigures({ latencies, skipped: 3, unshown: 0, waited: null })).toEqual({
      p95: 390,
      max: 400,
      count: 40,
      skipped: 3,
      unshown: 0,
    });
  });

  it('has no p95 or max without a latency', () => {
    expect(latencyFigures({ latencies: [], skipped: 2, unshown: 1, waited: 5000 })).toEqual({
      p95: null,
      max: null,
      count: 0,
      skipped: 2,
      unshown: 1,
    });
  });
});
