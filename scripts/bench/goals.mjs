// @ts-check
/** What the medians are held to: the budgets of issue 6 (story and embed) and the goals of issue 14 (story). */

export const KB = 1024;
export const MB = 1024 * KB;

/** @typedef {import('./summarize.mjs').PageSummary} PageSummary */

/**
 * Whether a figure is within its limit. Times are differences of timestamps in binary floating point: 60 Hz frames'
 * p95 comes out as 16.800000000000182, which is 16.8 and shown so, not over it.
 * @param {number} value @param {number} limit
 */
export const within = (value, limit) => value <= limit + 1e-9 * Math.max(1, Math.abs(limit));

/** @param {number} x */
const percent = (x) => `${(x * 100).toFixed(1)} %`;
/** @param {number} x */
const whole = (x) => x.toFixed(0);
/** @param {number} x */
const kb = (x) => (x / KB).toFixed(1);

/**
 * @typedef {object} Budget one budget of issue 6
 * @property {string} label
 * @property {Record<'story' | 'embed', number>} budget
 * @property {(s: PageSummary) => number | null} value the median figure
 * @property {(x: number) => string} show
 * @property {(x: number) => string} limit
 */
/** @type {Budget[]} */
export const BUDGETS = [
  {
    label: 'bytes on first load, all types (KB, compressed)',
    budget: { story: 90 * KB, embed: 40 * KB },
    value: (s) => s.firstLoad.total.bytes.median,
    show: kb,
    limit: (x) => `≤ ${x / KB}`,
  },
  {
    label: 'JavaScript (KB, compressed)',
    budget: { story: 30 * KB, embed: 15 * KB },
    value: (s) => s.firstLoad.js.bytes.median,
    show: kb,
    limit: (x) => `≤ ${x / KB}`,
  },
  {
    label: 'largest contentful paint (ms)',
    budget: { story: 1000, embed: 800 },
    value: (s) => s.lcp?.median ?? null,
    show: whole,
    limit: (x) => `≤ ${x}`,
  },
  {
    label: 'total blocking time (ms)',
    budget: { story: 80, embed: 50 },
    value: (s) => s.tbt?.median ?? null,
    show: whole,
    limit: (x) => `≤ ${x}`,
  },
  {
    label: 'cumulative layout shift (load and scroll / stepping)',
    budget: { story: 0.01, embed: 0.01 },
    value: (s) => s.clsWithInteraction?.median ?? null,
    show: (x) => x.toFixed(3),
    limit: (x) => `≤ ${x}`,
  },
  {
    label: 'frames over 16.7 ms while scrolling / stepping',
    budget: { story: 0.01, embed: 0.01 },
    value: (s) => s.interaction?.over16?.median ?? null,
    show: percent,
    limit: (x) => `≤ ${x * 100} %`,
  },
  {
    label: 'requests to other hosts',
    budget: { story: 0, embed: 0 },
    value: (s) => s.otherHosts?.median ?? null,
    show: (x) => String(x),
    limit: (x) => String(x),
  },
];

/**
 * @typedef {object} Goal one goal of issue 14, for a story page
 * @property {string} label
 * @property {(context: { cpu: number }) => number} target
 * @property {(s: PageSummary, floor: PageSummary | null) => number | null} value the median figure
 * @property {(s: PageSummary) => string | null} [failure] a reason to fail whatever the value: a step never shown
 * @property {(x: number) => string} show
 * @property {(x: number) => string} limit
 */

/**
 * Why a pass fails its worst-latency goal whatever its median: runs in which the map never showed the last step
 * (within 5 s of the reader stopping), and at reading pace runs in which the reader left a step before the map
 * showed it (not shown within the dwell).
 */
const notShown = (/** @type {'scroll' | 'reading'} */ pass) => (/** @type {PageSummary} */ s) => {
  const figures = s.steps?.[pass];
  if (!figures) return null;
  const reasons = [];
  if (pass === 'reading' && figures.skippedRuns > 0) {
    reasons.push(`steps skipped in ${figures.skippedRuns} of ${figures.runs} runs`);
  }
  if (figures.unshownRuns > 0) reasons.push(`last step not shown in ${figures.unshownRuns} of ${figures.runs} runs`);
  return reasons.length ? reasons.join(', ') : null;
};

