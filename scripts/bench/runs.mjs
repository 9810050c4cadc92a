// @ts-check
/** A page's runs, each measured again (a few times at most) when the host took CPU time from it. */
import { STEAL_LIMIT } from './host.mjs';

/**
 * Measures `count` runs of a page with `measureOne`. A run in which the host took more than STEAL_LIMIT of the CPU
 * time (steal, bench/host.mjs) is not kept but measured again, up to `retries` times for the page: a neighbour on the
 * host is often busy for a run or two, and figures from runs it slowed are not to quote. Runs still slowed when the
 * retries are spent are kept, and the host check flags them. Returns the runs kept and how many were measured again.
 * @template {{ steal: number | null }} R
 * @param {number} count @param {number} retries @param {(run: number) => Promise<R>} measureOne measures run `run` (from 1)
 * @param {(message: string) => void} log
 * @returns {Promise<{ runs: R[], redone: number }>}
 */
export async function measureRuns(count, retries, measureOne, log) {
  /** @type {R[]} */
  const runs = [];
  let redone = 0;
  while (runs.length < count) {
    const run = await measureOne(runs.length + 1);
    const taken = run.steal ?? 0;
    if (taken > STEAL_LIMIT && redone < retries) {
      redone += 1;
      log(`the host took ${(taken * 100).toFixed(1)} % of the CPU time in run ${runs.length + 1}: measured again (${redone} of ${retries})`);
      continue;
    }
    runs.push(run);
  }
  return { runs, redone };
}
