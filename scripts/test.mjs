#!/usr/bin/env node
/**
 * `npm test`: every suite, in order — type checks (.astro and .svelte, side by side), one production build under a
 * sub-path, the unit tests, the content-error builds and the byte budgets (on that build), then the end-to-end
 * tests against that build served by nginx (the small static server where nginx is absent, said in the summary;
 * see scripts/serve-nginx.mjs), then, side by side, the map-state picker's against `astro dev` (tests/dev/) and the
 * cross-engine journeys in Firefox ESR and WebKitGTK against the same build (tests/engines/run.ts). That build goes
 * into .build/test/, never dist/: dist/ is the developer's (`npm start`, `npm run build`), and the run checks at its
 * end that it was left as it was. Ends with one line "N passed, N failed" over all suites and exits non-zero on any
 * failure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';
import { findNginx } from './serve-nginx.mjs';

const E2E_BASE_PATH = '/graphics/2021/china-russia/';
const E2E_PORT = process.env.E2E_PORT ?? '4399';
/** The port of the dev server the picker's tests start (tests/dev/). */
const DEV_E2E_PORT = process.env.DEV_E2E_PORT ?? '4396';
// The suites' own build; the Playwright config and the cross-engine suite read the same folder by default.
const BUILD_DIR = '.build/test';
/** What that build printed: the budget tests read its last line. */
const BUILD_LOG = '.build/test.log';
// The build's SITE_URL is the test server's origin, so canonical and sitemap URLs can be fetched as they are.
const SITE_URL = `http://127.0.0.1:${E2E_PORT}`;
const totals = { passed: 0, failed: 0 };
const lines = [];
const started = Date.now();
let lapStart = started;
/** How long each part took, for the summary (the README quotes them). */
const laps = [];
/** @param {string} label */
function lap(label) {
  const now = Date.now();
  laps.push(`${label} ${Math.round((now - lapStart) / 1000)} s`);
  lapStart = now;
}

function run(label, command, args, env = {}) {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/**
 * Runs a command, showing its output as it comes and keeping it in `logFile` too; resolves to whether it succeeded.
 * @param {string} label @param {string} command @param {string[]} args @param {Record<string, string>} env
 * @param {string} logFile
 */
function runLogged(label, command, args, env, logFile) {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    const keep = (/** @type {Buffer} */ chunk, /** @type {NodeJS.WriteStream} */ to) => {
      output += chunk;
      to.write(chunk);
    };
    child.stdout.on('data', (d) => keep(d, process.stdout));
    child.stderr.on('data', (d) => keep(d, process.stderr));
    child.on('close', (code) => {
      mkdirSync(dirname(logFile), { recursive: true });
      writeFileSync(logFile, output);
      done(code === 0);
    });
  });
}

/**
 * Runs commands side by side (each mostly on one core), printing each one's output whole when it ends; resolves to
 * whether each succeeded.
 * @param {{ label: string, command: string, args: string[], env?: Record<string, string> }[]} jobs
 */
function runTogether(jobs) {
  return Promise.all(
    jobs.map(
      ({ label, command, args, env = {} }) =>
        new Promise((done) => {
          const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
          let output = '';
          child.stdout.on('data', (d) => (output += d));
          child.stderr.on('data', (d) => (output += d));
          child.on('close', (code) => {
            console.log(`\n── ${label}: ${command} ${args.join(' ')}\n${output.trimEnd()}`);
            done(code === 0);
          });
        }),
    ),
  );
}

