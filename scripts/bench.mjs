#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: builds the site into .build/bench/ (never dist/), serves it with gzip on 127.0.0.1 and measures the
 * story page (load, a scroll through the whole story, a read step by step, a jump to its last step) and the embed
 * stepper (load, then "next" through every step) in headless Chromium as a mid-range phone on a poor connection:
 * 390×844 at DPR 2, 4× CPU throttling, 150 ms latency, 1.6 Mbit/s down, 0.75 up, a fresh browser context per run.
 * Prints the medians against the budgets of issue 6 and the goals of issue 14 as Markdown tables, each page's figures
 * as median (min–max), and writes every figure and request as JSON. Timings depend on the machine and on what else runs
 * on it: a plain text "floor" page, scrolled the same way, says whether the machine was quiet, and the share of the
 * CPU time its host took in each run (steal, bench/host.mjs) whether the host lent it its CPUs. The parts are in
 * scripts/bench/.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { measure } from './bench/measure.mjs';
import { die, FLOOR_HTML, FLOOR_PATH, readOptions } from './bench/options.mjs';
import { report } from './bench/report.mjs';
import { measureRuns } from './bench/runs.mjs';
import { build, builtPage, checkBase, commit } from './bench/site.mjs';
import { summarize } from './bench/summarize.mjs';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';
import { serve } from './static-server.mjs';

/** @typedef {import('./bench/report.mjs').PageResult} PageResult */
/** @typedef {import('./bench/summarize.mjs').Run} Run */

const { options, pages } = readOptions(process.argv.slice(2));

if (options.build) build(options);
if (!existsSync(options.dist)) die(`${options.dist} does not exist: run without --no-build`);
const executablePath = findChromium();
if (!executablePath) die(HOW_TO_GET_CHROMIUM);

const origin = `http://127.0.0.1:${options.port}`;
const server = await serve(options.dist, options.base, options.port, { [FLOOR_PATH]: FLOOR_HTML }).catch(
  (/** @type {Error} */ error) => die(`${error.message}: pass --port`),
);
const browser = await chromium.launch({
  executablePath,
  headless: true,
  // Every host but this one fails to resolve, so nothing leaves the machine; such requests are still counted.
  // Nor is the page measured to be paced as a background or occluded one: one embed run in a few drew about one
  // frame a second for seconds on end (74 frames in 5.4 s), which looks like a throttled page, not the page's work.
  args: [
    ...CHROMIUM_ARGS,
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
  ],
});
const chromiumVersion = browser.version();
const loadBefore = os.loadavg()[0];
const started = Date.now();
/** @type {PageResult[]} */
const results = [];
/** @type {Record<string, Run[]>} */
const allRuns = {};
try {
  for (const { kind, path } of pages) {
    const file = kind === 'floor' ? FLOOR_PATH : builtPage(options.dist, path);
    if (!file) {
      results.push({ kind, path, summary: null, note: 'not built' });
      console.error(`bench: ${path} is not in the build: reported as "not built"`);
      continue;
    }
    if (kind !== 'floor') checkBase(file, options.base);
    const url = kind === 'floor' ? `${origin}${FLOOR_PATH}` : `${origin}${options.base}${path.slice(1)}`;
    const { runs, redone } = await measureRuns(
      options.runs,
      options.retries,
      async (i) => {
        const runStart = Date.now();
        const run = await measure(browser, url, kind, origin, options);
        console.error(`bench: ${path} run ${i}/${options.runs} (${((Date.now() - runStart) / 1000).toFixed(0)} s)`);
        return run;
      },
      (message) => console.error(`bench: ${path}: ${message}`),
    );
    allRuns[`${kind} ${path}`] = runs;
    results.push({ kind, path, summary: summarize(runs), note: null, redone });
  }
} finally {
  await browser.close();
  server.close();
}

const environment = {
  date: new Date().toISOString(),
  commit: commit(),
  chromium: chromiumVersion,
  node: process.version,
  cpus: os.cpus().length,
  loadAverage: { before: loadBefore, after: os.loadavg()[0] },
  seconds: Math.round((Date.now() - started) / 1000),
};
console.log(`\n${report({ options, pages, results, runs: allRuns, environment })}`);
console.log(`\nbench: wrote ${options.json} (measured in ${environment.seconds} s)`);
