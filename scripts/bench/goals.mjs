// @ts-check
/** What the medians are held to: the budgets of issue 6, for the story page and the embed stepper. */

export const KB = 1024;
export const MB = 1024 * KB;

/** @typedef {import('./summarize.mjs').PageSummary} PageSummary */

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
