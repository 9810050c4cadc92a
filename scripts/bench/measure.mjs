// @ts-check
/**
 * One measured run of one page in a fresh browser context under the mobile profile: the load, then the scroll (story,
 * floor) or the stepping (embed); on the story also the step-to-map latencies, the step-by-step read and the jump to
 * a later step; the page's weight after the read.
 */
import os from 'node:os';
import {
  instrument,
  mapCaughtUp,
  mapState,
  nextButton,
  pageWeight,
  readStepByStep,
  recordFrames,
  scrollThrough,
} from './in-page.mjs';
import { cpuTimes, stealShare } from './host.mjs';
import { waitInPage } from './page-wait.mjs';
import { SHOW_CEILING } from './options.mjs';
import { cls, frameStats, kindOf, latencyFigures, stepLatencies } from './stats.mjs';

/** A stepper that neither disables "next" nor comes back to its first step stops after this many presses. */
const MAX_PRESSES = 50;
/** The longest wait for the jump's step to show after its reload (ms). */
const JUMP_CEILING = 15_000;

/** @typedef {import('./options.mjs').Options} Options */
/** @typedef {import('./options.mjs').Kind} Kind */
/** @typedef {'load' | 'interaction' | 'reading' | 'jump'} Phase */
/**
 * @typedef {{ url: string, type: string, mime: string, status: number, bytes: number, failed: boolean,
 *   afterLoad: boolean, phase: Phase }} Request `bytes`: CDP encodedDataLength (compressed body and headers);
 *   `afterLoad`: started after load + settle; `phase`: the load (until load + settle), the scroll or stepping, the
 *   step-by-step read, the jump's reload
 */
/**
 * @typedef {{ frames: number[], start: number, end: number, px?: number, height?: number, presses?: number,
 *   ended?: string, error?: string }} Recording frame intervals from `start` to `end` (performance timeline, ms)
 */
/** @typedef {import('./stats.mjs').StepEvent} StepEvent */
/** @typedef {ReturnType<typeof latencyFigures> & { latencies: number[], waited: number | null }} PassLatencies */

/** The live map's log of step changes so far. @param {import('playwright-core').Page} page */
const stepEvents = (page) =>
  page.evaluate(() => /** @type {StepEvent[]} */ ([.../** @type {any} */ (window).__bench.steps]));

/**
 * Waits (polling in the page, up to SHOW_CEILING) until the live map shows the step the reader is on; returns the
 * map's state.
 * @param {import('playwright-core').Page} page @param {import('playwright-core').CDPSession} cdp
 * @param {string | null} step
 */
async function waitForMap(page, cdp, step) {
  await waitInPage(cdp, mapCaughtUp, step, { polling: 100, timeout: SHOW_CEILING });
  return page.evaluate(mapState);
}

/**
 * The latencies of the steps that became active from `start` until the map's state `end` was read.
 * @param {import('playwright-core').Page} page @param {import('playwright-core').CDPSession} cdp @param {number} start
 */
async function passLatencies(page, cdp, start) {
  const end = await waitForMap(page, cdp, null);
  const measured = stepLatencies(await stepEvents(page), start, end.now);
  return { ...latencyFigures(measured), latencies: measured.latencies, waited: measured.waited };
}

/**
 * Taps the stepper's "next" button every `pace` ms (a real touch, so layout shifts right after it count as expected,
 * as in Chrome's CLS) until it is disabled, a press changes nothing or the stepper is back at its first step; records
 * the frames from the first tap until `pace` ms after the last.
 * @param {import('playwright-core').Page} page @param {Options} options @returns {Promise<Recording>}
 */
