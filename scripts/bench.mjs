#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: builds the site, serves dist/ with gzip on 127.0.0.1 and measures the story page (load, then a
 * scroll through the whole story) and the embed stepper (load, then "next" through every step) in headless Chromium
 * as a mid-range phone on a poor connection: 390×844 at DPR 2, 4× CPU throttling, 150 ms latency, 1.6 Mbit/s down,
 * 0.75 up, a fresh browser context per run. Prints the medians against the budgets of issue 6 as Markdown tables and
 * writes every figure and request as JSON. Timings depend on the machine and on what else runs on it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';
import { serve } from './static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const KB = 1024;
/** A stepper that neither disables "next" nor comes back to its first step stops after this many presses. */
const MAX_PRESSES = 50;

const HELP = `npm run bench -- [options]
  --runs N          runs per page, each in a fresh browser context; medians are reported (default 5)
  --no-build        measure the existing build instead of running \`astro build\` first
  --dist DIR        the built site (default dist)
  --base PATH       base path the site is built and served under (default $BASE_PATH or /)
  --story PATH      story page to load and scroll through, below the base (default /; repeatable; "none")
  --embed PATH      embed stepper to load and tap "next" through (default /embed/lunar-partners/; repeatable;
                    "none"); a page missing from the build is reported as "not built"
  --next SELECTOR   the stepper's "next" button (default: the button whose text or aria-label says "next")
  --speed PX        scroll speed in px/s (default 1500)
  --pace MS         time between two "next" presses (default 1000)
  --settle MS       wait after the load event; TBT counts long tasks until load + settle (default 2000)
  --cpu X --latency MS --down MBITS --up MBITS    throttling (default 4, 150, 1.6, 0.75)
  --no-floor        skip the floor: a plain text page as tall as the story, scrolled the same way, which shows
                    how many slow frames and long tasks this machine adds by itself right now
  --port N          port of the local server (default 4420)
  --json FILE       where to write every figure and request (default bench/results.json)`;

