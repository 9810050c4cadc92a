// @ts-check
/** The benchmark's arithmetic, pure: medians and spreads, percentiles, frame figures, CLS, step-to-map latencies. */

/** @typedef {{ median: number, min: number, max: number }} Spread the median of the runs and their range */

/** The finite numbers among `values`, sorted. @param {(number | null | undefined)[]} values */
function finite(values) {
  return /** @type {number[]} */ (values.filter((x) => typeof x === 'number' && Number.isFinite(x))).sort(
    (a, b) => a - b,
  );
}

/** The median of the finite numbers among `values`; null when there are none. */
export function median(/** @type {(number | null | undefined)[]} */ values) {
  const xs = finite(values);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** Median, least and greatest of the finite numbers among `values`; null when there are none. */
export function spread(/** @type {(number | null | undefined)[]} */ values) {
  const xs = finite(values);
  const mid = median(xs);
  return mid === null ? null : { median: mid, min: xs[0], max: /** @type {number} */ (xs.at(-1)) };
}

/**
 * The `q` quantile (0–1) of ascending `sorted` as the element at index ⌊q·n⌋ (the largest for q = 1); null when
 * empty. For 20 values p95 is the largest, for 100 the 96th.
 */
export function percentile(/** @type {number[]} */ sorted, /** @type {number} */ q) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Frame-interval figures of a recording; a 60 Hz frame measures 16.6–16.8 ms, hence the 1 ms allowance. */
export function frameStats(/** @type {number[]} */ frames) {
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    frames: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted.at(-1) ?? null,
    over16: sorted.filter((x) => x > 16.7 + 1).length / (sorted.length || 1),
    over33: sorted.filter((x) => x > 33.3 + 1).length / (sorted.length || 1),
  };
}

/** CLS: the largest session window of layout shifts (gaps under 1 s, windows under 5 s). */
export function cls(/** @type {number[][]} */ shifts) {
  let best = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const [time, value] of shifts) {
    if (time - last > 1000 || time - first > 5000) {
      first = time;
      sum = 0;
    }
    sum += value;
    last = time;
    best = Math.max(best, sum);
  }
  return best;
}

const TYPE_KINDS = /** @type {Record<string, string>} */ ({
  Document: 'html',
  Script: 'js',
  Stylesheet: 'css',
  XHR: 'data',
  Fetch: 'data',
  Image: 'images',
  Font: 'fonts',
});
export const KINDS = ['html', 'js', 'css', 'data', 'images', 'fonts', 'other'];

/** What a request counts as: its CDP resource type, else its MIME type (module preloads report as "Other"). */
export function kindOf(/** @type {{ type: string, mime: string }} */ r) {
  if (TYPE_KINDS[r.type]) return TYPE_KINDS[r.type];
  if (/javascript/.test(r.mime)) return 'js';
  if (/css/.test(r.mime)) return 'css';
  if (/json/.test(r.mime)) return 'data';
  if (/html/.test(r.mime)) return 'html';
  if (/^image\//.test(r.mime)) return 'images';
  if (/^font\//.test(r.mime)) return 'fonts';
  return 'other';
}

/**
 * @typedef {[time: number, attribute: 'active' | 'shown', value: string | null]} StepEvent a change of the live
 *   map's `data-active-step` (the step the reader is on) or `data-shown-step` (the step the map shows), at a time
 *   on the page's performance timeline; null: the attribute was removed
 */
/**
 * @typedef {object} StepLatencies
 * @property {number[]} latencies ms from each step becoming active to the map showing it, in order
 * @property {number} skipped steps the reader left before the map showed them
 * @property {number} unshown 1 when the last step was still not shown at `end`, else 0
 * @property {number | null} waited how long that last step had been waiting at `end` (ms), else null
 */

/**
 * Step-to-map latencies between `start` and `end`: each step that becomes active in that window, to the first time
 * the map shows it. The events before `start` only set where the reader and the map were. A step active again while
 * the map still shows it counts 0 ms.
 * @param {StepEvent[]} events in time order @param {number} start @param {number} end @returns {StepLatencies}
 */
export function stepLatencies(events, start, end) {
  /** @type {string | null} */
  let active = null;
  /** @type {string | null} */
  let shown = null;
  /** @type {{ step: string, at: number } | null} */
  let pending = null;
  /** @type {number[]} */
  const latencies = [];
  let skipped = 0;
  for (const [time, attribute, value] of events) {
    if (time > end) break;
    if (time < start) {
      if (attribute === 'active') active = value;
      else shown = value;
      continue;
    }
    if (attribute === 'shown') {
      shown = value;
      if (pending && value === pending.step) {
        latencies.push(time - pending.at);
        pending = null;
      }
      continue;
    }
    if (value === active) continue;
    active = value;
    if (pending) skipped += 1;
    pending = null;
    if (value === null) continue;
    if (value === shown) latencies.push(0);
    else pending = { step: value, at: time };
  }
  return { latencies, skipped, unshown: pending ? 1 : 0, waited: pending ? end - pending.at : null };
}

/**
 * One pass's figures: p95 and greatest latency, how many latencies, how many steps skipped or not shown at the end.
 * @param {StepLatencies} measured
 */
export function latencyFigures({ latencies, skipped, unshown }) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? null, count: sorted.length, skipped, unshown };
}
