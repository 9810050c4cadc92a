/**
 * The key is true to the map: at every step of the story, each entry of the live map's key names something the map
 * draws, and draws it as the map does: a role's swatch in its countries' fill, a line's or an arrow's in its stroke
 * and dash (the drawing's strokes are divided by its zoom, so on screen they are the key's).
 */
import { expect, test } from '@playwright/test';
import { expectLabelsPlaced, openStory, scrollStepToCentre, stepScenes } from './story';

interface Drawn {
  /** The key entry: `role:<role>` or its style key. */
  entry: string;
  /** How many of the map's elements draw it. */
  count: number;
  /** What the key's swatch shows, and what the first of those elements shows on screen. */
  key: string;
  map: string;
}

test('at every step, each key entry is drawn on the map, in the key\'s color and dash', { tag: '@desktop' }, async ({ page }) => {
  await openStory(page);
  const kinds = new Set<string>();
  for (const anchor of (await stepScenes(page)).keys()) {
    await scrollStepToCentre(page, anchor);
    await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', anchor);
    await expectLabelsPlaced(page);
    const drawn = await page.evaluate((step) => {
      const base = '.map-live svg.map g.base[visibility="visible"]';
      const legend = document.querySelector(`.map-live .map-key-strip[data-current] .map-key-step[data-step="${step}"]`);
      // A dash as numbers on screen; a line of the drawing is scaled by its zoom.
      const dash = (el: Element, zoom: number) => {
        const value = getComputedStyle(el).strokeDasharray;
        return value === 'none' ? 'solid' : value.split(',').map((part) => Math.round(parseFloat(part) * zoom * 10) / 10).join(' ');
      };
      const zoom = (el: Element) => Number(getComputedStyle(el).getPropertyValue('--zoom') || 1);
      const stroke = (el: Element, scale: number) => `${getComputedStyle(el).stroke} ${dash(el, scale)}`;
      const results: Drawn[] = [];
      for (const item of legend?.querySelectorAll('li[data-key]') ?? []) {
        const role = item.querySelector<HTMLElement>('.swatch[data-role]')?.dataset.role;
        if (role) {
          const paths = [...document.querySelectorAll(`${base} path.country[data-role="${role}"]`)];
          const swatch = item.querySelector('.swatch')!;
          results.push({
            entry: `role:${role}`,
            count: paths.length,
            key: getComputedStyle(swatch).backgroundColor,
            map: paths[0] ? getComputedStyle(paths[0]).fill : '',
          });
          continue;
        }
        const style = item.querySelector<SVGElement>('.swatch-line')?.dataset.style ?? '';
        const [kind, name, cls] = style.split(':');
        const swatch = item.querySelector('.swatch-stroke')!;
        if (kind === 'line') {
          const lines = [...document.querySelectorAll(`${base} path.line[data-layer="${name}"]${cls ? `[data-class="${cls}"]` : ''}`)];
          results.push({ entry: style, count: lines.length, key: stroke(swatch, 1), map: lines[0] ? stroke(lines[0], zoom(lines[0])) : '' });
        } else if (kind === 'flow') {
          // Arrows are drawn at screen scale.
          const shafts = [...document.querySelectorAll(`.map-live svg.map .flows .flow[data-kind="${name}"] .shaft`)];
          results.push({ entry: style, count: shafts.length, key: stroke(swatch, 1), map: shafts[0] ? stroke(shafts[0], 1) : '' });
        } else if (kind === 'area') {
          // Hatched on the map, a hatched box in the key: which areas, not their look, is what can be compared.
          const areas = [...document.querySelectorAll(`${base} path.area[data-layer="${name}"]${cls ? `[data-class="${cls}"]` : ''}`)];
          results.push({ entry: style, count: areas.length, key: '', map: '' });
        } else results.push({ entry: style || '(no swatch)', count: 0, key: 'a known kind', map: kind });
      }
      return results;
    }, anchor);
    for (const { entry, count, key, map } of drawn) {
      kinds.add(entry.split(':')[0]);
      expect(count, `${anchor}: the map draws ${entry}`).toBeGreaterThan(0);
      expect(map, `${anchor}: ${entry} on the map as in the key`).toBe(key);
    }
  }
  // The story's keys list all four kinds of entry: a test that found no legend would have compared nothing.
  expect([...kinds].sort()).toEqual(['area', 'flow', 'line', 'role']);
});

test('at every step the key lists the step\'s legend as the server writes it, and keeps the lines the step before showed too', { tag: '@desktop' }, async ({ page }) => {
  await openStory(page);
  const scenes = await stepScenes(page);
  // Each step's legend as the server writes it: an embed stepper's key holds every step of its scene.
  const written = new Map<string, string[]>();
  for (const scene of new Set(scenes.values())) {
    const html = await (await page.request.get(`embed/${scene}/`)).text();
    const legends = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      return [...doc.querySelectorAll<HTMLElement>('.map-key-step')].map((legend) => [legend.dataset.step ?? '', [...legend.querySelectorAll('li')].map((li) => li.outerHTML)] as const);
    }, html);
    for (const [step, lines] of legends) written.set(step, lines);
  }
  let before: string[] = [];
  let kept = 0;
  for (const anchor of scenes.keys()) {
    // Marks each line on screen, to tell a line kept from one written again.
    await page.evaluate(() => document.querySelectorAll('.map-live .map-key-strip[data-current] li').forEach((li) => li.setAttribute('data-seen', '')));
    await scrollStepToCentre(page, anchor);
    await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', anchor);
    const lines = await page.evaluate(() =>
      [...document.querySelectorAll('.map-live .map-key-strip[data-current] .map-key-step[data-shown] li')].map((li) => {
        const seen = li.hasAttribute('data-seen');
        li.removeAttribute('data-seen');
        return { markup: li.outerHTML, seen };
      }),
    );
    expect(lines.map((line) => line.markup), `${anchor}: the key's legend`).toEqual(written.get(anchor));
    // A step whose legend is the step before's writes none of it again.
    if (before.length > 0 && JSON.stringify(before) === JSON.stringify(written.get(anchor))) {
      expect(lines.every((line) => line.seen), `${anchor}: the step before's lines kept`).toBe(true);
      kept += 1;
    }
    before = written.get(anchor) ?? [];
  }
  // The story has steps whose legend is the one before's (the NATO steps): a run that met none checked nothing.
  expect(kept).toBeGreaterThan(0);
});
