// @ts-check
/**
 * What runs inside the measured page: the instruments installed before the page's own scripts, the scroll and the
 * step-by-step drivers, the frame recorder, the stepper's "next" button, the figures read after a full read. Each
 * function is sent to the page as its source, so each stands alone: no imports, no outer variables.
 */

/**
 * Runs in every document before its own scripts: collects paints, LCP, layout shifts and long tasks, and logs every
 * change of the live map's `data-active-step` and `data-shown-step` (on `.map-live`) as `[time, 'active' | 'shown',
 * value]`, time on the performance timeline.
 */
export function instrument() {
  /**
   * @type {{ longTasks: number[][], shifts: number[][], fcp: number | null, lcp: number | null,
   *   lcpElement: string | null, steps: [number, string, string | null][] }}
   */
  const bench = { longTasks: [], shifts: [], fcp: null, lcp: null, lcpElement: null, steps: [] };
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
  // Records arrive in a microtask right after the change, within the task that made it: `now` is its time.
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      const el = /** @type {Element} */ (record.target);
      if (!el.classList.contains('map-live') || !record.attributeName) continue;
      const value = el.getAttribute(record.attributeName);
      bench.steps.push([now, record.attributeName === 'data-active-step' ? 'active' : 'shown', value]);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-active-step', 'data-shown-step'] });
}

/** Scrolls from top to bottom at `speed` px/s with one scrollTo per animation frame, recording each frame interval. */
export function scrollThrough(/** @type {number} */ speed) {
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

/**
 * The live map's state: the step the reader is on and the step it shows (null without a live map), the first and
 * the last step's anchor, and the time on the page's timeline.
 */
export function mapState() {
  const live = document.querySelector('.map-live');
  const steps = document.querySelectorAll('section.step');
  return {
    active: live?.getAttribute('data-active-step') ?? null,
    shown: live?.getAttribute('data-shown-step') ?? null,
    first: steps[0]?.id ?? null,
    last: steps[steps.length - 1]?.id ?? null,
    now: performance.now(),
  };
}

/** Whether the live map shows the step the reader is on (and, given `step`, that this is the step). */
export function mapCaughtUp(/** @type {string | null} */ step) {
  const live = document.querySelector('.map-live');
  const active = live?.getAttribute('data-active-step');
  const shown = live?.getAttribute('data-shown-step');
  return !!shown && shown === active && (step === null || shown === step);
}

/**
 * Reads the story step by step from the top: brings each `section.step` after the first under the reading line
 * (where the page's StepObserver puts it: midway down what the stacked map leaves of the screen, else mid-screen)
 * with one scroll, then stays `dwell` ms. Returns the times of the first move and of the end of the last stay.
 * @param {number} dwell @returns {Promise<{ start: number, end: number, steps: number }>}
 */
export function readStepByStep(dwell) {
  return new Promise((done) => {
    const steps = [...document.querySelectorAll('section.step')];
    const start = performance.now();
    const line = () => {
      const cover = document.querySelector('figure.story-map')?.getBoundingClientRect();
      const stacked = !!cover && cover.width >= innerWidth * 0.9 && cover.height < innerHeight * 0.8;
      return stacked ? (cover.height + innerHeight) / 2 : innerHeight / 2;
    };
    /** @param {number} i */
    const next = (i) => {
      if (i >= steps.length) return done({ start, end: performance.now(), steps: steps.length - 1 });
      const rect = steps[i].getBoundingClientRect();
      scrollTo(0, scrollY + rect.top - line() + Math.min(rect.height / 4, innerHeight / 8));
      setTimeout(() => next(i + 1), dwell);
    };
    next(1);
  });
}

/** Records every animation-frame interval from now until `__bench.stopFrames` is set. */
export function recordFrames() {
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
export function nextButton(/** @type {string | null} */ selector) {
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

/** What the page holds after a full read: its elements, and the characters of its SVG markup (outermost svgs). */
export function pageWeight() {
  const svgs = [...document.getElementsByTagName('svg')].filter((svg) => !svg.parentElement?.closest('svg'));
  return {
    elements: document.getElementsByTagName('*').length,
    svgBytes: svgs.reduce((sum, svg) => sum + svg.outerHTML.length, 0),
  };
}
