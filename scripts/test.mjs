#!/usr/bin/env node
/**
 * `npm test`: every suite, in order — type checks (.astro and .svelte), unit tests, the content-error builds,
 * then the end-to-end tests against the production build served by nginx under a sub-path (the small static
 * server where nginx is absent, said in the summary; see scripts/serve-nginx.mjs), then the cross-engine journeys in
 * Firefox ESR and WebKitGTK against the same build (tests/engines/run.ts). That build goes into .build/test/, never
 * dist/: dist/ is the developer's (`npm start`, `npm run build`), and the run checks at its end that it was left as
 * it was. Ends with one line "N passed, N failed" over all suites and exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';
import { findNginx } from './serve-nginx.mjs';

const E2E_BASE_PATH = '/graphics/2021/china-russia/';
const E2E_PORT = process.env.E2E_PORT ?? '4399';
// The suites' own build; the Playwright config and the cross-engine suite read the same folder by default.
const BUILD_DIR = '.build/test';
// The build's SITE_URL is the test server's origin, so canonical and sitemap URLs can be fetched as they are.
const SITE_URL = `http://127.0.0.1:${E2E_PORT}`;
const totals = { passed: 0, failed: 0 };
const lines = [];

function run(label, command, args, env = {}) {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A suite without per-test counts (a type check, a build) counts as one test. */
function single(label, ok) {
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${label}: ${ok ? 'passed' : 'FAILED'}`);
}

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

single('astro check', run('Type check (.astro, .ts)', 'npx', ['astro', 'check']));
single('svelte-check', run('Type check (.svelte)', 'npx', ['svelte-check', '--fail-on-warnings', '--tsconfig', './tsconfig.json']));

const unitOk = run('Unit and content tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
fromJson('vitest', 'test-results/unit.json', unitOk, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));

// One production build under the sub-path, for both end-to-end suites.
const buildOk = run('Production build under a sub-path', 'npx', ['astro', 'build', '--outDir', BUILD_DIR], { BASE_PATH: E2E_BASE_PATH, SITE_URL });
single('astro build', buildOk);

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
  fromJson('playwright', 'test-results/e2e.json', e2eOk, (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
  }));
}

if (buildOk) {
  // Gecko and WebKit through the reader's core journeys, on the same build (tests/engines/run.ts). An engine that is
  // not installed is skipped, saying how to install it (failed under CI=true).
  const enginesOk = run('Cross-engine (Firefox ESR, WebKitGTK)', process.execPath, ['--experimental-strip-types', 'tests/engines/run.ts', '--dist', BUILD_DIR], {
    BASE_PATH: E2E_BASE_PATH,
  });
  fromJson('cross-engine', 'test-results/engines.json', enginesOk, (r) => ({ passed: r.passed, failed: r.failed }));
  const report = existsSync('test-results/engines.json') ? JSON.parse(readFileSync('test-results/engines.json', 'utf8')) : {};
  if (report.skipped > 0) lines.push(`cross-engine: ${report.skipped} skipped, as an engine is not installed (see above)`);
}

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
