import { describe, expect, it } from 'vitest';
import { cls, frameStats, median, percentile, spread } from '../../scripts/bench/stats.mjs';

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
