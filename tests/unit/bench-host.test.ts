import { describe, expect, it } from 'vitest';
import { parseCpuTimes, STEAL_LIMIT, stealShare } from '../../scripts/bench/host.mjs';
import { hostSentence } from '../../scripts/bench/report.mjs';
import { hostCheck } from '../../scripts/bench/summarize.mjs';

const STAT = `cpu  739369 6462 116831 1002683 1876 0 1106 12203 0 0
cpu0 369000 3000 58000 501000 900 0 500 6100 0 0
intr 1 2 3
`;

describe('parseCpuTimes', () => {
  it('reads steal and the total from the all-CPU line, guest time left out (it is in user and nice)', () => {
    expect(parseCpuTimes(STAT)).toEqual({ steal: 12203, total: 739369 + 6462 + 116831 + 1002683 + 1876 + 0 + 1106 + 12203 });
  });

  it('refuses a file without the all-CPU line, naming the file', () => {
    expect(() => parseCpuTimes('cpu0 1 2 3 4 5 6 7 8\n')).toThrow(/\/proc\/stat: no "cpu" line/);
  });

  it('refuses a line without the steal field (kernels before 2.6.11)', () => {
    expect(() => parseCpuTimes('cpu  1 2 3 4 5 6 7\n')).toThrow(/no steal field/);
  });

  it('refuses a field that is not a number', () => {
    expect(() => parseCpuTimes('cpu  1 2 3 x 5 6 7 8\n')).toThrow(/not a number/);
  });
});

describe('stealShare', () => {
  it('is the steal ticks over all ticks between two readings', () => {
    expect(stealShare({ steal: 100, total: 10_000 }, { steal: 130, total: 12_000 })).toBeCloseTo(0.015);
  });

  it('is null without a reading or when no time passed', () => {
    expect(stealShare(null, { steal: 1, total: 2 })).toBeNull();
    expect(stealShare({ steal: 1, total: 2 }, null)).toBeNull();
    expect(stealShare({ steal: 1, total: 2 }, { steal: 1, total: 2 })).toBeNull();
  });
});

describe('hostCheck', () => {
  const page = (max: number) => ({ steal: { median: max / 2, min: 0, max } });

  it('judges the worst run of any page, against the limit', () => {
    expect(hostCheck([page(0), page(STEAL_LIMIT)])).toEqual({ steal: STEAL_LIMIT, busy: false });
    expect(hostCheck([page(0), page(0.02), null])).toEqual({ steal: 0.02, busy: true });
  });

  it('has nothing to say where steal could not be read', () => {
    expect(hostCheck([null, { steal: null }])).toBeNull();
  });
});

describe('hostSentence', () => {
  it('says the figures are not to be quoted when the host was busy, and gives the share', () => {
    expect(hostSentence({ steal: 0.031, busy: true })).toMatch(/^\*\*The host took 3\.1 % .*do not quote these figures\.\*\*$/);
    expect(hostSentence({ steal: 0, busy: false })).toBe(
      'The host lent this machine its CPUs (it took 0.0 % of the CPU time in a run at most (steal; limit 0.5 %)).',
    );
    expect(hostSentence(null)).toBeNull();
  });
});
