import { describe, expect, it } from 'vitest';
import { STEAL_LIMIT } from '../../scripts/bench/host.mjs';
import { measureRuns } from '../../scripts/bench/runs.mjs';

/** Runs whose steal is each of `steals` in turn, numbered as measured. */
function runner(steals: (number | null)[]) {
  let measured = 0;
  return async () => {
    const steal = steals[measured];
    measured += 1;
    return { n: measured, steal };
  };
}

describe('measureRuns', () => {
  it('keeps the runs the host left alone, in order', async () => {
    const log: string[] = [];
    const { runs, redone } = await measureRuns(3, 3, runner([0, 0.001, null]), (m) => log.push(m));
    expect(runs.map((r) => r.n)).toEqual([1, 2, 3]);
    expect(redone).toBe(0);
    expect(log).toEqual([]);
  });

  it('measures a run the host took CPU time from again, and says so', async () => {
    const log: string[] = [];
    const { runs, redone } = await measureRuns(3, 3, runner([0, 0.021, 0, STEAL_LIMIT, 0]), (m) => log.push(m));
    expect(runs.map((r) => r.n)).toEqual([1, 3, 4]);
    expect(redone).toBe(1);
    expect(log).toEqual(['the host took 2.1 % of the CPU time in run 2: measured again (1 of 3)']);
  });

  it('keeps slowed runs once its retries are spent, for the host check to flag', async () => {
    const { runs, redone } = await measureRuns(2, 1, runner([0.05, 0.05, 0.05, 0]), () => undefined);
    expect(runs.map((r) => [r.n, r.steal])).toEqual([
      [2, 0.05],
      [3, 0.05],
    ]);
    expect(redone).toBe(1);
  });

  it('tells the measure which run it is, a run measured again keeping its number', async () => {
    const asked: number[] = [];
    const measure = runner([0, 0.05, 0]);
    await measureRuns(2, 3, (i) => (asked.push(i), measure()), () => undefined);
    expect(asked).toEqual([1, 2, 2]);
  });

  it('measures each run once with no retries', async () => {
    const { runs, redone } = await measureRuns(2, 0, runner([0.05, 0.05]), () => undefined);
    expect(runs).toHaveLength(2);
    expect(redone).toBe(0);
  });
});
