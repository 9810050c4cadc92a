/**
 * The byte budgets of issue 6, on a production build made for this test: what the story page and each embed
 * stepper load on first load, gzip-compressed, all types and JavaScript alone; each scene's map data; and no
 * other hosts. The live map's code and data load once the reader moves (dynamic `import()` and `fetch`, not
 * counted on first load), so the map data is budgeted per scene here; `npm run bench` measures what a phone
 * really downloads, and the timing budgets.
 *
 * `npm test` builds the site once for all its suites and names that build here (TEST_BUILD_DIR, its base path
 * TEST_BUILD_BASE and what it printed, TEST_BUILD_LOG); run alone, this file makes its own build, at the root and
 * without SITE_URL, as a developer's first build is.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryFeatures, type CountryFeature } from '../../src/lib/geo/base-map';
import { baseMapFromFile } from '../../src/lib/geo/base-map-file';
import type { LayerFeature } from '../../src/lib/geo/geojson-layer';
import { wrap } from '../../src/lib/geo/camera';
import { VIEWS_PER_BASE_MAP } from '../../src/lib/render/projected-countries';
import { sceneFit, sceneFromJson, type SceneJson } from '../../src/lib/state/scene-data';
import { stateFit } from '../../src/lib/state/scene-geometry';
import { breakdown, gzipSize, gzipTotal, pageWeight, type Asset } from './page-weight';

const scripts = (assets: Asset[]) => assets.filter((a) => a.kind === 'js');

const ROOT = resolve(import.meta.dirname, '../..');
const KB = 1024;
const BUDGETS = {
  story: { total: 90 * KB, js: 30 * KB },
  stepper: { total: 40 * KB, js: 15 * KB },
  sceneData: 30 * KB,
  /** Every scene's data and base maps, each file once: what a reader of the whole story fetches for its maps. */
  allMapData: 100 * KB,
};
const SCENES = readdirSync(join(ROOT, 'content/scenes'))
  .filter((file) => /\.ya?ml$/.test(file))
  .map((file) => file.replace(/\.ya?ml$/, ''));
const HAS_EMBEDS = existsSync(join(ROOT, 'src/pages/embed'));

/** The build under test: made by `npm test` for every suite, or by this file. */
const GIVEN = process.env.TEST_BUILD_DIR ? resolve(ROOT, process.env.TEST_BUILD_DIR) : null;
/** The base path the build was made for. */
const BASE = GIVEN ? (process.env.TEST_BUILD_BASE ?? '/') : '/';
let dist = '';
/** What the build printed. */
let buildOutput = '';