async function stepThrough(page, options) {
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

/**
 * Loads the story afresh at its last step (`#anchor`, as a link to it would; the HTTP cache as the read left it),
 * moves once (a key press, as a reader's first move) at DOMContentLoaded, and times from navigation start until the
 * map shows that step. (A reload would restore the scroll position instead of going to the anchor.)
 * @param {import('playwright-core').Page} page @param {import('playwright-core').CDPSession} cdp
 */
async function jump(page, cdp) {
  const step = (await page.evaluate(mapState)).last;
  if (!step) return { step, ms: null, error: 'no section.step' };
  const url = new URL(page.url());
  url.hash = step;
  await page.goto('about:blank');
  await page.goto(url.href, { waitUntil: 'domcontentloaded', timeout: 180_000 });
  await page.keyboard.press('Shift');
  const shownFirst = (/** @type {string} */ id) =>
    /** @type {StepEvent[]} */ (/** @type {any} */ (window).__bench.steps).find(
      ([, a, v]) => a === 'shown' && v === id,
    );
  /** @type {StepEvent | null} */
  let shown;
  try {
    shown = await waitInPage(cdp, shownFirst, step, { polling: 100, timeout: JUMP_CEILING });
  } catch (error) {
    return { step, ms: null, error: `waiting for the step to show: ${error instanceof Error ? error.message : error}` };
  }
  return shown ? { step, ms: shown[0] } : { step, ms: null, error: `not shown within ${JUMP_CEILING / 1000} s` };
}

/**
 * Loads `url` in a fresh context under the mobile profile, waits for load + settle, reads the load figures, then
 * scrolls through (story, floor) or steps through (embed) and reads the frame figures. On a story page, the
 * step-to-map latencies of that scroll, then (`options.reading`) of a read step by step; then the page's weight and
 * transfer after the read, and the jump to its last step.
 * @param {import('playwright-core').Browser} browser @param {string} url @param {Kind} kind @param {string} origin
 * @param {Options} options
 */
export async function measure(browser, url, kind, origin, options) {
  /** The machine's 1-minute load average as the run starts. */
  const loadAverage = os.loadavg()[0];
  /** The machine's CPU times as the run starts, for the share the host took meanwhile (host.mjs). */
  const cpuBefore = cpuTimes();
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
    /** @type {Phase} */
    let phase = 'load';
    /** @param {string} id @param {number} bytes @param {boolean} failed */
    const finish = (id, bytes, failed) => {
      const r = open.get(id);
      if (!r) return;
      Object.assign(r, { bytes, failed });
      requests.push(r);
      open.delete(id);
    };
    /** Requests still pending: not counted. */
    const giveUpPending = () => [...open.keys()].forEach((id) => finish(id, 0, true));
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
        afterLoad: phase !== 'load',
        phase,
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
        steps: undefined,
        dcl: nav?.domContentLoadedEventEnd ?? null,
        load: nav?.loadEventEnd ?? null,
      };
    });
    phase = 'interaction';
    const until = (loaded.load ?? 0) + options.settle;
    const loadTasks = /** @type {number[][]} */ (loaded.longTasks).filter(([start]) => start < until);

    /** @type {Recording} */
    const recording =
      kind === 'embed' ? await stepThrough(page, options) : await page.evaluate(scrollThrough, options.speed);
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => {
      const bench = /** @type {any} */ (window).__bench;
      return { longTasks: [...bench.longTasks], shifts: [...bench.shifts] };
    });

    /** @type {{ scroll: PassLatencies, reading: PassLatencies | null } | null} */
    let steps = null;
    if (kind === 'story' && !recording.error) {
      const scroll = await passLatencies(page, cdp, recording.start);
      let reading = null;
      if (options.reading) {
        phase = 'reading';
        await page.evaluate(() => scrollTo(0, 0));
        await waitForMap(page, cdp, (await page.evaluate(mapState)).first);
        const read = await page.evaluate(readStepByStep, options.dwell);
        reading = await passLatencies(page, cdp, read.start);
      }
      steps = { scroll, reading };
    }

    // After the read: the page's weight, and what the whole visit transferred.
    const weight = await page.evaluate(pageWeight);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    giveUpPending();
    const fullRead = {
      ...weight,
      heap,
      bytes: requests.filter((r) => !r.failed).reduce((sum, r) => sum + r.bytes, 0),
    };

    let jumped = null;
    if (kind === 'story') {
      phase = 'jump';
      jumped = await jump(page, cdp);
      giveUpPending();
      jumped = {
        ...jumped,
        bytes: requests.filter((r) => r.phase === 'jump' && !r.failed).reduce((sum, r) => sum + r.bytes, 0),
      };
    }

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
      loadAverage,
      /** The share of the machine's CPU time its host took during the run (steal), or null off Linux. */
      steal: stealShare(cpuBefore, cpuTimes()),
      requests: requests.map((r) => ({ ...r, kind: kindOf(r), otherHost: new URL(r.url).origin !== origin })),
      fcp: /** @type {number | null} */ (loaded.fcp),
      lcp: /** @type {number | null} */ (loaded.lcp),
      lcpElement: /** @type {string | null} */ (loaded.lcpElement),
      cls: cls(loaded.shifts),
      clsWithInteraction: cls(after.shifts),
      dcl: /** @type {number | null} */ (loaded.dcl),
      load: /** @type {number | null} */ (loaded.load),
      tbt: loadTasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      longTasks: loadTasks.length,
      longTaskMs: loadTasks.reduce((sum, [, duration]) => sum + duration, 0),
      interaction,
      interactionError: recording.error ?? null,
      steps,
      fullRead,
      jump: jumped,
    };
  } finally {
    await context.close();
  }
}
