/**
 * Waiting for a state, never for a time: a probe is read until its value is what the journey expects. The
 * ceiling only turns a state that never comes into a failure with a message; a busy machine reaches the state
 * later, not never. ENGINES_TIMEOUT (seconds) raises it.
 */
import { isDeepStrictEqual } from 'node:util';

/** How long a state may take to arrive, in milliseconds. */
export const CEILING = Number(process.env.ENGINES_TIMEOUT ?? 45) * 1000;

/** The pause between two reads of a probe, in milliseconds: short, so a state is seen soon after it arrives. */
const POLL = 100;

/**
 * Reads `probe` until `done` holds for its value, and returns that value; fails after `ceiling` ms with
 * `what` and the last value read. A probe that throws is read again (a page may be between two documents).
 */
export async function waitFor<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, ceiling = CEILING): Promise<T> {
  const until = Date.now() + ceiling;
  let last: { value?: T; error?: unknown } = {};
  for (;;) {
    try {
      const value = await probe();
      if (done(value)) return value;
      last = { value };
    } catch (error) {
      last = { error };
    }
    if (Date.now() > until) {
      const seen = 'error' in last ? `the probe failed: ${String((last.error as Error)?.message ?? last.error)}` : `last seen: ${JSON.stringify(last.value)}`;
      throw new Error(`waited ${ceiling / 1000} s for ${what}; ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL));
  }
}

/** Waits until `probe` reads a value deeply equal to `expected`. */
export function waitForEqual<T>(what: string, probe: () => Promise<T>, expected: T, ceiling = CEILING): Promise<T> {
  return waitFor(what, probe, (value) => isDeepStrictEqual(value, expected), ceiling);
}

/** Fails with `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