beforeAll(async () => {
  if (GIVEN) {
    const log = process.env.TEST_BUILD_LOG;
    if (!existsSync(join(GIVEN, 'index.html'))) throw new Error(`TEST_BUILD_DIR: no built site at ${GIVEN}`);
    if (!log || !existsSync(log)) throw new Error(`TEST_BUILD_LOG: the output of the build in ${GIVEN} is needed (got "${log ?? ''}")`);
    dist = GIVEN;
    buildOutput = readFileSync(log, 'utf8');
    return;
  }
  dist = await mkdtemp(join(tmpdir(), 'budget-build-'));
  const { code, output } = await new Promise<{ code: number | null; output: string }>((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
      cwd: ROOT,
      // NODE_ENV: vitest sets it to "test", which would build Svelte's development runtime.
      env: {
        ...process.env,
        NODE_ENV: 'production',
        BASE_PATH: '/',
        // Built without a public address, as a developer's first build is.
        SITE_URL: '',
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('close', (exit) => done({ code: exit, output: text }));
  });
  if (code !== 0) throw new Error(`astro build failed:\n${output}`);
  buildOutput = output;
}, 180_000);

afterAll(async () => {
  if (dist && !GIVEN) await rm(dist, { recursive: true, force: true });
});

describe('the story page on first load', () => {
  it('loads nothing from other hosts', () => {
    expect(pageWeight(dist, BASE, BASE).otherHosts).toEqual([]);
  });

  it('weighs at most 90 KB gzip, all types', () => {
    const { assets } = pageWeight(dist, BASE, BASE);
    expect(gzipTotal(assets), `story page, first load:\n${breakdown(assets)}`).toBeLessThanOrEqual(BUDGETS.story.total);
  });

  it('fetches no icon: it is in the page, so the address following the reader from step to step costs no request', () => {
    const { assets } = pageWeight(dist, BASE, BASE);
    expect(assets.map((a) => a.path).filter((path) => /\.(svg|ico|png)$/.test(path))).toEqual([]);
  });

  it('runs at most 30 KB gzip of JavaScript', () => {
    const { assets } = pageWeight(dist, BASE, BASE);
    expect(gzipTotal(scripts(assets)), `story page, first load:\n${breakdown(scripts(assets))}`).toBeLessThanOrEqual(BUDGETS.story.js);
  });
});

describe("the browser's scripts", () => {
  // A layer kind's module holds its content schemas beside its drawing (src/lib/layers/); the live map imports the
  // drawing only, and the bundler must leave the schemas and zod (about 60 KB gzip) out (astro.config.mjs).
  it('hold no content schemas: zod is not in any of them', () => {
    const dir = join(dist, '_astro');
    const withZod = readdirSync(dir).filter((file) => file.endsWith('.js') && /\b_zod\b/.test(readFileSync(join(dir, file), 'utf8')));
    expect(withZod, 'scripts with zod in them').toEqual([]);
  });

  // Vite wraps each dynamic import in a helper that preloads the chunk's dependencies (700 B gzip in the map panel,
  // which every read of the story loads); with nothing to preload, astro.config.mjs makes it a plain call.
  it('hold no preload helper: nothing is preloaded for a dynamic import', () => {
    const dir = join(dist, '_astro');
    const withHelper = readdirSync(dir).filter((file) => file.endsWith('.js') && /vite:preloadError|modulepreload/.test(readFileSync(join(dir, file), 'utf8')));
    expect(withHelper, 'scripts with the preload helper in them').toEqual([]);
  });
});

describe('map data', () => {
  /** What the map of a scene loads: its data file and the base map it names (`base/countries-<hash>.json`). */
  const sceneFiles = (scene: string) => {
    const file = join(dist, 'data', `${scene}.json`);
    expect(existsSync(file), `${file} is missing from the build`).toBe(true);
    const base = join(dist, 'data', (JSON.parse(readFileSync(file, 'utf8')) as { topology: string }).topology);
    expect(existsSync(base), `${base}, named by data/${scene}.json, is missing from the build`).toBe(true);
    return [file, base];
  };

  it.each(SCENES)('scene "%s" weighs at most 30 KB gzip, with its base map', (scene) => {
    const files = sceneFiles(scene);
    const sizes = files.map((file) => `${file.slice(dist.length + 1)} ${(gzipSize(readFileSync(file)) / KB).toFixed(1)} KB`);
    expect(files.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0), `${sizes.join(' + ')}, gzip`).toBeLessThanOrEqual(BUDGETS.sceneData);
  });

  it('every map of the story, each file once, weighs at most 100 KB gzip: scenes on the same base map share it', () => {
    const files = [...new Set(SCENES.flatMap(sceneFiles))];
    expect(files.length, 'a base map per scene: none shared').toBeLessThan(SCENES.length * 2);
    const sizes = files.map((file) => `${file.slice(dist.length + 1)} ${(gzipSize(readFileSync(file)) / KB).toFixed(1)} KB`);
    expect(files.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0), sizes.join('\n')).toBeLessThanOrEqual(BUDGETS.allMapData);
  });

  it(`a full read projects each base map once per rotation (its views use at most ${VIEWS_PER_BASE_MAP}, the projections the live map keeps) and fits each view as published`, () => {
    // As the live map reads them (sceneFromJson): each scene's states, fitted to the countries of its base map.
    const decoded = new Map<string, { countries: CountryFeature[]; borders: LayerFeature[] }>();
    const bases = new Map<string, Map<string, string[]>>();
    for (const scene of SCENES) {
      const json = JSON.parse(readFileSync(join(dist, 'data', `${scene}.json`), 'utf8')) as SceneJson;
      if (!decoded.has(json.topology)) {
        const { topology, borders } = baseMapFromFile(JSON.parse(readFileSync(join(dist, 'data', json.topology), 'utf8')), json.topology);
        decoded.set(json.topology, { countries: countryFeatures(topology), borders });
      }
      const { countries, borders } = decoded.get(json.topology)!;
      const drawable = sceneFromJson(json, countries, borders);
      const byId = new Map(drawable.geometry.countries.map((c) => [c.id, c]));
      const views = bases.get(json.topology) ?? new Map<string, string[]>();
      bases.set(json.topology, views);
      for (const state of drawable.states.values()) {
        // The live map's own key for a projection of a base map: the exact rotation.
        const fit = sceneFit(drawable, state);
        // Published so that the browser measures no country: the fit it would have measured on this base map.
        expect(JSON.stringify(fit), `data/${scene}.json: fits["${state.step}"]`).toBe(JSON.stringify(stateFit(state, byId)));
        const view = `${state.projection}, meridian ${+wrap(-fit.rotate).toFixed(2)} (${fit.rotate})`;
        views.set(view, [...(views.get(view) ?? []), state.step]);
      }
    }
    expect(bases.size).toBeGreaterThan(0);
    for (const [file, views] of bases) {
      const listed = [...views].map(([view, steps]) => `${view}: ${steps.join(', ')}`).join('\n');
      expect(views.size, `data/${file} is drawn at these views (a step's view.meridian, else the centre of what it fits); give a step the meridian of another:\n${listed}`).toBeLessThanOrEqual(VIEWS_PER_BASE_MAP);
    }
  });
});

