// @ts-check
/** The benchmark's report: Markdown tables (budgets, goals, each page's details) and the JSON of every figure. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BUDGETS, goalRows, KB, MB, within } from './goals.mjs';
import { SHOW_CEILING } from './options.mjs';
import { KINDS } from './stats.mjs';
import { STEAL_LIMIT } from './host.mjs';
import { floorCheck, hostCheck } from './summarize.mjs';

/** @typedef {import('./options.mjs').Options} Options */
/** @typedef {import('./options.mjs').Kind} Kind */
/** @typedef {import('./summarize.mjs').PageSummary} PageSummary */
/** @typedef {import('./stats.mjs').Spread} Spread */
/**
 * @typedef {{ kind: Kind, path: string, summary: PageSummary | null, note: string | null, redone?: number }} PageResult
 * `redone`: runs measured again because the host took CPU time in them (bench/runs.mjs).
 */
/** @typedef {{ before: number, after: number }} LoadAverage the 1-minute load average before and after the runs */

const kb = (/** @type {number} */ bytes) => (bytes / KB).toFixed(1);
const int = (/** @type {number} */ x) => x.toFixed(0);
const ms1 = (/** @type {number} */ x) => x.toFixed(1);
const pct = (/** @type {number} */ x) => (x * 100).toFixed(1);
/** A count as measured: whole, or a median between two runs. */
const count = (/** @type {number} */ x) => String(Math.round(x * 10) / 10);

/**
 * A figure as "median unit (min–max)" over the runs; the median alone when the runs show the same; "–" when not
 * measured.
 * @param {Spread | null | undefined} s @param {(x: number) => string} [show] @param {string} [unit]
 */
export function formatSpread(s, show = count, unit = '') {
  if (!s) return '–';
  const [median, min, max] = [show(s.median), show(s.min), show(s.max)];
  return min === max ? `${median}${unit}` : `${median}${unit} (${min}–${max})`;
}
const f = formatSpread;

/**
 * The sentence that says whether the floor page scrolled as on a quiet machine; null without a floor.
 * @param {ReturnType<typeof floorCheck>} check @param {LoadAverage} load
 */
export function floorSentence(check, load) {
  if (!check) return null;
  const { over16, p95, longTasks } = check.figures;
  const figures =
    `floor frames over 16.7 ms ${over16 === null ? '–' : `${pct(over16)} %`}, p95 ${p95 === null ? '–' : ms1(p95)} ms, ` +
    `${longTasks ?? '–'} long tasks while scrolling; load average ${load.before.toFixed(1)} → ${load.after.toFixed(1)}`;
  return check.quiet
    ? `The floor was quiet in this run (${figures}).`
    : `**The floor was slow in this run (${figures}): the machine was busy; do not quote these figures.**`;
}

/**
 * The sentence that says whether the host took CPU time from the machine (steal) during the runs; null where that
 * could not be read.
 * @param {ReturnType<typeof hostCheck>} check
 */
export function hostSentence(check) {
  if (!check) return null;
  const share = `${pct(check.steal)} % of the CPU time in a run at most (steal; limit ${pct(STEAL_LIMIT)} %)`;
  return check.busy
    ? `**The host took ${share}: another guest on it was busy and this machine slower than it looked; do not quote these figures.**`
    : `The host lent this machine its CPUs (it took ${share}).`;
}

const title = (/** @type {PageResult} */ r) => (r.kind === 'floor' ? 'floor: plain text' : `${r.kind} \`${r.path}\``);

