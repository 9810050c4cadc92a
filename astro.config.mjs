// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { mapStatePicker } from './src/dev/picker-route.ts';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLocalSite, normaliseBasePath, normaliseSiteUrl } from './src/lib/site/deploy-target.ts';
import { pageCsp } from './src/lib/site/page-csp.ts';

// The deploy target comes from the environment so one build config serves any host (docs/deploying.md): SITE_URL is
// the origin (https://news.example.org), BASE_PATH the sub-path (/graphics/2021/china-russia/, or / for the root).
const site = normaliseSiteUrl(process.env.SITE_URL);
const base = normaliseBasePath(process.env.BASE_PATH);
// Source maps only when asked for (SOURCEMAP=true): they would publish the unminified sources.
const sourcemap = process.env.SOURCEMAP === 'true';

/**
 * A build for this machine's own address cannot be published: say so on the build's last line, loudly. (Images,
 * cards and downloads leave the address out; pages' canonical links keep it, and would be wrong.)
 * @param {string} site
 * @returns {import('astro').AstroIntegration}
 */
function siteUrlNotice(site) {
  return {
    name: 'site-url-notice',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!isLocalSite(site)) return;
        // After Astro's own closing lines, so it is the last thing the build prints.
        process.once('exit', () => {
          logger.warn(`NOT FOR PUBLICATION: built for ${site}, this machine. Canonical links and share URLs point here. Set SITE_URL (and BASE_PATH) to the public address and build again; see docs/deploying.md.`);
        });
      },
    },
  };
}

/**
 * Each page's Content-Security-Policy cut to the hashes of its own inline scripts and styles (src/lib/site/page-csp.ts):
 * Astro gives every page those of the whole build.
 * @returns {import('astro').AstroIntegration}
 */
function pageCspHashes() {
  return {
    name: 'page-csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        await Promise.all(
          files.map(async (file) => {
            const path = join(root, file);
            const html = await readFile(path, 'utf8');
            const pruned = pageCsp(html, file);
            if (pruned !== html) await writeFile(path, pruned);
          }),
        );
      },
    },
  };
}

/**
 * No preload links for the browser's dynamic imports. The one there is (the live map, from the map panel) needs
 * nothing its importer has not loaded already, and Firefox fires a load error on a modulepreload of a module it
 * holds. Astro sets the client build's `modulePreload` itself, so this plugin sets it after.
 * @returns {import('vite').Plugin}
 */
function noModulePreload() {
  return {
    name: 'no-module-preload',
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
  };
}

/**
 * Vite's preload helper, which wraps each dynamic import to preload the imported chunk's dependencies and styles,
 * as a plain call: with `modulePreload` off (above) and no stylesheet in a chunk, the helper is handed nothing to
 * preload, and its code was a fifth of the map panel's bytes (692 of 3,523 compressed). A failed import still
 * rejects, as the map panel expects; only Vite's `vite:preloadError` event, which nothing here listens for, is gone.
 * @returns {import('vite').Plugin}
 */
function plainDynamicImports() {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'plain-dynamic-imports',
    enforce: 'pre',
    load: (id) => (id === helper ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // One page at a time (Astro's default): two at once glued two pages' lines of the build's log into one, and built
  // no faster (10.3–11.5 s against 10.4–11.1 s, three builds each, 2 cores). The stylesheet in each page: a linked
  // one is a round trip before the first paint, and a reader comes for one page (the story or an embed).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The map-state picker for editors: `astro dev` only (src/dev/picker-route.ts).
  integrations: [svelte(), siteUrlNotice(site), pageCspHashes(), mapStatePicker()],
  // The story has no code blocks; Shiki's inline styles would also clash with the Content-Security-Policy.
  markdown: { syntaxHighlight: false },
  // Scripts and styles are allowed by hash only (no 'unsafe-inline', no 'unsafe-eval'); nothing loads from
  // another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    build: {
      sourcemap,
      // A layer kind's module holds its content schemas beside its drawing, and the browser's live map imports only
      // the drawing. src/lib is pure (nothing runs on import that matters), and zod's schema builders have no side
      // effects: so the bundle keeps what it uses of a module and drops the schemas (a budget test checks).
      rolldownOptions: {
        treeshake: {
          manualPureFunctions: ['z'],
          moduleSideEffects: (/** @type {string} */ id) => (id.includes('/src/lib/') ? false : undefined),
        },
        // Two chunks of a hundred-odd bytes each were a request of their own on every read of the story, and a step
        // in its islands' chain of module loads, each waiting for a main thread busy with the page's first layout:
        // the islands' shared state (reading.svelte.ts) goes with Svelte's runtime, which both islands load, and the
        // markup escaping with the map panel, which every page that draws a live map loads (the embeds' gallery
        // then loads it for the escaping, as its previews do anyway).
        output: {
          codeSplitting: {
            groups: [
              { name: 'client', test: /node_modules[\\/]svelte[\\/]|[\\/]src[\\/]islands[\\/]reading\.svelte\.ts$/ },
              { name: 'map-panel', test: /[\\/]src[\\/]browser[\\/]map-panel\.ts$/ },
            ],
          },
        },
      },
    },
    plugins: [noModulePreload(), plainDynamicImports()],
  },
});
