/** Every asset, internal link and fragment of every built page resolves under the base path. */
import { expect, test } from '@playwright/test';
import { isStepper, PAGES, wakeLiveMap } from './site';
import { ANCHORS, openStory, stepScenes } from './story';

// In the desktop project only (the links are the same at every width).
test('every asset, internal link and fragment on every page resolves under the base path', { tag: '@desktop' }, async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const base = new URL(baseURL ?? '');
  /** Every internal URL (without its fragment) with the pages that use it, and every fragment with its page. */
  const used = new Map<string, Set<string>>();
  const fragments: { from: string; target: string; id: string }[] = [];
  /** The ids on each page, by its URL. */
  const ids = new Map<string, Set<string>>();

  expect(PAGES.length).toBeGreaterThan(20);
  for (const path of PAGES) {
    const from = new URL(path, base).href;
    await page.goto(path);
    if (path === '') await wakeLiveMap(page);
    const found = await page.evaluate(() => {
      const attr = (selector: string, name: string) =>
        [...document.querySelectorAll(selector)].map((el) => el.getAttribute(name)).filter((v): v is string => !!v);
      return {
        urls: [
          ...attr('link[href]', 'href'),
          ...attr('script[src]', 'src'),
          ...attr('img[src]', 'src'),
          ...attr('iframe[src]', 'src'),
          ...attr('a[href]', 'href'),
          ...attr('astro-island[component-url]', 'component-url'),
          ...attr('astro-island[renderer-url]', 'renderer-url'),
          ...attr('[data-china-russia-embed-src]', 'data-china-russia-embed-src'),
        ],
        ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
      };
    });
    ids.set(from, new Set(found.ids));
    for (const raw of found.urls) {
      const url = new URL(raw, page.url());
      if (url.origin !== base.origin) continue;
      if (url.hash) fragments.push({ from, target: `${url.origin}${url.pathname}`, id: decodeURIComponent(url.hash.slice(1)) });
      url.hash = '';
      used.set(url.href, (used.get(url.href) ?? new Set()).add(path || '(the story)'));
    }
  }
  // Each scene's data file, which the live maps fetch: a scene's stepper is embed/<scene>/.
  for (const scene of PAGES.filter(isStepper).map((path) => path.split('/')[1])) {
    used.set(new URL(`data/${scene}.json`, base).href, new Set(['the live maps']));
  }
  // Style sheets, the islands' scripts and renderer, the host script and every page at least.
  expect(used.size).toBeGreaterThan(PAGES.length);

  const problems: string[] = [];
  for (const [href, pages] of used) {
    const where = `${href} (from ${[...pages].slice(0, 3).join(', ')})`;
    if (!new URL(href).pathname.startsWith(base.pathname)) problems.push(`outside the base path: ${where}`);
    const response = await request.get(href, { maxRedirects: 0 });
    if (response.status() !== 200) problems.push(`HTTP ${response.status()}: ${where}`);
  }
  for (const { from, target, id } of fragments) {
    const targetIds = ids.get(target);
    // A fragment of a page that is not HTML (a data file) has nothing to point at.
    if (targetIds && !targetIds.has(id)) problems.push(`no element with id "${id}" on ${target} (linked from ${from})`);
  }
  expect(problems).toEqual([]);
  // Every step can be linked to, and is, from its still embed.
  for (const anchor of ANCHORS) expect(fragments.some((f) => f.id === anchor && f.target === base.href), anchor).toBe(true);
});

// In the desktop project only (data files are the same for every screen).
test('the map data files hold a state for every step of their scene, and name a base map they share', { tag: '@desktop' }, async ({ page, request }) => {
  await openStory(page);
  const byScene = new Map<string, string[]>();
  for (const [anchor, scene] of await stepScenes(page)) byScene.set(scene, [...(byScene.get(scene) ?? []), anchor]);
  const covered: string[] = [];
  const baseMaps = new Set<string>();
  for (const [scene, anchors] of byScene) {
    const response = await request.get(`data/${scene}.json`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('json');
    const data = (await response.json()) as { scene: string; topology: string; states: { step: string; description: string }[] };
    expect(data.scene).toBe(scene);
    expect(data.topology).toMatch(/^base\/countries-[0-9a-f]{8}\.json$/);
    const base = await request.get(`data/${data.topology}`);
    expect(base.status(), data.topology).toBe(200);
    expect(((await base.json()) as { type: string }).type).toBe('Topology');
    baseMaps.add(data.topology);
    expect(data.states.map((s) => s.step)).toEqual(anchors);
    for (const state of data.states) expect(state.description.length).toBeGreaterThan(20);
    covered.push(...anchors);
  }
  expect(covered.sort()).toEqual([...ANCHORS].sort());
  // The world maps draw the same countries: one file for them all, fetched once by a reader of all of them.
  expect(baseMaps.size).toBeLessThan(byScene.size);
});

// In the desktop project only (the server's answer does not depend on the width).
test('an unknown path under the base path is a 404, not the story', { tag: '@desktop' }, async ({ request }) => {
  const response = await request.get('no-such-page/');
  expect(response.status()).toBe(404);
});