if (HAS_EMBEDS) {
  describe('the embed steppers on first load', () => {
    const steppers = () =>
      readdirSync(join(dist, 'embed'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(dist, 'embed', entry.name, 'index.html')))
        .map((entry) => `${BASE}embed/${entry.name}/`);

    it('load nothing from other hosts', () => {
      expect(steppers().length, 'no /embed/<scene>/ pages in the build').toBeGreaterThan(0);
      expect(steppers().flatMap((page) => pageWeight(dist, BASE, page).otherHosts)).toEqual([]);
    });

    it('weigh at most 40 KB gzip each, all types, of which at most 15 KB JavaScript', () => {
      for (const page of steppers()) {
        const { assets } = pageWeight(dist, BASE, page);
        expect(gzipTotal(assets), `${page}, first load:\n${breakdown(assets)}`).toBeLessThanOrEqual(BUDGETS.stepper.total);
        expect(gzipTotal(scripts(assets)), `${page}, first load:\n${breakdown(scripts(assets))}`).toBeLessThanOrEqual(BUDGETS.stepper.js);
      }
    });
  });
}

describe('a build for this machine (without SITE_URL, or for a local address)', () => {
  it('says on its last line that it is not for publication, and why', () => {
    const last = buildOutput.trim().split('\n').at(-1) ?? '';
    const address = GIVEN ? /http:\/\/(localhost|127\.0\.0\.1):\d+/ : /http:\/\/localhost:4321/;
    expect(last).toMatch(new RegExp(`NOT FOR PUBLICATION: built for ${address.source}, this machine\\..*Set SITE_URL`));
  });

  it('prints one entry per line, and no warning but that notice', () => {
    const lines = buildOutput.split('\n');
    // Each entry starts with its time: two times on a line are two entries run together.
    expect(lines.filter((line) => (line.match(/\d\d:\d\d:\d\d/g) ?? []).length > 1), 'lines holding two entries').toEqual([]);
    expect(lines.filter((line) => /\bwarn(ing)?\b|\berror\b/i.test(line) && !line.includes('[site-url-notice]')), 'warnings and errors').toEqual([]);
  });

  it('puts the machine\'s address in no image, card or download', () => {
    for (const folder of ['maps', 'data']) {
      for (const file of readdirSync(join(dist, folder)).filter((f) => /\.(svg|csv|geojson)$/.test(f))) {
        expect(readFileSync(join(dist, folder, file), 'utf8'), `${folder}/${file}`).not.toMatch(/localhost|127\.0\.0\.1/);
      }
    }
  });
});
