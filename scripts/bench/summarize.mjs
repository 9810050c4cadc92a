// @ts-check
/** The runs of one page summed up: each figure as its median and range over the runs; the floor's quiet check. */
import { STEAL_LIMIT } from './host.mjs';
import { KINDS, median, spread } from './stats.mjs';

/** @typedef {import('./stats.mjs').Spread} Spread */
/** @typedef {Awaited<ReturnType<typeof import('./measure.mjs').measure>>} Run */
/** @typedef {ReturnType<typeof summarize>} PageSummary */
/** @typedef {NonNullable<Run['interaction']>} Interaction */
/** @typedef {import('./measure.mjs').PassLatencies} PassLatencies */
/** @typedef {import('./measure.mjs').Phase} Phase */

/** Requests and bytes of each run by type, in one phase of the visit; their spreads over the runs. */
function byKind(/** @type {Run[]} */ runs, /** @type {Phase} */ phase) {
  const perRun = runs.map((run) => {
    const local = run.requests.filter((r) => !r.otherHost && !r.failed && r.phase === phase);
    /** @type {Record<string, { requests: number, bytes: number }>} */
    const kinds = Object.fromEntries(KINDS.map((k) => [k, { requests: 0, bytes: 0 }]));
    for (const r of local) {
      kinds[r.kind].requests += 1;
      kinds[r.kind].bytes += r.bytes;
    }
    kinds.total = { requests: local.length, bytes: local.reduce((sum, r) => sum + r.bytes, 0) };
    return kinds;
  });
  /** @param {number[]} xs */
  const range = (xs) => spread(xs) ?? { median: 0, min: 0, max: 0 };
  return Object.fromEntries(
    [...KINDS, 'total'].map((k) => [
      k,
      { requests: range(perRun.map((p) => p[k].requests)), bytes: range(perRun.map((p) => p[k].bytes)) },
    ]),
  );
}

/** Each figure's spread over the runs; the median of each first-load file; what went wrong in any run. */
export function summarize(/** @type {Run[]} */ runs) {
  /** Median bytes of each first-load file, largest first. */
  const files = new Map();
  for (const run of runs) {
    for (const r of run.requests.filter((q) => !q.otherHost && !q.failed && q.phase === 'load')) {
      const path = new URL(r.url).pathname;
      files.set(path, [...(files.get(path) ?? []), r.bytes]);
    }
  }
  const largest = [...files]
    .map(([path, bytes]) => ({ path, bytes: /** @type {number} */ (median(bytes)) }))
    .sort((a, b) => b.bytes - a.bytes);
  const interactions = runs.map((r) => r.interaction).filter((x) => x !== null);
  /** @param {(r: Run) => number | null | undefined} figure */
  const sp = (figure) => spread(runs.map(figure));
  const withSteps = runs.map((r) => r.steps).filter((x) => x !== null);
  const readings = withSteps.map((s) => s.reading).filter((x) => x !== null);
  const jumps = runs.map((r) => r.jump).filter((x) => x !== null);
  return {
    firstLoad: byKind(runs, 'load'),
    later: byKind(runs, 'interaction'),
    reading: byKind(runs, 'reading'),
    largest,
    otherHosts: sp((r) => r.requests.filter((q) => q.otherHost).length),
    otherHostUrls: [...new Set(runs.flatMap((r) => r.requests.filter((q) => q.otherHost).map((q) => q.url)))],
    failed: [
      ...new Set(
        runs.flatMap((r) => r.requests.filter((q) => !q.otherHost && q.failed).map((q) => new URL(q.url).pathname)),
      ),
    ],
    httpErrors: [
      ...new Set(
        runs.flatMap((r) =>
          r.requests.filter((q) => q.status >= 400).map((q) => `${q.status} ${new URL(q.url).pathname}`),
        ),
      ),
    ],
    fcp: sp((r) => r.fcp),
    lcp: sp((r) => r.lcp),
    lcpElement: runs.at(-1)?.lcpElement ?? null,
    cls: sp((r) => r.cls),
    clsWithInteraction: sp((r) => r.clsWithInteraction),
    dcl: sp((r) => r.dcl),
    load: sp((r) => r.load),
    tbt: sp((r) => r.tbt),
    longTasks: sp((r) => r.longTasks),
    longTaskMs: sp((r) => r.longTaskMs),
    interaction: interactions.length === 0 ? null : summarizeInteraction(interactions),
    interactionError: runs.find((r) => r.interactionError)?.interactionError ?? null,
    steps:
      withSteps.length === 0
        ? null
        : {
            scroll: summarizeLatencies(withSteps.map((s) => s.scroll)),
            reading: readings.length === 0 ? null : summarizeLatencies(readings),
          },
    fullRead: {
      elements: sp((r) => r.fullRead.elements),
      svgBytes: sp((r) => r.fullRead.svgBytes),
      heap: sp((r) => r.fullRead.heap),
      bytes: sp((r) => r.fullRead.bytes),
    },
    steal: sp((r) => r.steal),
    jump:
      jumps.length === 0
        ? null
        : {
            step: jumps.at(-1)?.step ?? null,
            ms: spread(jumps.map((j) => j.ms)),
            bytes: spread(jumps.map((j) => j.bytes)),
            /** Runs whose jump was never shown. */
            missed: jumps.filter((j) => j.ms === null).length,
            runs: jumps.length,
            error: jumps.find((j) => j.error)?.error ?? null,
          },
  };
}

