import { describe, expect, it } from 'vitest';
import { BUDGETS, GOALS, goalRows, KB, MB, within } from '../../scripts/bench/goals.mjs';
import { formatSpread, goalsTable } from '../../scripts/bench/report.mjs';
import type { PageSummary } from '../../scripts/bench/summarize.mjs';

const one = (median: number) => ({ median, min: median, max: median });
const pass = (p95: number, max: number) => ({
  p95: one(p95),
  max: one(max),
  count: one(20),
  skipped: one(0),
  unshown: one(0),
  skippedRuns: 0,
  unshownRuns: 0,
  runs: 5,
});

/** A story page's summary that meets every goal of issue 14, with `change` applied. */
function story(change: (s: any) => void = () => {}): PageSummary {
  const s: any = {
    lcp: one(600),
    interaction: { over16: one(0.005), p95: one(16.8), max: one(50), longTasks: one(0) },
    steps: { scroll: pass(200, 900), reading: pass(120, 300) },
    jump: { step: 'last', ms: one(950), bytes: one(500), missed: 0, runs: 5, error: null },
    fullRead: { elements: one(1400), svgBytes: one(900 * KB), heap: one(7 * MB), bytes: one(150 * KB) },
  };
  change(s);
  return s as PageSummary;
}
const floor = { lcp: one(550) } as unknown as PageSummary;
const at4x = { cpu: 4 };

const verdict = (summary: PageSummary, label: string, context = at4x, floorSummary: PageSummary | null = floor) =>
  goalRows(summary, floorSummary, context).find((row) => row.label === label);

describe('goalRows', () => {
  it('passes a story page that meets every goal', () => {
    const rows = goalRows(story(), floor, at4x);
    expect(rows.map((row) => row.label)).toEqual(GOALS.map((goal) => goal.label));
    expect(rows.filter((row) => row.pass !== true)).toEqual([]);
  });

  it.each([
    ['frames over 16.7 ms while scrolling', (s: any) => (s.interaction.over16 = one(0.011))],
    ['frame interval p95 while scrolling (ms)', (s: any) => (s.interaction.p95 = one(16.9))],
    ['longest frame while scrolling (ms)', (s: any) => (s.interaction.max = one(50.1))],
    ['long tasks while scrolling', (s: any) => (s.interaction.longTasks = one(1))],
    ['step to map while scrolling, p95 (ms)', (s: any) => (s.steps.scroll.p95 = one(251))],
    ['step to map while scrolling, max (ms)', (s: any) => (s.steps.scroll.max = one(1001))],
    ['step to map at reading pace, p95 (ms)', (s: any) => (s.steps.reading.p95 = one(251))],
    ['step to map at reading pace, max (ms)', (s: any) => (s.steps.reading.max = one(1001))],
    ['jump to a later step shown (ms)', (s: any) => (s.jump.ms = one(1001))],
    ['DOM elements after a full read', (s: any) => (s.fullRead.elements = one(1501))],
    ['SVG markup after a full read (KB)', (s: any) => (s.fullRead.svgBytes = one(MB + 1))],
    ['JS heap after a full read (MB)', (s: any) => (s.fullRead.heap = one(8 * MB + 1))],
    ['full read transferred (KB, compressed)', (s: any) => (s.fullRead.bytes = one(160 * KB + 1))],
    ["LCP after the floor's LCP (ms)", (s: any) => (s.lcp = one(651))],
  ])('fails "%s" just over its target, and only that goal', (label, change) => {
    const rows = goalRows(story(change), floor, at4x);
    expect(rows.filter((row) => row.pass === false).map((row) => row.label)).toEqual([label]);
  });

  it('meets a target that a figure equals but for floating-point noise (60 Hz frames\' p95), and not one it is over', () => {
    expect(verdict(story((s) => (s.interaction.p95 = one(16.800000000000182))), 'frame interval p95 while scrolling (ms)')?.pass).toBe(true);
    expect(verdict(story((s) => (s.interaction.p95 = one(16.801))), 'frame interval p95 while scrolling (ms)')?.pass).toBe(false);
  });

  it('judges the median, not the worst run', () => {
    const row = verdict(
      story((s) => (s.fullRead.elements = { median: 1400, min: 1300, max: 1900 })),
      'DOM elements after a full read',
    );
    expect(row?.pass).toBe(true);
  });

  it('allows 3 % slow frames at 6× CPU, 1 % below', () => {
    const slow = story((s) => (s.interaction.over16 = one(0.025)));
    expect(verdict(slow, 'frames over 16.7 ms while scrolling', { cpu: 4 })?.pass).toBe(false);
    expect(verdict(slow, 'frames over 16.7 ms while scrolling', { cpu: 6 })).toMatchObject({
      pass: true,
      limit: '≤ 3 %',
    });
  });

  it('fails the worst latency when the map never showed the last step in some run', () => {
    const row = verdict(
      story((s) => (s.steps.scroll.unshownRuns = 1)),
      'step to map while scrolling, max (ms)',
    );
    expect(row?.pass).toBe(false);
    expect(row?.shown).toBe('900 (last step not shown in 1 of 5 runs)');
  });

  it('fails the worst latency at reading pace when a step was skipped, but not while scrolling', () => {
    const skipped = story((s) => {
      s.steps.scroll.skippedRuns = 5;
      s.steps.reading.skippedRuns = 2;
    });
    expect(verdict(skipped, 'step to map while scrolling, max (ms)')?.pass).toBe(true);
    expect(verdict(skipped, 'step to map at reading pace, max (ms)')).toMatchObject({
      pass: false,
      shown: '300 (steps skipped in 2 of 5 runs)',
    });
  });

  it('fails the jump when it was not shown in some run', () => {
    expect(
      verdict(
        story((s) => (s.jump.missed = 1)),
        'jump to a later step shown (ms)',
      )?.pass,
    ).toBe(false);
  });

  it('leaves a figure that was not measured undecided', () => {
    const noReading = story((s) => (s.steps.reading = null));
    expect(verdict(noReading, 'step to map at reading pace, p95 (ms)')).toMatchObject({ pass: null, shown: '–' });
    expect(verdict(story(), "LCP after the floor's LCP (ms)", at4x, null)).toMatchObject({ pass: null });
  });

  it('shows each figure in the unit of its target', () => {
    const rows = goalRows(story(), floor, at4x);
    const row = (label: string) => rows.find((r) => r.label === label);
    expect(row('frames over 16.7 ms while scrolling')).toMatchObject({ shown: '0.5 %', limit: '≤ 1 %' });
    expect(row('SVG markup after a full read (KB)')).toMatchObject({ shown: '900.0', limit: '≤ 1024' });
    expect(row('JS heap after a full read (MB)')).toMatchObject({ shown: '7.0', limit: '≤ 8' });
    expect(row("LCP after the floor's LCP (ms)")).toMatchObject({ value: 50, shown: '50' });
  });
});