/** The budget table: figure, budget and verdict for each page; the floor has no budget. */
export function budgetTable(/** @type {PageResult[]} */ results) {
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
      return [row.show(value), row.limit(budget), within(value, budget) ? 'pass' : '**FAIL**'];
    });
    lines.push(`| ${row.label} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The goals of issue 14 for each story page: median, target and verdict; null without a measured story page. */
export function goalsTable(/** @type {PageResult[]} */ results, /** @type {{ cpu: number }} */ context) {
  const stories = results.filter((r) => r.kind === 'story' && r.summary);
  if (stories.length === 0) return null;
  const floor = results.find((r) => r.kind === 'floor')?.summary ?? null;
  const rows = stories.map((r) => goalRows(/** @type {PageSummary} */ (r.summary), floor, context));
  const head = ['Issue 14 goals (median)', ...stories.flatMap((r) => [title(r), 'target', ''])];
  const lines = [`| ${head.join(' | ')} |`, `| --- |${' ---: | ---: | :-: |'.repeat(stories.length)}`];
  rows[0].forEach((row, i) => {
    const cells = rows.flatMap((page) => {
      const { shown, limit, pass } = page[i];
      return [shown, limit, pass === null ? '?' : pass ? 'pass' : '**FAIL**'];
    });
    lines.push(`| ${row.label} | ${cells.join(' | ')} |`);
  });
  return lines.join('\n');
}

/**
 * The details of one page: requests and bytes by type, paints, main thread, frames, step-to-map latencies, the page
 * after the read, largest files; each figure as median (min–max).
 * @param {PageResult} r @param {Options} options
 */
export function detailTable(r, options) {
  const s = r.summary;
  if (!s) return '';
  const bytes = (/** @type {{ requests: Spread, bytes: Spread }} */ x) =>
    `${f(x.requests, count, ' req')}, ${f(x.bytes, kb, ' KB')}`;
  const ms = (/** @type {Spread | null} */ x) => f(x, int, ' ms');
  const moving = r.kind === 'embed' ? 'stepping' : 'scrolling';
  const rows = [
    ...KINDS.filter((k) => s.firstLoad[k].requests.max > 0).map((k) => [`${k} on first load`, bytes(s.firstLoad[k])]),
    ['total on first load', bytes(s.firstLoad.total)],
    [
      `loaded later (while ${moving})`,
      bytes(s.later.total) + (s.later.data.requests.max ? ` (data ${bytes(s.later.data)})` : ''),
    ],
  ];
  if (s.steps?.reading) rows.push(['loaded while reading step by step', bytes(s.reading.total)]);
  rows.push(
    [
      'requests to other hosts',
      `${f(s.otherHosts)}${s.otherHostUrls.length ? `: ${s.otherHostUrls.slice(0, 5).join(' ')}` : ''}`,
    ],
    ['FCP / LCP', `${ms(s.fcp)} / ${ms(s.lcp)} (${s.lcpElement ?? '?'})`],
    ['DOMContentLoaded / load', `${ms(s.dcl)} / ${ms(s.load)}`],
    [
      'CLS until load + settle / whole visit',
      `${f(s.cls, (x) => x.toFixed(3))} / ${f(s.clsWithInteraction, (x) => x.toFixed(3))}`,
    ],
    [`TBT until load + ${options.settle / 1000} s`, `${ms(s.tbt)}; ${f(s.longTasks)} long tasks, ${ms(s.longTaskMs)}`],
  );
  const i = s.interaction;
  if (i) {
    rows.push(
      [
        r.kind === 'embed' ? 'stepping' : 'scroll',
        r.kind !== 'embed'
          ? `${f(i.px, count, ' px')} at ${options.speed} px/s in ${f(i.seconds, ms1, ' s')}`
          : `${f(i.presses, count, ' presses')}, one per ${options.pace} ms, ${f(i.seconds, ms1, ' s')} (stopped: ${i.ended})`,
      ],
      [
        'frame interval p50 / p95 / max',
        `${f(i.p50, ms1, ' ms')} / ${f(i.p95, ms1, ' ms')} / ${f(i.max, ms1, ' ms')}; ${f(i.frames, count, ' frames')}`,
      ],
      ['frames over 16.7 / 33.3 ms', `${f(i.over16, pct, ' %')} / ${f(i.over33, pct, ' %')}`],
      ['long tasks meanwhile', `${f(i.longTasks)}, ${ms(i.longTaskMs)}`],
    );
  } else rows.push([r.kind === 'embed' ? 'stepping' : 'scroll', s.interactionError ?? 'not measured']);
  /** @param {NonNullable<PageSummary['steps']>['scroll']} p */
  const latencies = (p) =>
    `${f(p.p95, int, ' ms')} / ${f(p.max, int, ' ms')}; ${f(p.count, count, ' steps')}, ${f(p.skipped, count, ' skipped')}` +
    (p.unshownRuns
      ? `; last step not shown within ${SHOW_CEILING / 1000} s in ${p.unshownRuns} of ${p.runs} runs`
      : '');
  if (s.steps) {
    rows.push([`step to map while scrolling: p95 / max`, latencies(s.steps.scroll)]);
    if (s.steps.reading) {
      rows.push([`step to map at reading pace (${options.dwell} ms a step): p95 / max`, latencies(s.steps.reading)]);
    }
  }
  if (s.jump) {
    rows.push([
      'jump to a later step shown (ms)',
      `${ms(s.jump.ms)} from navigation start (a fresh load at #${s.jump.step}, cache warm, ${f(s.jump.bytes, kb, ' KB')})` +
        (s.jump.missed ? `; ${s.jump.error} in ${s.jump.missed} of ${s.jump.runs} runs` : ''),
    ]);
  }
  const read = r.kind === 'story' ? 'after a full read' : r.kind === 'embed' ? 'after stepping' : 'after the scroll';
  rows.push(
    [
      `${read}: DOM elements / SVG markup / JS heap`,
      `${f(s.fullRead.elements)} / ${f(s.fullRead.svgBytes, kb, ' KB')} / ${f(s.fullRead.heap, (x) => (x / MB).toFixed(1), ' MB')}`,
    ],
    [`${read}: transferred (KB, compressed)`, f(s.fullRead.bytes, kb, ' KB')],
  );
  if (s.steal) rows.push(["the host's share of the CPU time (steal)", f(s.steal, pct, ' %')]);
  if (r.redone) rows.push(['runs measured again (the host took CPU time in them)', String(r.redone)]);
  if (s.failed.length) rows.push(['failed requests (not counted)', s.failed.join(' ')]);
  if (s.httpErrors.length) rows.push(['HTTP errors (counted)', s.httpErrors.join(', ')]);
  rows.push([
    'largest files on first load (median)',
    s.largest
      .slice(0, 6)
      .map(
        (x) => `${x.path.startsWith(options.base) ? x.path.slice(options.base.length - 1) : x.path} ${kb(x.bytes)} KB`,
      )
      .join(', '),
  ]);
  const heading = r.kind === 'floor' ? 'floor: plain text, as tall as the story, no script' : `${r.kind} \`${r.path}\``;
  return [`| ${heading} | |`, '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n');
}

