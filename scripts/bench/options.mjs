// @ts-check
/** The benchmark's command line: its help, its options, the pages it measures and the floor page it serves. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const HELP = `npm run bench -- [options]
  --runs N          runs per page, each in a fresh browser context; medians are reported (default 5)
  --retries N       runs per page measured again because the host took over 0.5 % of the CPU time in them
                    (steal; Linux), at most (default 3)
  --no-build        measure the existing build instead of running \`astro build\` first
  --dist DIR        where the site is built and measured (default .build/bench; never dist/, which is yours)
  --base PATH       base path the site is built and served under (default $BASE_PATH or /)
  --story PATH      story page to load and scroll through, below the base (default /; repeatable; "none")
  --embed PATH      embed stepper to load and tap "next" through (default /embed/lunar-partners/; repeatable;
                    "none"); a page missing from the build is reported as "not built"
  --next SELECTOR   the stepper's "next" button (default: the button whose text or aria-label says "next")
  --speed PX        scroll speed in px/s (default 1500)
  --dwell MS        reading pace: time spent on each step in the step-by-step pass (default 1000)
  --no-reading      skip the story's step-by-step pass at reading pace
  --pace MS         time between two "next" presses (default 1000)
  --settle MS       wait after the load event; TBT counts long tasks until load + settle (default 2000)
  --cpu X --latency MS --down MBITS --up MBITS    throttling (default 4, 150, 1.6, 0.75)
  --no-floor        skip the floor: a plain text page as tall as the story, scrolled the same way, which shows
                    how many slow frames and long tasks this machine adds by itself right now
  --port N          port of the local server (default 4420)
  --json FILE       where to write every figure and request (default bench/results.json)`;

/** @typedef {'story' | 'embed' | 'floor'} Kind */
/** @typedef {{ kind: Kind, path: string }} PageToMeasure */
/**
 * @typedef {object} Options
 * @property {number} runs @property {number} retries @property {boolean} build @property {string} dist @property {string} base
 * @property {number} speed @property {number} dwell @property {boolean} reading @property {number} pace
 * @property {number} settle @property {number} cpu @property {number} latency @property {number} down
 * @property {number} up @property {number} port @property {string | null} next @property {boolean} floor
 * @property {string} json
 */

/** The longest wait for the live map to show the step the reader stopped at (ms). */
export const SHOW_CEILING = 5000;

/** Where the floor page is served: outside the site. */
export const FLOOR_PATH = '/__bench/floor/';

/** The floor page: system-font text in a column, about as tall as the story on a phone, and no script. */
const FLOOR_PARAGRAPH =
  '<p>Plain text without images or script: what scrolling costs here when the page itself costs nothing. ' +
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore ' +
  'magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo.</p>';
export const FLOOR_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>bench floor</title>
<style>body{margin:0 auto;max-width:40rem;padding:1rem;font:1.125rem/1.6 system-ui,sans-serif}</style></head>
<body><main>${FLOOR_PARAGRAPH.repeat(64)}</main></body></html>`;

/** @param {string} message @returns {never} */
export function die(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

/**
 * Reads the command line; prints the help and exits on --help, stops on a bad number.
 * @param {string[]} argv @returns {{ options: Options, pages: PageToMeasure[] }}
 */
export function readOptions(argv) {
  const { values: args } = parseArgs({
    args: argv,
    allowNegative: true,
    options: {
      runs: { type: 'string', default: '5' },
      retries: { type: 'string', default: '3' },
      build: { type: 'boolean', default: true },
      dist: { type: 'string', default: '.build/bench' },
      base: { type: 'string', default: process.env.BASE_PATH || '/' },
      story: { type: 'string', multiple: true, default: ['/'] },
      embed: { type: 'string', multiple: true, default: ['/embed/lunar-partners/'] },
      next: { type: 'string' },
      speed: { type: 'string', default: '1500' },
      dwell: { type: 'string', default: '1000' },
      reading: { type: 'boolean', default: true },
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
  const numberArg = (name) => {
    const value = Number(/** @type {Record<string, unknown>} */ (args)[name]);
    if (!Number.isFinite(value) || value < 0) die(`--${name} needs a number ≥ 0`);
    return value;
  };

  /** @type {Options} */
  const options = {
    runs: Math.max(1, Math.round(numberArg('runs'))),
    retries: Math.round(numberArg('retries')),
    build: args.build,
    dist: resolve(args.dist),
    base: `/${args.base}/`.replace(/\/+/g, '/'),
    speed: numberArg('speed'),
    dwell: numberArg('dwell'),
    reading: args.reading,
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
  /** @type {PageToMeasure[]} */
  const pages = [
    ...args.story.filter((path) => path !== 'none').map((path) => ({ kind: /** @type {Kind} */ ('story'), path })),
    ...args.embed.filter((path) => path !== 'none').map((path) => ({ kind: /** @type {Kind} */ ('embed'), path })),
  ]
    .map(({ kind, path }) => ({ kind, path: `/${path}`.replace(/\/+/g, '/') }))
    .concat(options.floor ? [{ kind: 'floor', path: FLOOR_PATH }] : []);
  return { options, pages };
}
