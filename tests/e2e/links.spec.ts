/** Every asset and internal link of the story page resolves under the base path. */
import { expect, test } from '@playwright/test';
import { ANCHORS, openStory, stepScenes } from './story';

test('every asset, internal link and data file returns 200 under the base path', async ({ page, request, baseURL }) => {
  await openStory(page);
  const base = new URL(baseURL!);
  const urls = await page.evaluate(() => {
    const attr = (selector: string, name: string) =>
      [...document.querySelectorAll(selector)].map((el) => el.getAttribute(name)).filter((v): v is string => !!v);
    return [
      ...attr('link[href]', 'href'),
      ...attr('script[src]', 'src'),
      ...attr('img[src]', 'src'),
      ...attr('a[href]', 'href'),
      ...attr('astro-island[component-url]', 'component-url'),
      ...attr('astro-island[renderer-url]', 'renderer-url'),
    ];
  });
  const scenes = new Set((await stepScenes(page)).values());
  expect(scenes.size).toBeGreaterThan(0);

  const internal = new Set<string>();
  const fragments = new Set<string>();
  for (const raw of urls) {
    const url = new URL(raw, page.url());
    if (url.origin !== base.origin) continue;
    if (raw.startsWith('#')) {
      fragments.add(raw.slice(1));
      continue;
    }
    url.hash = '';
    internal.add(url.href);
  }
  for (const scene of scenes) internal.add(new URL(`data/${scene}.json`, base).href);
  // The stylesheet, the island's script and its renderer at least.
  expect(internal.size).toBeGreaterThanOrEqual(5);

  const problems: string[] = [];
  for (const href of internal) {
    if (!new URL(href).pathname.startsWith(base.pathname)) problems.push(`outside the base path: ${href}`);
    const response = await request.get(href, { maxRedirects: 0 });
    if (response.status() !== 200) problems.push(`HTTP ${response.status()}: ${href}`);
  }
  for (const id of fragments) {
    if ((await page.locator(`[id="${id}"]`).count()) !== 1) problems.push(`no single element with id "${id}"`);
  }
  expect(problems).toEqual([]);
});

test('the map data files hold a state for every step of their scene', async ({ page, request }) => {
  await openStory(page);
  const byScene = new Map<string, string[]>();
  for (const [anchor, scene] of await stepScenes(page)) byScene.set(scene, [...(byScene.get(scene) ?? []), anchor]);
  const covered: string[] = [];
  for (const [scene, anchors] of byScene) {
    const response = await request.get(`data/${scene}.json`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('json');
    const data = (await response.json()) as { scene: string; topology: { type: string }; states: { step: string; description: string }[] };
    expect(data.scene).toBe(scene);
    expect(data.topology.type).toBe('Topology');
    expect(data.states.map((s) => s.step)).toEqual(anchors);
    for (const state of data.states) expect(state.description.length).toBeGreaterThan(20);
    covered.push(...anchors);
  }
  expect(covered.sort()).toEqual([...ANCHORS].sort());
});

test('an unknown path under the base path is a 404, not the story', async ({ request }) => {
  const response = await request.get('no-such-page/');
  expect(response.status()).toBe(404);
});