/**
 * The whole report as Markdown, and the JSON of every figure and request written to `options.json`.
 * @param {{ options: Options, pages: import('./options.mjs').PageToMeasure[], results: PageResult[],
 *   runs: Record<string, unknown[]>, environment: { date: string, commit: string | null, cpus: number,
 *   loadAverage: LoadAverage } & Record<string, unknown> }} bench
 */
export function report({ options, pages, results, runs, environment }) {
  const profile =
    `390×844 @2x mobile, CPU ${options.cpu}× slower, ${options.latency} ms latency, ` +
    `${options.down}/${options.up} Mbit/s, gzip`;
  const floor = floorCheck(results.find((r) => r.kind === 'floor')?.summary?.interaction);
  const sentence = floorSentence(floor, environment.loadAverage);
  const host = hostCheck(results.map((r) => r.summary));
  const hostLine = hostSentence(host);
  const goals = goalsTable(results, options);
  const markdown = [
    `## npm run bench: median of ${options.runs} runs`,
    `${profile}; ${environment.cpus} cores, load average ${environment.loadAverage.before.toFixed(1)} → ` +
      `${environment.loadAverage.after.toFixed(1)}; ${environment.date.slice(0, 10)}, ${environment.commit ?? 'no commit'}`,
    ...(sentence ? [sentence] : []),
    ...(hostLine ? [hostLine] : []),
    budgetTable(results),
    ...(goals ? [goals] : []),
    `Details: median (min–max) of ${options.runs} runs; one figure where every run measured the same.`,
    ...results.filter((x) => x.summary).map((x) => detailTable(x, options)),
    ...(sentence && !floor?.quiet ? [sentence] : []),
    ...(hostLine && host?.busy ? [hostLine] : []),
  ].join('\n\n');

  const stories = results.filter((r) => r.kind === 'story' && r.summary);
  const floorSummary = results.find((r) => r.kind === 'floor')?.summary ?? null;
  mkdirSync(dirname(options.json), { recursive: true });
  writeFileSync(
    options.json,
    `${JSON.stringify(
      {
        options: { ...options, pages },
        profile,
        environment,
        floorQuiet: floor ? floor.quiet : null,
        hostQuiet: host ? !host.busy : null,
        host,
        floor,
        budgets: BUDGETS.map(({ label, budget }) => ({ label, budget })),
        goals: Object.fromEntries(
          stories.map((r) => [r.path, goalRows(/** @type {PageSummary} */ (r.summary), floorSummary, options)]),
        ),
        results,
        runs,
      },
      null,
      1,
    )}\n`,
  );
  return markdown;
}
