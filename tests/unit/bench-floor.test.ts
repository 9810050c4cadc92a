import { describe, expect, it } from 'vitest';
import { floorSentence } from '../../scripts/bench/report.mjs';
import { floorCheck, FLOOR_LIMITS } from '../../scripts/bench/summarize.mjs';

const one = (median: number) => ({ median, min: median, max: median });
const floor = (over16: number, p95: number, longTasks: number) => ({
  over16: one(over16),
  p95: one(p95),
  longTasks: one(longTasks),
});
const load = { before: 0.4, after: 0.6 };

describe('floorCheck', () => {
  it('finds a quiet machine when the floor scrolls at 60 Hz without long tasks', () => {
    expect(floorCheck(floor(0, 16.8, 0))).toEqual({
      quiet: true,
      figures: { over16: 0, p95: 16.8, longTasks: 0 },
      over: [],
    });
  });

  it('accepts figures right at the limits', () => {
    expect(floorCheck(floor(FLOOR_LIMITS.over16, FLOOR_LIMITS.p95, FLOOR_LIMITS.longTasks))?.quiet).toBe(true);
  });

  it('finds a busy machine on more than 1 % slow floor frames', () => {
    expect(floorCheck(floor(0.011, 16.8, 0))).toMatchObject({ quiet: false, over: ['over16'] });
  });

  it('finds a busy machine on a floor p95 over 17.5 ms', () => {
    expect(floorCheck(floor(0, 17.6, 0))).toMatchObject({ quiet: false, over: ['p95'] });
  });

  it('finds a busy machine on any floor long task', () => {
    expect(floorCheck(floor(0, 16.8, 1))).toMatchObject({ quiet: false, over: ['longTasks'] });
  });

  it('names every figure over its limit', () => {
    expect(floorCheck(floor(0.05, 33.2, 6))?.over).toEqual(['over16', 'p95', 'longTasks']);
  });

  it('checks the medians, not the worst run', () => {
    const check = floorCheck({
      over16: { median: 0, min: 0, max: 0.2 },
      p95: { median: 16.8, min: 16.7, max: 50 },
      longTasks: { median: 0, min: 0, max: 3 },
    });
    expect(check?.quiet).toBe(true);
  });

  it('does not call a floor without frames quiet', () => {
    expect(floorCheck({ over16: null, p95: null, longTasks: null })?.quiet).toBe(false);
  });

  it('has nothing to say without a floor', () => {
    expect(floorCheck(null)).toBeNull();
    expect(floorCheck(undefined)).toBeNull();
  });
});

describe('floorSentence', () => {
  it('tells plainly not to quote the figures of a busy run, with the floor figures and load average', () => {
    const sentence = floorSentence(floorCheck(floor(0.051, 33.2, 6)), { before: 13.8, after: 13 });
    expect(sentence).toContain('The floor was slow in this run (');
    expect(sentence).toContain('the machine was busy; do not quote these figures.');
    expect(sentence).toContain('5.1 %');
    expect(sentence).toContain('p95 33.2 ms');
    expect(sentence).toContain('6 long tasks');
    expect(sentence).toContain('load average 13.8 → 13.0');
  });

  it('says the floor was quiet otherwise, without the warning', () => {
    const sentence = floorSentence(floorCheck(floor(0, 16.7, 0)), load);
    expect(sentence).toMatch(/^The floor was quiet in this run/);
    expect(sentence).not.toContain('do not quote');
  });

  it('is null without a floor', () => {
    expect(floorSentence(null, load)).toBeNull();
  });
});
