// @ts-check
/** The benchmark's report: Markdown tables (budgets, each page's details) and the JSON of every figure. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BUDGETS, KB } from './goals.mjs';
import { KINDS } from './stats.mjs';

/** @typedef {import('./options.mjs').Options} Options */
/** @typedef {import('./options.mjs').Kind} Kind */
/** @typedef {import('./summarize.mjs').PageSummary} PageSummary */
/** @typedef {{ kind: Kind, path: string, summary: PageSummary | null, note: string | null }} PageResult */

const kb = (/** @type {number} */ bytes) => (bytes / KB).toFixed(1);
const ms = (/** @type {number | null} */ x) => (x === null ? '–' : `${Math.round(x)} ms`);

/** The budget table: figure, budget and verdict for each page; the floor has no budget. */
export function budgetTable(/** @type {PageResult[]} */ results) {
  const title = (/** @type {PageResult} */ r) => (r.kind === 'floor' ? 'floor: plain text' : `${r.kind} \`${r.path}\``);
  const head = ['figure (median)', ...results.flatMap((r) => [title(r), 'budget', ''])];
  const lines = [`| ${head.join(' | ')} |`, `| --- |${' ---: | ---: | :-: |'.repeat(results.length)}`];
  for (const row of BUDGETS) {
    const cells = results.flatMap((r) => {
      if (r.kind === 'floor') {
        const value = r.summary && row.value(r.summary);
        return [value === null || value === undefined ? '–' : row.show(value), '', ''];
      }
      const budget = row.budget[r.kind];
      if (!r.summary) return [r.note ?? '–', row.limit(budget), ''];
      const value = row.value(r.summary);
      if (value === null) return ['–', row.limit(budget), '?'];
      return [row.show(value), row.limit(budget), value <= budget ? 'pass' : '**FAIL**'];
    });
    lines.push(`| ${row.label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * The details of one page: requests and bytes by type, paints, main thread, frames, largest files.
 * @param {PageResult} r @param {Options} options
 */
export function detailTable(r, options) {
  const s = r.summary;
  if (!s) return '';
  const rows = [
    ...KINDS.filter((k) => s.firstLoad[k].requests > 0).map((k) => [
      `${k} on first load`,
      `${s.firstLoad[k].requests} req, ${kb(s.firstLoad[k].bytes)} KB`,
    ]),
    ['total on first load', `${s.firstLoad.total.requests} req, ${kb(s.firstLoad.total.bytes)} KB`],
    [
      `loaded later (while ${r.kind === 'embed' ? 'stepping' : 'scrolling'})`,
      `${s.later.total.requests} req, ${kb(s.later.total.bytes)} KB` +
        (s.later.data.requests ? ` (data ${s.later.data.requests} req, ${kb(s.later.data.bytes)} KB)` : ''),
    ],
    [
      'requests to other hosts',
      `${s.otherHosts}${s.otherHostUrls.length ? `: ${s.otherHostUrls.slice(0, 5).join(' ')}` : ''}`,
    ],
    ['FCP / LCP', `${ms(s.fcp)} / ${ms(s.lcp)} (${s.lcpElement ?? '?'})`],
    ['DOMContentLoaded / load', `${ms(s.dcl)} / ${ms(s.load)}`],
    ['CLS until load + settle / whole visit', `${s.cls?.toFixed(3)} / ${s.clsWithInteraction?.toFixed(3)}`],
    [`TBT until load + ${options.settle / 1000} s`, `${ms(s.tbt)} (${s.longTasks} long tasks, ${ms(s.longTaskMs)})`],
  ];
  const i = s.interaction;
  if (i) {
    rows.push(
      [
        r.kind === 'embed' ? 'stepping' : 'scroll',
        r.kind !== 'embed'
          ? `${i.px} px at ${options.speed} px/s in ${i.seconds?.toFixed(1)} s`
          : `${i.presses} presses, one per ${options.pace} ms, ${i.seconds?.toFixed(1)} s (stopped: ${i.ended})`,
      ],
      [
        'frame interval p50 / p95 / max',
        `${i.p50?.toFixed(1)} / ${i.p95?.toFixed(1)} / ${i.max?.toFixed(1)} ms (${i.frames} frames)`,
      ],
      [
        'frames over 16.7 / 33.3 ms',
        `${((i.over16 ?? 0) * 100).toFixed(1)} % / ${((i.over33 ?? 0) * 100).toFixed(1)} %`,
      ],
      ['long tasks meanwhile', `${i.longTasks} (${ms(i.longTaskMs)})`],
    );
  } else rows.push([r.kind === 'embed' ? 'stepping' : 'scroll', s.interactionError ?? 'not measured']);
  if (s.failed.length) rows.push(['failed requests (not counted)', s.failed.join(' ')]);
  if (s.httpErrors.length) rows.push(['HTTP errors (counted)', s.httpErrors.join(', ')]);
  rows.push([
    'largest files on first load',
    s.largest
      .slice(0, 6)
      .map(
        (f) => `${f.path.startsWith(options.base) ? f.path.slice(options.base.length - 1) : f.path} ${kb(f.bytes)} KB`,
      )
      .join(', '),
  ]);
  const title = r.kind === 'floor' ? 'floor: plain text, as tall as the story, no script' : `${r.kind} \`${r.path}\``;
  return [`| ${title} | |`, '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n');
}

/**
 * The whole report as Markdown, and the JSON of every figure and request written to `options.json`.
 * @param {{ options: Options, pages: import('./options.mjs').PageToMeasure[], results: PageResult[],
 *   runs: Record<string, unknown[]>, environment: { date: string, commit: string | null, cpus: number,
 *   loadAverage: { before: number, after: number } } & Record<string, unknown> }} bench
 */
export function report({ options, pages, results, runs, environment }) {
  const profile =
    `390×844 @2x mobile, CPU ${options.cpu}× slower, ${options.latency} ms latency, ` +
    `${options.down}/${options.up} Mbit/s, gzip`;
  const markdown = [
    `## npm run bench: median of ${options.runs} runs`,
    `${profile}; ${environment.cpus} cores, load average ${environment.loadAverage.before.toFixed(1)} → ` +
      `${environment.loadAverage.after.toFixed(1)}; ${environment.date.slice(0, 10)}, ${environment.commit ?? 'no commit'}`,
    budgetTable(results),
    ...results.filter((x) => x.summary).map((x) => detailTable(x, options)),
  ].join('\n\n');

  const budgets = BUDGETS.map(({ label, budget }) => ({ label, budget }));
  mkdirSync(dirname(options.json), { recursive: true });
  writeFileSync(
    options.json,
    `${JSON.stringify({ options: { ...options, pages }, profile, environment, budgets, results, runs }, null, 1)}\n`,
  );
  return markdown;
}