/** A suite without per-test counts (a type check, a build) counts as one test. */
function single(label, ok) {
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${label}: ${ok ? 'passed' : 'FAILED'}`);
}

/** A Playwright JSON report's counts (a test that passed on retry counts as passed). */
const playwrightCounts = (report) => ({ passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected });

function fromJson(label, file, ok, read) {
  if (!existsSync(file)) {
    single(`${label} (no report written)`, false);
    return;
  }
  const { passed, failed } = read(JSON.parse(readFileSync(file, 'utf8')));
  const extra = !ok && failed === 0 ? 1 : 0; // the runner failed outside any test
  totals.passed += passed;
  totals.failed += failed + extra;
  lines.push(`${label}: ${passed} passed, ${failed + extra} failed`);
}

/** A folder as the list of its entries with their sizes and modification times, or "absent". */
function snapshot(dir) {
  if (!existsSync(dir)) return ['absent'];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((entry) => {
      const stat = lstatSync(`${dir}/${entry}`);
      return `${entry} ${stat.isDirectory() ? 'dir' : stat.size} ${stat.mtimeMs}`;
    });
}
const distBefore = snapshot('dist');

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

// The content collections' types first (.astro/), which both type checks read; then the two checks, each keeping
// about one core busy, side by side: they take as long as the longer.
const syncOk = run('Content types', 'npx', ['astro', 'sync']);
const [astroOk, svelteOk] = await runTogether([
  { label: 'Type check (.astro, .ts)', command: 'npx', args: ['astro', 'check'] },
  // Only the .svelte files (tsconfig.svelte-check.json): astro check type-checks every .ts file already.
  { label: 'Type check (.svelte)', command: 'npx', args: ['svelte-check', '--fail-on-warnings', '--tsconfig', './tsconfig.svelte-check.json'] },
]);
single('astro check', syncOk && astroOk);
single('svelte-check', syncOk && svelteOk);
lap('type checks');

// One production build under the sub-path, for every suite: the byte budgets read it, the end-to-end suites serve it.
const buildOk = await runLogged('Production build under a sub-path', 'npx', ['astro', 'build', '--outDir', BUILD_DIR], { BASE_PATH: E2E_BASE_PATH, SITE_URL }, BUILD_LOG);
single('astro build', buildOk);
lap('build');

// Without the build, the budget tests make their own (and say why it failed).
const given = buildOk ? { TEST_BUILD_DIR: BUILD_DIR, TEST_BUILD_BASE: E2E_BASE_PATH, TEST_BUILD_LOG: BUILD_LOG } : {};
const unitOk = run('Unit and content tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'], given);
fromJson('vitest', 'test-results/unit.json', unitOk, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));
lap('vitest');

const chromium = findChromium({ headlessShell: true });
if (!chromium) {
  console.error(`\n${HOW_TO_GET_CHROMIUM}\n`);
  single('end-to-end (no browser)', false);
} else if (buildOk) {
  const nginx = findNginx();
  const server = nginx
    ? `end-to-end server: nginx (${nginx})`
    : 'end-to-end server: the small static server, as nginx is not installed (sudo apt-get install -y nginx): the nginx checks are skipped (failed under CI)';
  console.log(`\n${server}`);
  lines.push(server);
  const e2eOk = run('End-to-end (Playwright, Chromium)', 'npx', ['playwright', 'test'], {
    E2E_PORT,
    CHROMIUM_PATH: chromium,
    SITE_URL,
    DIST_DIR: BUILD_DIR,
  });
  fromJson('playwright', 'test-results/e2e.json', e2eOk, playwrightCounts);
}

lap('end-to-end');

// The last two suites side by side: each alone kept the two cores about two-thirds busy (the picker's one browser
// against `astro dev`; one engine at a time in the cross-engine suite).
// The map-state picker, which only `astro dev` serves (src/dev/): its own config starts the dev server under the
// same sub-path (playwright.dev.config.ts). It needs no build.
const devJob = {
  label: 'End-to-end against astro dev (the map-state picker)',
  command: 'npx',
  args: ['playwright', 'test', '-c', 'playwright.dev.config.ts'],
  env: { DEV_E2E_PORT, CHROMIUM_PATH: chromium ?? '' },
};
// Gecko and WebKit through the reader's core journeys, on the same build (tests/engines/run.ts). An engine that is
// not installed is skipped, saying how to install it (failed under CI=true).
const enginesJob = {
  label: 'Cross-engine (Firefox ESR, WebKitGTK)',
  command: process.execPath,
  args: ['--experimental-strip-types', 'tests/engines/run.ts', '--dist', BUILD_DIR],
  env: { BASE_PATH: E2E_BASE_PATH },
};
const jobs = [...(chromium ? [devJob] : []), ...(buildOk ? [enginesJob] : [])];
const oks = await runTogether(jobs);
const ok = (/** @type {object} */ job) => oks[jobs.indexOf(job)];
if (chromium) fromJson('playwright (astro dev)', 'test-results/e2e-dev.json', ok(devJob), playwrightCounts);
if (buildOk) {
  fromJson('cross-engine', 'test-results/engines.json', ok(enginesJob), (r) => ({ passed: r.passed, failed: r.failed }));
  const report = existsSync('test-results/engines.json') ? JSON.parse(readFileSync('test-results/engines.json', 'utf8')) : {};
  if (report.skipped > 0) lines.push(`cross-engine: ${report.skipped} skipped, as an engine is not installed (see above)`);
}
lap('dev end-to-end and cross-engine, side by side');
const total = Math.round((Date.now() - started) / 1000);
lines.push(`time: ${laps.join(', ')}; in all ${Math.floor(total / 60)} min ${total % 60} s`);

const distAfter = snapshot('dist');
const [before, after] = [new Set(distBefore), new Set(distAfter)];
const changed = [...distBefore.filter((e) => !after.has(e)), ...distAfter.filter((e) => !before.has(e))];
if (changed.length > 0) console.error(`\ndist/ changed during the run (entry, size, mtime):\n${changed.slice(0, 20).join('\n')}`);
single('dist/ untouched', changed.length === 0);

console.log(`\n${lines.join('\n')}`);
const summary = `${totals.passed} passed, ${totals.failed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(summary);
process.exit(totals.failed > 0 ? 1 : 0);