const { values: args } = parseArgs({
  allowNegative: true,
  options: {
    runs: { type: 'string', default: '5' },
    build: { type: 'boolean', default: true },
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH || '/' },
    story: { type: 'string', multiple: true, default: ['/'] },
    embed: { type: 'string', multiple: true, default: ['/embed/lunar-partners/'] },
    next: { type: 'string' },
    speed: { type: 'string', default: '1500' },
    pace: { type: 'string', default: '1000' },
    settle: { type: 'string', default: '2000' },
    cpu: { type: 'string', default: '4' },
    latency: { type: 'string', default: '150' },
    down: { type: 'string', default: '1.6' },
    up: { type: 'string', default: '0.75' },
    port: { type: 'string', default: '4420' },
    json: { type: 'string', default: 'bench/results.json' },
    floor: { type: 'boolean', default: true },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

/** @param {string} name */
function numberArg(name) {
  const value = Number(/** @type {Record<string, unknown>} */ (args)[name]);
  if (!Number.isFinite(value) || value < 0) die(`--${name} needs a number ≥ 0`);
  return value;
}

/** @param {string} message @returns {never} */
function die(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const options = {
  runs: Math.max(1, Math.round(numberArg('runs'))),
  build: args.build,
  dist: resolve(args.dist),
  base: `/${args.base}/`.replace(/\/+/g, '/'),
  speed: numberArg('speed'),
  pace: numberArg('pace'),
  settle: numberArg('settle'),
  cpu: Math.max(1, numberArg('cpu')),
  latency: numberArg('latency'),
  down: numberArg('down'),
  up: numberArg('up'),
  port: Math.round(numberArg('port')),
  next: args.next ?? null,
  floor: args.floor,
  json: resolve(args.json),
};
/** @typedef {'story' | 'embed' | 'floor'} Kind */
/** Where the floor page is served: outside the site. */
const FLOOR_PATH = '/__bench/floor/';
/** @type {{ kind: Kind, path: string }[]} */
const pages = [
  ...args.story.filter((path) => path !== 'none').map((path) => ({ kind: /** @type {Kind} */ ('story'), path })),
  ...args.embed.filter((path) => path !== 'none').map((path) => ({ kind: /** @type {Kind} */ ('embed'), path })),
]
  .map(({ kind, path }) => ({ kind, path: `/${path}`.replace(/\/+/g, '/') }))
  .concat(options.floor ? [{ kind: 'floor', path: FLOOR_PATH }] : []);

/** The floor page: system-font text in a column, about as tall as the story on a phone, and no script. */
const FLOOR_PARAGRAPH =
  '<p>Plain text without images or script: what scrolling costs here when the page itself costs nothing. ' +
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore ' +
  'magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo.</p>';
const FLOOR_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>bench floor</title>
<style>body{margin:0 auto;max-width:40rem;padding:1rem;font:1.125rem/1.6 system-ui,sans-serif}</style></head>
<body><main>${FLOOR_PARAGRAPH.repeat(64)}</main></body></html>`;

// ---------- budgets (issue 6), medians under the mobile profile ----------

/**
 * @typedef {object} Row one budget
 * @property {string} label
 * @property {Record<'story' | 'embed', number>} budget
 * @property {(s: PageSummary) => number | null} value the median figure
 * @property {(x: number) => string} show
 * @property {(x: number) => string} limit
 */
/** @type {Row[]} */
const BUDGETS = [
  {
    label: 'bytes on first load, all types (KB, compressed)',
    budget: { story: 90 * KB, embed: 40 * KB },
    value: (s) => s.firstLoad.total.bytes,
    show: (x) => (x / KB).toFixed(1),
    limit: (x) => `≤ ${x / KB}`,
  },
  {
    label: 'JavaScript (KB, compressed)',
    budget: { story: 30 * KB, embed: 15 * KB },
    value: (s) => s.firstLoad.js.bytes,
    show: (x) => (x / KB).toFixed(1),
    limit: (x) => `≤ ${x / KB}`,
  },
  {
    label: 'largest contentful paint (ms)',
    budget: { story: 1000, embed: 800 },
    value: (s) => s.lcp,
    show: (x) => x.toFixed(0),
    limit: (x) => `≤ ${x}`,
  },
  {
    label: 'total blocking time (ms)',
    budget: { story: 80, embed: 50 },
    value: (s) => s.tbt,
    show: (x) => x.toFixed(0),
    limit: (x) => `≤ ${x}`,
  },
  {
    label: 'cumulative layout shift (load and scroll / stepping)',
    budget: { story: 0.01, embed: 0.01 },
    value: (s) => s.clsWithInteraction,
    show: (x) => x.toFixed(3),
    limit: (x) => `≤ ${x}`,
  },
  {
    label: 'frames over 16.7 ms while scrolling / stepping',
    budget: { story: 0.01, embed: 0.01 },
    value: (s) => s.interaction?.over16 ?? null,
    show: (x) => `${(x * 100).toFixed(1)} %`,
    limit: (x) => `≤ ${x * 100} %`,
  },
  {
    label: 'requests to other hosts',
    budget: { story: 0, embed: 0 },
    value: (s) => s.otherHosts,
    show: (x) => String(x),
    limit: (x) => String(x),
  },
];

// ---------- build ----------

function build() {
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  console.log(`bench: astro build (BASE_PATH=${options.base}) into ${options.dist}`);
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', options.dist], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      BASE_PATH: options.base,
      SITE_URL: `http://127.0.0.1:${options.port}`,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (result.status !== 0) die(`astro build failed:\n${result.stdout}${result.stderr}`);
}

/** The built HTML of a page path below the base, or null when the build has no such page. */
function builtPage(/** @type {string} */ path) {
  const file = join(options.dist, path, path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Stops when the build's asset URLs are not under --base: measuring it would only count 404s. */
function checkBase(/** @type {string} */ file) {
  const asset = readFileSync(file, 'utf8').match(/["'(]([^"'()\s]*\/_astro\/)/)?.[1];
  const expected = `${options.base}_astro/`;
  if (asset && !asset.startsWith('.') && asset.replace(/^[a-z]+:\/\/[^/]+/i, '') !== expected) {
    die(
      `${file} loads its assets from ${asset}, not ${expected}: build with this --base, or pass the base it was built with`,
    );
  }
}

// ---------- in the page ----------

/** Runs in every document before its own scripts: collects paints, LCP, layout shifts and long tasks. */
function instrument() {
  /** @type {{ longTasks: number[][], shifts: number[][], fcp: number | null, lcp: number | null, lcpElement: string | null }} */
  const bench = { longTasks: [], shifts: [], fcp: null, lcp: null, lcpElement: null };
  /** @type {any} */ (window).__bench = bench;
  /** @param {string} type @param {(entry: any) => void} onEntry */
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {
      // an entry type this browser lacks stays null
    }
  };
  observe('longtask', (e) => bench.longTasks.push([e.startTime, e.duration]));
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
  });
  observe('largest-contentful-paint', (e) => {
    bench.lcp = e.startTime;
    const el = e.element;
    bench.lcpElement = el
      ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : el.classList[0] ? `.${el.classList[0]}` : ''}`
      : null;
  });
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) bench.shifts.push([e.startTime, e.value]);
  });
}

/** Scrolls from top to bottom at `speed` px/s with one scrollTo per animation frame, recording each frame interval. */
function scrollThrough(/** @type {number} */ speed) {
  return new Promise((done) => {
    const root = document.scrollingElement ?? document.documentElement;
    /** @type {number[]} */
    const frames = [];
    let start = -1;
    let last = -1;
    scrollTo(0, 0);
    /** @param {number} now */
    const tick = (now) => {
      if (start < 0) start = now;
      else frames.push(now - last);
      last = now;
      const bottom = root.scrollHeight - innerHeight;
      const y = Math.min(bottom, ((now - start) * speed) / 1000);
      scrollTo(0, y);
      if (y >= bottom || now - start > 300_000)
        done({ frames, start, end: now, px: Math.round(scrollY), height: root.scrollHeight });
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Records every animation-frame interval from now until `__bench.stopFrames` is set. */
function recordFrames() {
  const bench = /** @type {any} */ (window).__bench;
  Object.assign(bench, { frames: [], framesStart: -1, framesEnd: -1, stopFrames: false });
  /** @param {number} now */
  const tick = (now) => {
    if (bench.framesStart < 0) bench.framesStart = now;
    else bench.frames.push(now - bench.framesEnd);
    bench.framesEnd = now;
    if (!bench.stopFrames) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * The stepper's "next" button: where to tap it, whether it can be pressed, and the page's text (to tell when a press
 * changed nothing or the stepper is back at its first step). Scrolls the button into view when it is not.
 */
function nextButton(/** @type {string | null} */ selector) {
  /** @param {Element} el */
  const label = (el) => `${el.textContent} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`;
  const el = selector
    ? document.querySelector(selector)
    : [...document.querySelectorAll('button, [role="button"]')].find((candidate) => /\bnext\b/i.test(label(candidate)));
  if (!(el instanceof HTMLElement)) return null;
  let rect = el.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > innerHeight) {
    el.scrollIntoView({ block: 'center' });
    rect = el.getBoundingClientRect();
  }
  return {
    x: rect.left + rect.width / 2,
    y: rect.top + rect.height / 2,
    usable:
      rect.width > 0 &&
      !(/** @type {HTMLButtonElement} */ (el).disabled) &&
      el.getAttribute('aria-disabled') !== 'true',
    text: document.body.textContent ?? '',
  };
}

/**
 * Taps the stepper's "next" button every `options.pace` ms (a real touch, so layout shifts right after it count as
 * expected, as in Chrome's CLS) until it is disabled, a press changes nothing or the stepper is back at its first
 * step; records the frames from the first tap until `pace` ms after the last.
 * @param {import('playwright-core').Page} page @returns {Promise<Recording>}
 */
async function stepThrough(page) {
  const first = await page.evaluate(nextButton, options.next);
  if (!first) return { frames: [], start: 0, end: 0, error: 'no "next" button found (pass --next SELECTOR)' };
  await page.evaluate(recordFrames);
  let presses = 0;
  let previous = first.text;
  let ended = '';
  for (let button = /** @type {typeof first | null} */ (first); ;) {
    const pressedAt = Date.now();
    ended = !button?.usable
      ? 'next disabled'
      : presses > 0 && button.text === first.text
        ? 'back at the first step'
        : presses > 0 && button.text === previous
          ? 'a press changed nothing'
          : presses >= MAX_PRESSES
            ? `${MAX_PRESSES} presses`
            : '';
    if (ended || !button) break;
    previous = button.text;
    await page.touchscreen.tap(button.x, button.y);
    presses += 1;
    await page.waitForTimeout(Math.max(0, options.pace - (Date.now() - pressedAt)));
    button = await page.evaluate(nextButton, options.next);
  }
  await page.waitForTimeout(options.pace);
  const recorded = await page.evaluate(() => {
    const bench = /** @type {any} */ (window).__bench;
    bench.stopFrames = true;
    return {
      frames: /** @type {number[]} */ ([...bench.frames]),
      start: /** @type {number} */ (bench.framesStart),
      end: /** @type {number} */ (bench.framesEnd),
    };
  });
  return { ...recorded, presses, ended };
}

// ---------- one run ----------

/**
 * @typedef {{ url: string, type: string, mime: string, status: number, bytes: number, failed: boolean, afterLoad: boolean }}
 *   Request `bytes`: CDP encodedDataLength (compressed body and headers); `afterLoad`: started after load + settle
 */
/**
 * @typedef {{ frames: number[], start: number, end: number, px?: number, height?: number, presses?: number,
 *   ended?: string, error?: string }} Recording frame intervals from `start` to `end` (performance timeline, ms)
 */

const TYPE_KINDS = /** @type {Record<string, string>} */ ({
  Document: 'html',
  Script: 'js',
  Stylesheet: 'css',
  XHR: 'data',
  Fetch: 'data',
  Image: 'images',
  Font: 'fonts',
});
const KINDS = ['html', 'js', 'css', 'data', 'images', 'fonts', 'other'];

/** What a request counts as: its CDP resource type, else its MIME type (module preloads report as "Other"). */
function kindOf(/** @type {Request} */ r) {
  if (TYPE_KINDS[r.type]) return TYPE_KINDS[r.type];
  if (/javascript/.test(r.mime)) return 'js';
  if (/css/.test(r.mime)) return 'css';
  if (/json/.test(r.mime)) return 'data';
  if (/html/.test(r.mime)) return 'html';
  if (/^image\//.test(r.mime)) return 'images';
  if (/^font\//.test(r.mime)) return 'fonts';
  return 'other';
}

/** CLS: the largest session window of layout shifts (gaps under 1 s, windows under 5 s). */
function cls(/** @type {number[][]} */ shifts) {
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

/** Frame-interval figures of a recording; a 60 Hz frame measures 16.6–16.8 ms, hence the 1 ms allowance. */
function frameStats(/** @type {number[]} */ frames) {
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

/**
 * Loads `url` in a fresh context under the mobile profile, waits for load + settle, reads the load figures, then
 * scrolls through (story) or steps through (embed) and reads the frame figures.
 * @param {import('playwright-core').Browser} browser @param {string} url @param {Kind} kind @param {string} origin
 */
async function measure(browser, url, kind, origin) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) ' +
      `Chrome/${browser.version()} Mobile Safari/537.36`,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(instrument);
    const cdp = await context.newCDPSession(page);
    /** @type {Map<string, Request>} */
    const open = new Map();
    /** @type {Request[]} */
    const requests = [];
    let afterLoad = false;
    /** @param {string} id @param {number} bytes @param {boolean} failed */
    const finish = (id, bytes, failed) => {
      const r = open.get(id);
      if (!r) return;
      Object.assign(r, { bytes, failed });
      requests.push(r);
      open.delete(id);
    };
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.redirectResponse) finish(e.requestId, e.redirectResponse.encodedDataLength, false);
      if (!/^(https?|wss?):/.test(e.request.url)) return;
      open.set(e.requestId, {
        url: e.request.url,
        type: e.type ?? 'Other',
        mime: '',
        status: 0,
        bytes: 0,
        failed: false,
        afterLoad,
      });
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = open.get(e.requestId);
      if (r) Object.assign(r, { type: e.type, mime: e.response.mimeType, status: e.response.status });
    });
    cdp.on('Network.loadingFinished', (e) => finish(e.requestId, e.encodedDataLength, false));
    cdp.on('Network.loadingFailed', (e) => finish(e.requestId, 0, true));
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: options.latency,
      downloadThroughput: options.down > 0 ? (options.down * 1e6) / 8 : -1,
      uploadThroughput: options.up > 0 ? (options.up * 1e6) / 8 : -1,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpu });

    const response = await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
    await page.waitForTimeout(options.settle);
    const loaded = await page.evaluate(() => {
      const nav = /** @type {PerformanceNavigationTiming | undefined} */ (
        performance.getEntriesByType('navigation')[0]
      );
      const bench = /** @type {any} */ (window).__bench;
      return {
        ...bench,
        longTasks: [...bench.longTasks],
        shifts: [...bench.shifts],
        dcl: nav?.domContentLoadedEventEnd ?? null,
        load: nav?.loadEventEnd ?? null,
      };
    });
    afterLoad = true;
    const until = (loaded.load ?? 0) + options.settle;
    const loadTasks = /** @type {number[][]} */ (loaded.longTasks).filter(([start]) => start < until);

    /** @type {Recording} */
    const recording = kind === 'embed' ? await stepThrough(page) : await page.evaluate(scrollThrough, options.speed);
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => {
      const bench = /** @type {any} */ (window).__bench;
      return { longTasks: [...bench.longTasks], shifts: [...bench.shifts] };
    });
    for (const id of [...open.keys()]) finish(id, 0, true); // still pending: not counted

    let interaction = null;
    if (!recording.error) {
      const tasks = /** @type {number[][]} */ (after.longTasks).filter(
        ([start, duration]) => start + duration > recording.start && start < recording.end,
      );
      interaction = {
        ...frameStats(recording.frames),
        seconds: (recording.end - recording.start) / 1000,
        px: recording.px ?? null,
        pageHeight: recording.height ?? null,
        presses: recording.presses ?? null,
        ended: recording.ended ?? null,
        longTasks: tasks.length,
        longTaskMs: tasks.reduce((sum, [, duration]) => sum + duration, 0),
      };
    }
    return {
      requests: requests.map((r) => ({ ...r, kind: kindOf(r), otherHost: new URL(r.url).origin !== origin })),
      fcp: loaded.fcp,
      lcp: loaded.lcp,
      lcpElement: loaded.lcpElement,
      cls: cls(loaded.shifts),
      clsWithInteraction: cls(after.shifts),
      dcl: loaded.dcl,
      load: loaded.load,
      tbt: loadTasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      longTasks: loadTasks.length,
      longTaskMs: loadTasks.reduce((sum, [, duration]) => sum + duration, 0),
      interaction,
      interactionError: recording.error ?? null,
    };
  } finally {
    await context.close();
  }
}

// ---------- medians ----------

/** @param {(number | null | undefined)[]} values */
function median(values) {
  const xs = /** @type {number[]} */ (values.filter((x) => typeof x === 'number' && Number.isFinite(x))).sort(
    (a, b) => a - b,
  );
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** @typedef {Awaited<ReturnType<typeof measure>>} Run */
/** @typedef {ReturnType<typeof summarize>} PageSummary */

/** Per-type requests and bytes of each run (first load, or loaded later), then the median of each figure. */
function summarize(/** @type {Run[]} */ runs) {
  /** @param {boolean} later */
  const byKind = (later) => {
    const perRun = runs.map((run) => {
      const local = run.requests.filter((r) => !r.otherHost && !r.failed && r.afterLoad === later);
      /** @type {Record<string, { requests: number, bytes: number }>} */
      const kinds = Object.fromEntries(KINDS.map((k) => [k, { requests: 0, bytes: 0 }]));
      for (const r of local) {
        kinds[r.kind].requests += 1;
        kinds[r.kind].bytes += r.bytes;
      }
      kinds.total = { requests: local.length, bytes: local.reduce((sum, r) => sum + r.bytes, 0) };
      return kinds;
    });
    return Object.fromEntries(
      [...KINDS, 'total'].map((k) => [
        k,
        { requests: median(perRun.map((p) => p[k].requests)) ?? 0, bytes: median(perRun.map((p) => p[k].bytes)) ?? 0 },
      ]),
    );
  };
  /** Median bytes of each first-load file, largest first. */
  const files = new Map();
  for (const run of runs) {
    for (const r of run.requests.filter((q) => !q.otherHost && !q.failed && !q.afterLoad)) {
      const path = new URL(r.url).pathname;
      files.set(path, [...(files.get(path) ?? []), r.bytes]);
    }
  }
  const largest = [...files]
    .map(([path, bytes]) => ({ path, bytes: /** @type {number} */ (median(bytes)) }))
    .sort((a, b) => b.bytes - a.bytes);
  const interactions = runs.map((r) => r.interaction).filter((x) => x !== null);
  /** @param {(r: Run) => number | null | undefined} figure */
  const med = (figure) => median(runs.map(figure));
  return {
    firstLoad: byKind(false),
    later: byKind(true),
    largest,
    otherHosts: med((r) => r.requests.filter((q) => q.otherHost).length),
    otherHostUrls: [...new Set(runs.flatMap((r) => r.requests.filter((q) => q.otherHost).map((q) => q.url)))],
    failed: [
      ...new Set(
        runs.flatMap((r) => r.requests.filter((q) => !q.otherHost && q.failed).map((q) => new URL(q.url).pathname)),
      ),
    ],
    httpErrors: [
      ...new Set(
        runs.flatMap((r) =>
          r.requests.filter((q) => q.status >= 400).map((q) => `${q.status} ${new URL(q.url).pathname}`),
        ),
      ),
    ],
    fcp: med((r) => r.fcp),
    lcp: med((r) => r.lcp),
    lcpElement: runs.at(-1)?.lcpElement ?? null,
    cls: med((r) => r.cls),
    clsWithInteraction: med((r) => r.clsWithInteraction),
    dcl: med((r) => r.dcl),
    load: med((r) => r.load),
    tbt: med((r) => r.tbt),
    longTasks: med((r) => r.longTasks),
    longTaskMs: med((r) => r.longTaskMs),
    interaction: interactions.length === 0 ? null : summarizeInteraction(interactions),
    interactionError: runs.find((r) => r.interactionError)?.interactionError ?? null,
  };
}

/** @typedef {NonNullable<Run['interaction']>} Interaction */

/** Median of each interaction figure; how the last run ended. */
function summarizeInteraction(/** @type {Interaction[]} */ runs) {
  /** @param {(i: Interaction) => number | null} figure */
  const med = (figure) => median(runs.map(figure));
  return {
    frames: med((i) => i.frames),
    p50: med((i) => i.p50),
    p95: med((i) => i.p95),
    max: med((i) => i.max),
    over16: med((i) => i.over16),
    over33: med((i) => i.over33),
    seconds: med((i) => i.seconds),
    px: med((i) => i.px),
    pageHeight: med((i) => i.pageHeight),
    presses: med((i) => i.presses),
    ended: runs.at(-1)?.ended ?? null,
    longTasks: med((i) => i.longTasks),
    longTaskMs: med((i) => i.longTaskMs),
  };
}

// ---------- report ----------

/** @typedef {{ kind: Kind, path: string, summary: PageSummary | null, note: string | null }} PageResult */

const kb = (/** @type {number} */ bytes) => (bytes / KB).toFixed(1);
const ms = (/** @type {number | null} */ x) => (x === null ? '–' : `${Math.round(x)} ms`);

/** The budget table: figure, budget and verdict for each page; the floor has no budget. */
function budgetTable(/** @type {PageResult[]} */ results) {
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

/** The details of one page: requests and bytes by type, paints, main thread, frames, largest files. */
function detailTable(/** @type {PageResult} */ r) {
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

function commit() {
  const run = (/** @type {string[]} */ git) =>
    spawnSync('git', git, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const hash = run(['rev-parse', '--short', 'HEAD']);
  return hash && run(['status', '--porcelain']) ? `${hash} + uncommitted changes` : hash || null;
}

// ---------- main ----------

if (options.build) build();
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
  args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const chromiumVersion = browser.version();
const loadBefore = os.loadavg()[0];
/** @type {PageResult[]} */
const results = [];
/** @type {Record<string, Run[]>} */
const allRuns = {};
try {
  for (const { kind, path } of pages) {
    const file = kind === 'floor' ? FLOOR_PATH : builtPage(path);
    if (!file) {
      results.push({ kind, path, summary: null, note: 'not built' });
      console.error(`bench: ${path} is not in the build: reported as "not built"`);
      continue;
    }
    if (kind !== 'floor') checkBase(file);
    const url = kind === 'floor' ? `${origin}${FLOOR_PATH}` : `${origin}${options.base}${path.slice(1)}`;
    /** @type {Run[]} */
    const runs = [];
    for (let i = 0; i < options.runs; i += 1) {
      runs.push(await measure(browser, url, kind, origin));
      console.error(`bench: ${path} run ${i + 1}/${options.runs}`);
    }
    allRuns[`${kind} ${path}`] = runs;
    results.push({ kind, path, summary: summarize(runs), note: null });
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
};
const profile =
  `390×844 @2x mobile, CPU ${options.cpu}× slower, ${options.latency} ms latency, ` +
  `${options.down}/${options.up} Mbit/s, gzip`;
console.log(`\n## npm run bench: median of ${options.runs} runs\n`);
console.log(
  `${profile}; ${environment.cpus} cores, load average ${loadBefore.toFixed(1)} → ` +
    `${environment.loadAverage.after.toFixed(1)}; ${environment.date.slice(0, 10)}, ${environment.commit ?? 'no commit'}\n`,
);
console.log(budgetTable(results));
for (const r of results.filter((x) => x.summary)) console.log(`\n${detailTable(r)}`);

const budgets = BUDGETS.map(({ label, budget }) => ({ label, budget }));
mkdirSync(dirname(options.json), { recursive: true });
writeFileSync(
  options.json,
  `${JSON.stringify({ options: { ...options, pages }, profile, environment, budgets, results, runs: allRuns }, null, 1)}\n`,
);
console.log(`\nbench: wrote ${options.json}`);
