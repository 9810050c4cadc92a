// @ts-check
/** The benchmark's arithmetic, pure: medians, frame figures, CLS, what a request counts as. */

/** @param {(number | null | undefined)[]} values */
export function median(values) {
  const xs = /** @type {number[]} */ (values.filter((x) => typeof x === 'number' && Number.isFinite(x))).sort(
    (a, b) => a - b,
  );
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** Frame-interval figures of a recording; a 60 Hz frame measures 16.6–16.8 ms, hence the 1 ms allowance. */
export function frameStats(/** @type {number[]} */ frames) {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (/** @type {number} */ q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? null;
  return {
    frames: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
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