/**
 * Whether the host lent the machine its CPUs through every run of every page: the largest share of CPU time it
 * took in a run (steal), and `busy` when that is over STEAL_LIMIT; null where it could not be read (not Linux).
 * @param {({ steal: Spread | null } | null)[]} pages each page's summary
 */
export function hostCheck(pages) {
  const steals = pages.flatMap((p) => (p?.steal ? [p.steal.max] : []));
  if (steals.length === 0) return null;
  const steal = Math.max(...steals);
  return { steal, busy: steal > STEAL_LIMIT };
}

/** Each interaction figure's spread over the runs; how the last run ended. */
function summarizeInteraction(/** @type {Interaction[]} */ runs) {
  /** @param {(i: Interaction) => number | null} figure */
  const sp = (figure) => spread(runs.map(figure));
  return {
    frames: sp((i) => i.frames),
    p50: sp((i) => i.p50),
    p95: sp((i) => i.p95),
    max: sp((i) => i.max),
    over16: sp((i) => i.over16),
    over33: sp((i) => i.over33),
    seconds: sp((i) => i.seconds),
    px: sp((i) => i.px),
    pageHeight: sp((i) => i.pageHeight),
    presses: sp((i) => i.presses),
    ended: runs.at(-1)?.ended ?? null,
    longTasks: sp((i) => i.longTasks),
    longTaskMs: sp((i) => i.longTaskMs),
  };
}

/** The spread of each step-to-map figure of one pass over the runs. */
function summarizeLatencies(/** @type {PassLatencies[]} */ runs) {
  /** @param {(p: PassLatencies) => number | null} figure */
  const sp = (figure) => spread(runs.map(figure));
  return {
    p95: sp((p) => p.p95),
    max: sp((p) => p.max),
    count: sp((p) => p.count),
    skipped: sp((p) => p.skipped),
    unshown: sp((p) => p.unshown),
    /** Runs that skipped a step, runs that left the last step not shown, of `runs`. */
    skippedRuns: runs.filter((p) => p.skipped > 0).length,
    unshownRuns: runs.filter((p) => p.unshown > 0).length,
    runs: runs.length,
  };
}

/**
 * Above these the floor page itself was slow, so the machine was busy: its median share of frames over 16.7 ms
 * while scrolling, its median p95 frame interval (ms), its median count of long tasks while scrolling.
 */
export const FLOOR_LIMITS = { over16: 0.01, p95: 17.5, longTasks: 0 };

/**
 * Whether the floor page scrolled as a quiet machine scrolls it: null without a floor; otherwise `quiet` and the
 * figures checked, with the ones over their limits in `over`.
 * @param {{ over16: Spread | null, p95: Spread | null, longTasks: Spread | null } | null | undefined} floor
 *   the floor's interaction summary
 */
export function floorCheck(floor) {
  if (!floor) return null;
  const figures = {
    over16: floor.over16?.median ?? null,
    p95: floor.p95?.median ?? null,
    longTasks: floor.longTasks?.median ?? null,
  };
  const over = /** @type {(keyof typeof FLOOR_LIMITS)[]} */ (Object.keys(FLOOR_LIMITS)).filter(
    (key) => figures[key] === null || /** @type {number} */ (figures[key]) > FLOOR_LIMITS[key],
  );
  return { quiet: over.length === 0, figures, over };
}
