// @ts-check
/** The runs of one page summed up: the median of each figure over the runs. */
import { KINDS, median } from './stats.mjs';

/** @typedef {Awaited<ReturnType<typeof import('./measure.mjs').measure>>} Run */
/** @typedef {ReturnType<typeof summarize>} PageSummary */
/** @typedef {NonNullable<Run['interaction']>} Interaction */


/** Per-type requests and bytes of each run (first load, or loaded later), then the median of each figure. */
export function summarize(/** @type {Run[]} */ runs) {
  /** @param {boolean} later */
  const byKind = (later) => {
    const perRun = runs.map((run) => {
      const local = run.requests.filter((r) => !r.otherHost && !r.failed && r.afterLoad === later);
      /** @type {Record<string, { requests: number, bytes: number }>} */
      const kinds = Object.fromEntries(KINDS.map((k) => [k, { requests: 0, bytes: 0 }]));
      for (const r of local) {
        kinds[r.kind].requests += 1;
        kinds[r.kind].bytes += r.bytes;
      }
      kinds.total = { requests: local.length, bytes: local.reduce((sum, r) => sum + r.bytes, 0) };
      return kinds;
    });
    return Object.fromEntries(
      [...KINDS, 'total'].map((k) => [
        k,
        { requests: median(perRun.map((p) => p[k].requests)) ?? 0, bytes: median(perRun.map((p) => p[k].bytes)) ?? 0 },
      ]),
    );
  };
  /** Median bytes of each first-load file, largest first. */
  const files = new Map();
  for (const run of runs) {
    for (const r of run.requests.filter((q) => !q.otherHost && !q.failed && !q.afterLoad)) {
      const path = new URL(r.url).pathname;
      files.set(path, [...(files.get(path) ?? []), r.bytes]);
    }
  }
  const largest = [...files]
    .map(([path, bytes]) => ({ path, bytes: /** @type {number} */ (median(bytes)) }))
    .sort((a, b) => b.bytes - a.bytes);
  const interactions = runs.map((r) => r.interaction).filter((x) => x !== null);
  /** @param {(r: Run) => number | null | undefined} figure */
  const med = (figure) => median(runs.map(figure));
  return {
    firstLoad: byKind(false),
    later: byKind(true),
    largest,
    otherHosts: med((r) => r.requests.filter((q) => q.otherHost).length),
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
    fcp: med((r) => r.fcp),
    lcp: med((r) => r.lcp),
    lcpElement: runs.at(-1)?.lcpElement ?? null,
    cls: med((r) => r.cls),
    clsWithInteraction: med((r) => r.clsWithInteraction),
    dcl: med((r) => r.dcl),
    load: med((r) => r.load),
    tbt: med((r) => r.tbt),
    longTasks: med((r) => r.longTasks),
    longTaskMs: med((r) => r.longTaskMs),
    interaction: interactions.length === 0 ? null : summarizeInteraction(interactions),
    interactionError: runs.find((r) => r.interactionError)?.interactionError ?? null,
  };
}

/** Median of each interaction figure; how the last run ended. */
function summarizeInteraction(/** @type {Interaction[]} */ runs) {
  /** @param {(i: Interaction) => number | null} figure */
  const med = (figure) => median(runs.map(figure));
  return {
    frames: med((i) => i.frames),
    p50: med((i) => i.p50),
    p95: med((i) => i.p95),
    max: med((i) => i.max),
    over16: med((i) => i.over16),
    over33: med((i) => i.over33),
    seconds: med((i) => i.seconds),
    px: med((i) => i.px),
    pageHeight: med((i) => i.pageHeight),
    presses: med((i) => i.presses),
    ended: runs.at(-1)?.ended ?? null,
    longTasks: med((i) => i.longTasks),
    longTaskMs: med((i) => i.longTaskMs),
  };
}
