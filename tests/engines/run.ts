#!/usr/bin/env node
/**
 * The cross-engine suite: the reader's core journeys in Gecko (Firefox ESR) and WebKit (WebKitGTK), against a
 * production build. `npm test` runs it after the Chromium suite, on the same build:
 *
 *   node tests/engines/run.ts [--engine firefox|webkit] [--dist .build/test]
 *
 * The build must be made for BASE_PATH (default /graphics/2021/china-russia/, as `npm test` builds it); the site
 * is served on 127.0.0.1:$ENGINES_PORT (default 4397). An engine that is not installed is skipped with how to
 * install it, and under CI=true counted as failed. Writes test-results/engines.json (passed, failed, skipped,
 * each journey's result and time) and exits non-zero on any failure.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startHosts } from '../e2e/hosts.ts';
import { statesOfScene, type MapState, type SceneData } from '../e2e/story-content.ts';
import { canaryJourney } from './canary.ts';
import { embedJourneys } from './embed-journeys.ts';
import type { Engine, EngineKind, Size } from './engine.ts';
import { gecko } from './gecko.ts';
import type { Journey } from './journey.ts';
import { startSiteServer } from './site-server.ts';
import { storyJourneys } from './story-journeys.ts';
import { CEILING } from './wait.ts';
import { webkit } from './webkit.ts';

const KINDS: EngineKind[] = [gecko, webkit];
const JOURNEYS: Journey[] = [canaryJourney, ...storyJourneys, ...embedJourneys];
/** A desktop reader's window: the story beside its map, and embeds in their wide layout. */
const SIZE: Size = { width: 1280, height: 800 };
/** A journey that takes longer than this is stuck (its own waits have ceilings); its browser is restarted. */
const JOURNEY_CEILING = CEILING * 4;
const REPORT = 'test-results/engines.json';

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', multiple: true },
    // npm test's build (scripts/test.mjs), not dist/, which is the developer's.
    dist: { type: 'string', default: '.build/test' },
  },
});
const dist = resolve(args.dist);
const base = process.env.BASE_PATH ?? '/graphics/2021/china-russia/';
const port = Number(process.env.ENGINES_PORT ?? 4397);
const strict = process.env.CI === 'true';

/** One journey's outcome in one engine. */
interface Outcome {
  journey: string;
  result: 'passed' | 'failed' | 'skipped';
  seconds: number;
  error?: string;
}

/** Every step's published state, read from the build's data files (not over HTTP: the journeys count those). */
function readStates(): Map<string, MapState> {
  const states = new Map<string, MapState>();
  const dataDir = join(dist, 'data');
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
    for (const state of statesOfScene(JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as SceneData)) states.set(state.step, state);
  }
  return states;
}

/** A journey or launch that never finished: the browser is in an unknown state. */
class StuckError extends Error {}

/** Rejects after `ms` unless `work` settles first. */
async function withCeiling<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ceiling = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StuckError(`${what} took more than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, ceiling]);
  } finally {
    clearTimeout(timer);
  }
}

if (!existsSync(join(dist, 'index.html')) || !readFileSync(join(dist, 'index.html'), 'utf8').includes(`href="${base}`)) {
  console.error(`No build for ${base} in ${dist}. Build it first: BASE_PATH=${base} npx astro build --outDir ${args.dist}`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync(REPORT, JSON.stringify({ passed: 0, failed: 1, skipped: 0, error: 'no build' }, null, 2));
  process.exit(1);
}

const wanted = args.engine ?? KINDS.map((k) => k.name);
const unknown = wanted.filter((name) => !KINDS.some((k) => k.name === name));
if (unknown.length > 0) throw new Error(`unknown engine ${unknown.join(', ')}: ${KINDS.map((k) => k.name).join(' or ')}`);

const started = Date.now();
const states = readStates();
const site = await startSiteServer(dist, base, port);
const hosts = await startHosts();
/** The browser running now, stopped if the suite is. */
let running: Engine | null = null;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void (running?.close() ?? Promise.resolve()).finally(() => process.exit(1));
  });
}

const report: { engine: string; version?: string; missing?: string; journeys: Outcome[] }[] = [];
for (const kind of KINDS.filter((k) => wanted.includes(k.name))) {
  const missing = kind.missing();
  console.log(`\n${kind.name}${missing ? `: ${missing}` : ''}`);
  if (missing) {
    const result = strict ? 'failed' : 'skipped';
    report.push({ engine: kind.name, missing, journeys: JOURNEYS.map((j) => ({ journey: j.name, result, seconds: 0, error: missing })) });
    console.log(`  ${JOURNEYS.length} journeys ${result}${strict ? ' (CI=true: every engine must run)' : ''}`);
    continue;
  }
  const outcomes: Outcome[] = [];
  let version: string | undefined;
  for (const journey of JOURNEYS) {
    const from = Date.now();
    let outcome: Outcome;
    try {
      running ??= await withCeiling(kind.launch(SIZE), JOURNEY_CEILING, `starting ${kind.name}`);
      version ??= running.version;
      const engine = running;
      const tab = await engine.tab();
      // What the engine reported during an earlier journey (one that failed before its last check) is not this one's.
      tab.takeReportedProblems();
      await withCeiling(
        journey.run({ tab, size: SIZE, scriptlessTab: () => engine.scriptlessTab(), site, hosts, states }),
        JOURNEY_CEILING,
        'the journey',
      );
      outcome = { journey: journey.name, result: 'passed', seconds: (Date.now() - from) / 1000 };
    } catch (error) {
      outcome = { journey: journey.name, result: 'failed', seconds: (Date.now() - from) / 1000, error: error instanceof Error ? error.message : String(error) };
      if (error instanceof StuckError) {
        await running?.close();
        running = null;
      }
    }
    outcomes.push(outcome);
    const mark = outcome.result === 'passed' ? '✓' : '✗';
    console.log(`  ${mark} ${journey.name} (${outcome.seconds.toFixed(1)} s)${outcome.error ? `\n      ${outcome.error.split('\n').join('\n      ')}` : ''}`);
  }
  await running?.close();
  running = null;
  if (version) console.log(`  (${version})`);
  report.push({ engine: kind.name, version, journeys: outcomes });
}
await Promise.all([site.close(), hosts.close()]);

const all = report.flatMap((r) => r.journeys);
const count = (result: Outcome['result']) => all.filter((o) => o.result === result).length;
const totals = { passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
const seconds = Math.round((Date.now() - started) / 100) / 10;
mkdirSync('test-results', { recursive: true });
writeFileSync(REPORT, `${JSON.stringify({ ...totals, seconds, engines: report }, null, 2)}\n`);
console.log(`\ncross-engine: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped in ${seconds} s (${REPORT})`);
process.exit(totals.failed > 0 ? 1 : 0);
