// @ts-check
/**
 * Whether the host lent this machine its CPUs in full. On a virtual machine the hypervisor can give a CPU's time to
 * another guest ("steal" in Linux's /proc/stat): the page then gets less CPU than the profile assumes while the
 * load average and the floor can look quiet. Two runs of the same build twenty minutes apart, both with a quiet
 * floor, measured 0.2 % and 4.1 % slow frames at 4× CPU: the host took no CPU time through the first and up to
 * 3 % of it (in 10-second samples) through the second's story runs.
 */
import { readFileSync } from 'node:fs';

/** A run whose steal is over this share of the CPU time is flagged: a neighbour on the host was busy. */
export const STEAL_LIMIT = 0.005;

/** @typedef {{ steal: number, total: number }} CpuTimes all CPUs' time since boot, in clock ticks */

/**
 * The all-CPU line of /proc/stat: "cpu user nice system idle iowait irq softirq steal [guest guest_nice]". Guest
 * time is already counted in user and nice, so it is left out of the total.
 * @param {string} text the file's text
 * @returns {CpuTimes}
 */
export function parseCpuTimes(text) {
  const line = text.split('\n').find((l) => /^cpu\s/.test(l));
  if (!line) throw new Error('/proc/stat: no "cpu" line');
  const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (fields.length < 8 || fields.some((x) => !Number.isFinite(x)))
    throw new Error(`/proc/stat: the "cpu" line has no steal field or a field that is not a number: "${line}"`);
  return { steal: fields[7], total: fields.reduce((sum, x) => sum + x, 0) };
}

/** The CPU times now, or null where there is no /proc/stat (not Linux): the host is then not checked. */
export function cpuTimes() {
  let text;
  try {
    text = readFileSync('/proc/stat', 'utf8');
  } catch {
    return null;
  }
  return parseCpuTimes(text);
}

/**
 * The share of CPU time the host took between two readings; null without both, or when no time passed.
 * @param {CpuTimes | null} before @param {CpuTimes | null} after
 */
export function stealShare(before, after) {
  if (!before || !after) return null;
  const total = after.total - before.total;
  return total > 0 ? Math.max(0, after.steal - before.steal) / total : null;
}