/** @type {Goal[]} */
export const GOALS = [
  {
    label: 'frames over 16.7 ms while scrolling',
    target: ({ cpu }) => (cpu >= 6 ? 0.03 : 0.01),
    value: (s) => s.interaction?.over16?.median ?? null,
    show: percent,
    limit: (x) => `≤ ${x * 100} %`,
  },
  {
    label: 'frame interval p95 while scrolling (ms)',
    target: () => 16.8,
    value: (s) => s.interaction?.p95?.median ?? null,
    show: (x) => x.toFixed(1),
    limit: (x) => `≤ ${x}`,
  },
  {
    label: 'longest frame while scrolling (ms)',
    target: () => 50,
    value: (s) => s.interaction?.max?.median ?? null,
    show: (x) => x.toFixed(1),
    limit: (x) => `≤ ${x}`,
  },
  {
    label: 'long tasks while scrolling',
    target: () => 0,
    value: (s) => s.interaction?.longTasks?.median ?? null,
    show: (x) => String(x),
    limit: (x) => String(x),
  },
  {
    label: 'step to map while scrolling, p95 (ms)',
    target: () => 250,
    value: (s) => s.steps?.scroll.p95?.median ?? null,
    show: whole,
    limit: (x) => `≤ ${x}`,
  },
  {
    label: 'step to map while scrolling, max (ms)',
    target: () => 1000,
    value: (s) => s.steps?.scroll.max?.median ?? null,
    failure: notShown('scroll'),
    show: whole,
    limit: (x) => `≤ ${x}`,
  },
  {
    label: 'step to map at reading pace, p95 (ms)',
    target: () => 250,
    value: (s) => s.steps?.reading?.p95?.median ?? null,
    show: whole,
    limit: (x) => `≤ ${x}`,
  },
  {
    label: 'step to map at reading pace, max (ms)',
    target: () => 1000,
    value: (s) => s.steps?.reading?.max?.median ?? null,
    failure: notShown('reading'),
    show: whole,
    limit: (x) => `≤ ${x}`,
  },
  {
    label: 'jump to a later step shown (ms)',
    target: () => 1000,
    value: (s) => s.jump?.ms?.median ?? null,
    failure: (s) => (s.jump?.missed ? `not shown in ${s.jump.missed} of ${s.jump.runs} runs` : null),
    show: whole,
    limit: (x) => `≤ ${x}`,
  },
  {
    label: 'DOM elements after a full read',
    target: () => 1500,
    value: (s) => s.fullRead.elements?.median ?? null,
    show: whole,
    limit: (x) => `≤ ${x}`,
  },
  {
    label: 'SVG markup after a full read (KB)',
    target: () => MB,
    value: (s) => s.fullRead.svgBytes?.median ?? null,
    show: kb,
    limit: (x) => `≤ ${x / KB}`,
  },
  {
    label: 'JS heap after a full read (MB)',
    target: () => 8 * MB,
    value: (s) => s.fullRead.heap?.median ?? null,
    show: (x) => (x / MB).toFixed(1),
    limit: (x) => `≤ ${x / MB}`,
  },
  {
    label: 'full read transferred (KB, compressed)',
    target: () => 160 * KB,
    value: (s) => s.fullRead.bytes?.median ?? null,
    show: kb,
    limit: (x) => `≤ ${x / KB}`,
  },
  {
    label: "LCP after the floor's LCP (ms)",
    target: () => 100,
    value: (s, floor) => {
      const [lcp, floorLcp] = [s.lcp?.median, floor?.lcp?.median];
      return typeof lcp === 'number' && typeof floorLcp === 'number' ? lcp - floorLcp : null;
    },
    show: whole,
    limit: (x) => `≤ ${x}`,
  },
];

/**
 * @typedef {{ label: string, target: number, limit: string, value: number | null, shown: string,
 *   pass: boolean | null }} GoalRow `pass` null: not measured
 */

/**
 * The goals of issue 14 for one story page: each target, median figure (with why it fails regardless, when a step
 * was never shown) and verdict. `floor`: the floor page measured in the same run, or null.
 * @param {PageSummary} story @param {PageSummary | null} floor @param {{ cpu: number }} context
 * @returns {GoalRow[]}
 */
export function goalRows(story, floor, context) {
  return GOALS.map((goal) => {
    const target = goal.target(context);
    const value = goal.value(story, floor);
    const failure = goal.failure?.(story) ?? null;
    const figure = value === null ? '–' : goal.show(value);
    return {
      label: goal.label,
      target,
      limit: goal.limit(target),
      value,
      shown: failure ? `${figure} (${failure})` : figure,
      pass: failure ? false : value === null ? null : within(value, target),
    };
  });
}
