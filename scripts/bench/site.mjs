// @ts-check
/** The site the benchmark measures: building it, finding its pages, checking its base path, naming its commit. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { die } from './options.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Runs `astro build` into `dist` under `base`, for a site served on 127.0.0.1:`port`; stops when it fails. */
export function build(/** @type {{ dist: string, base: string, port: number }} */ { dist, base, port }) {
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  console.log(`bench: astro build (BASE_PATH=${base}) into ${dist}`);
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', dist], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      BASE_PATH: base,
      SITE_URL: `http://127.0.0.1:${port}`,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (result.status !== 0) die(`astro build failed:\n${result.stdout}${result.stderr}`);
}

/** The built HTML of a page path below the base, or null when the build has no such page. */
export function builtPage(/** @type {string} */ dist, /** @type {string} */ path) {
  const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Stops when the build's asset URLs are not under `base`: measuring it would only count 404s. */
export function checkBase(/** @type {string} */ file, /** @type {string} */ base) {
  const asset = readFileSync(file, 'utf8').match(/["'(]([^"'()\s]*\/_astro\/)/)?.[1];
  const expected = `${base}_astro/`;
  if (asset && !asset.startsWith('.') && asset.replace(/^[a-z]+:\/\/[^/]+/i, '') !== expected) {
    die(
      `${file} loads its assets from ${asset}, not ${expected}: build with this --base, or pass the base it was built with`,
    );
  }
}

/** The commit measured, marked when the work tree has changes. */
export function commit() {
  const run = (/** @type {string[]} */ git) =>
    spawnSync('git', git, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const hash = run(['rev-parse', '--short', 'HEAD']);
  return hash && run(['status', '--porcelain']) ? `${hash} + uncommitted changes` : hash || null;
}