describe('goalsTable', () => {
  it('has a row per goal with the median, the target and the verdict', () => {
    const table = goalsTable(
      [
        { kind: 'story', path: '/', summary: story((s) => (s.fullRead.elements = one(2579))), note: null },
        { kind: 'floor', path: '/__bench/floor/', summary: floor, note: null },
      ],
      at4x,
    );
    expect(table?.split('\n')).toHaveLength(2 + GOALS.length);
    expect(table).toContain('| DOM elements after a full read | 2579 | ≤ 1500 | **FAIL** |');
    expect(table).toContain('| jump to a later step shown (ms) | 950 | ≤ 1000 | pass |');
  });

  it('is null without a measured story page', () => {
    expect(goalsTable([{ kind: 'story', path: '/', summary: null, note: 'not built' }], at4x)).toBeNull();
  });
});

describe('budgets', () => {
  it('read the median of a summary', () => {
    const bytes = BUDGETS.find((b) => b.label.startsWith('bytes on first load'));
    const summary = { firstLoad: { total: { bytes: { median: 70 * KB, min: 60 * KB, max: 95 * KB } } } };
    expect(bytes?.value(summary as unknown as PageSummary)).toBe(70 * KB);
  });
});

describe('within', () => {
  it('takes floating-point noise for the limit itself (budgets and goals), and nothing more', () => {
    expect(within(16.800000000000182, 16.8)).toBe(true);
    expect(within(0.010000000000000002, 0.01)).toBe(true);
    expect(within(90 * KB, 90 * KB)).toBe(true);
    expect(within(16.801, 16.8)).toBe(false);
    expect(within(0.0101, 0.01)).toBe(false);
    expect(within(90 * KB + 1, 90 * KB)).toBe(false);
  });
});

describe('formatSpread', () => {
  it('shows the median with its unit, then the range of the runs', () => {
    expect(formatSpread({ median: 16.75, min: 16.7, max: 83.1 }, (x) => x.toFixed(1), ' ms')).toBe(
      '16.8 ms (16.7–83.1)',
    );
  });

  it('shows the median alone when the runs agree as shown', () => {
    expect(formatSpread({ median: 3, min: 3, max: 3 })).toBe('3');
    expect(formatSpread({ median: 11.31, min: 11.29, max: 11.33 }, (x) => x.toFixed(1), ' s')).toBe('11.3 s');
  });

  it('shows a dash for a figure not measured', () => {
    expect(formatSpread(null)).toBe('–');
  });
});
