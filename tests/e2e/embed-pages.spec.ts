/**
 * The embed pages on their own: what they carry (noindex, canonical, credits, sources, link back), the stepper
 * by keyboard with its announcements, the still without JavaScript, heights that follow the width only, the host
 * script and the gallery. (The accessibility sweep over every embed page is accessibility.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { wakeLiveMap } from './site';
import { E2E_BASE_PATH } from '../../playwright.config';
import { embedLayout } from '../../src/lib/embed/embed';
import { EMBED_CAPTIONS } from '../../src/lib/embed/embed-options';
import { STEPPER_PATH, STILL_PATH } from './embeds';
import { ANCHORS, expectedSnapshot, expectLabelsPlaced, loadStates, mapSnapshot } from './story';
import { expectDrawnAtOnce, recordFrames } from './live-map-frames';

const sceneOf = (path: string) => path.split('/')[1];
const stepOf = (path: string) => path.split('/')[2];

test('a still carries noindex, a canonical link to its step, its caption, sources, credits and a link back', async ({ page, baseURL, request }) => {
  await page.goto(STILL_PATH);
  const step = stepOf(STILL_PATH);
  const state = (await loadStates(request, [sceneOf(STILL_PATH)])).get(step);
  if (!state) throw new Error(`no state for ${step}`);
  const storyStep = new URL(`#${step}`, new URL(E2E_BASE_PATH, baseURL)).href;

  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', storyStep);
  await expect(page.locator('.embed-caption-text')).toHaveText(state.description);
  await expect(page.locator('.credits').filter({ visible: true })).toContainText('Natural Earth');
  // The credits' link to "About these maps" takes a click at this width: nothing over it, not left pointer-less.
  const about = page.locator('.credits a').filter({ visible: true });
  await expect(about).toHaveAttribute('target', '_blank');
  await about.scrollIntoViewIfNeeded();
  expect(
    await about.evaluate((link) => {
      const r = link.getBoundingClientRect();
      return link.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
    }),
  ).toBe(true);
  const sources = page.locator('.embed-sources a');
  expect(await sources.count()).toBeGreaterThan(0);
  for (const link of await sources.all()) {
    await expect(link).toHaveAttribute('href', /^https?:\/\//);
    await expect(link).toHaveAttribute('target', '_blank');
  }
  const back = page.locator('.embed-story-link a');
  await expect(back).toHaveAttribute('href', storyStep);
  await expect(back).toHaveAttribute('target', '_blank');
  await expect(back).toHaveAttribute('rel', /\bnoopener\b/);
  // No site chrome: the story's header, steps and skip link are not here.
  await expect(page.locator('.story-header, .steps, .skip-link')).toHaveCount(0);
  // One drawing per layout of the embed's width; the one for this width shows.
  const visible = page.locator('.map-static svg.map').filter({ visible: true });
  await expect(visible).toHaveCount(1);
  await expect(visible).toHaveAttribute('data-band', embedLayout(page.viewportSize()?.width ?? 0).name);
  expect(await mapSnapshot(page, '.map-static')).toEqual(expectedSnapshot(state));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a still shows its map and caption', async ({ page }) => {
    await page.goto(STILL_PATH);
    await expect(page.locator('.map-static svg.map').filter({ visible: true })).toHaveCount(1);
    await expect(page.locator('.embed-caption-text')).toBeVisible();
  });

  test('a stepper shows its first step, its buttons disabled', async ({ page }) => {
    await page.goto(STEPPER_PATH);
    await expect(page.locator('.map-static svg.map').filter({ visible: true })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
    await expect(page.locator('.embed-step-count')).toHaveText(/^Step 1 of \d+$/);
  });

  // The map's geometry is most of the page (StaticMapGeometry.astro): the caption comes first, so it is painted first.
  for (const path of [STILL_PATH, STEPPER_PATH]) {
    test(`${path}: the caption comes before the map's geometry, and until the geometry is in the map shows the sea alone`, async ({ page, request }) => {
      const html = await (await request.get(path)).text();
      const geometry = html.indexOf('<svg class="map-geometry"');
      expect(geometry).toBeGreaterThan(0);
      expect(html.indexOf('class="embed-caption-text"')).toBeGreaterThan(0);
      expect(html.indexOf('class="embed-caption-text"')).toBeLessThan(geometry);
      expect(html.indexOf('class="map map-band"')).toBeLessThan(geometry);
      // The page as a slow connection has it before the geometry arrives.
      await page.route(
        (url) => url.pathname.endsWith(`/${path}`),
        (route) => route.fulfill({ contentType: 'text/html', body: html.slice(0, geometry) }),
      );
      await page.goto(path);
      await expect(page.locator('.embed-caption-text').first()).toBeVisible();
      await expect(page.locator('.map-static svg.map-band').filter({ visible: true })).toHaveCount(0);
      const [sea, bandShown] = await page.evaluate(() => {
        const shown = [...document.querySelectorAll('.map-static svg.map-band')].find((el) => getComputedStyle(el).display !== 'none');
        return [getComputedStyle(document.querySelector('.embed-map')!).backgroundColor, shown ? getComputedStyle(shown).visibility : 'none'];
      });
      expect(bandShown).toBe('hidden');
      expect(sea).not.toBe('rgba(0, 0, 0, 0)');
    });
  }
});

test('the stepper steps by keyboard, announces each step and draws its map', async ({ page, request }) => {
  const scene = sceneOf(STEPPER_PATH);
  const states = await loadStates(request, [scene]);
  const steps = ANCHORS.filter((a) => states.has(a));
  expect(steps.length).toBeGreaterThan(1);
  await page.goto(STEPPER_PATH);
  await wakeLiveMap(page);

  const previous = page.getByRole('button', { name: 'Previous' });
  const next = page.getByRole('button', { name: 'Next' });
  const status = page.getByRole('status');
  await expect(previous).toHaveAttribute('aria-disabled', 'true');
  await expect(status).toHaveText('');

  await next.focus();
  for (const [i, anchor] of steps.entries()) {
    const state = states.get(anchor);
    if (!state) throw new Error(`no state for ${anchor}`);
    if (i > 0) {
      await page.keyboard.press(i % 2 ? 'Enter' : 'Space');
      await expect(status).toHaveText(`Step ${i + 1} of ${steps.length}. ${state.description}`);
    }
    await expect(page.locator('.embed-stepper')).toHaveAttribute('data-step', anchor);
    await expect(page.locator('.embed-step-count')).toHaveText(`Step ${i + 1} of ${steps.length}`);
    await expect(page.locator('.embed-caption-text:visible')).toHaveText(state.description);
    await expect(page.locator('.embed-story-link a:visible')).toHaveAttribute('href', new RegExp(`#${anchor}$`));
    await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', anchor);
    await expect.poll(() => mapSnapshot(page)).toEqual(expectedSnapshot(state));
  }
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await expect(next, 'focus stays on the button at the last step').toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.embed-stepper')).toHaveAttribute('data-step', steps.at(-1) ?? '');

  await previous.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.embed-stepper')).toHaveAttribute('data-step', steps.at(-2) ?? '');
  // The server's map has left the layout once the live map drew.
  await expect(page.locator('.map-static').filter({ visible: true })).toHaveCount(0);
});

// In the desktop project only (what the page writes does not depend on the width).
test('query parameters from the host never reach the page', { tag: '@desktop' }, async ({ page }) => {
  const marker = 'injected-by-host';
  const query = new URLSearchParams({
    initialWidth: '375',
    childId: `<b id="${marker}">${marker}</b>`,
    parentTitle: `${marker} title`,
    parentUrl: `https://${marker}.example/`,
  });
  for (const path of [STEPPER_PATH, STILL_PATH]) {
    await page.goto(`${path}?${query}`);
    await page.waitForLoadState('load');
    expect(await page.content()).not.toContain(marker);
  }
});

// In the desktop project only (the test sets its own widths).
test('the page height follows its width only, from 280 to 1200 px, without sideways scrolling', { tag: '@desktop' }, async ({ page }) => {
  // Sixteen loads, eight of them waking a live map: room for a busy machine (a ceiling, not a wait).
  test.setTimeout(120_000);
  for (const path of [STEPPER_PATH, STILL_PATH]) {
    for (const width of [280, 375, 700, 1200]) {
      const measured: number[] = [];
      for (const height of [300, 1400]) {
        await page.setViewportSize({ width, height });
        await page.goto(path);
        const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        // Before the reader wakes the live map too: its canvas, hidden under the server's map, takes room all the same.
        expect(await sideways(), `${path} at ${width}×${height} scrolls sideways before its live map`).toBeLessThanOrEqual(0);
        if (path === STEPPER_PATH) await wakeLiveMap(page);
        expect(await sideways(), `${path} at ${width}×${height} scrolls sideways`).toBeLessThanOrEqual(0);
        measured.push(await page.evaluate(() => document.documentElement.getBoundingClientRect().height));
      }
      expect(measured[0], `${path} at ${width} px: as tall in a 300 px as in a 1400 px window`).toBe(measured[1]);
    }
  }
});

test('the live map makes its first drawing once, at the size of its canvas', async ({ page }) => {
  await page.goto(STEPPER_PATH);
  await page.evaluate(() => {
    const w = window as unknown as { viewBoxes: string[] };
    w.viewBoxes = [];
    new MutationObserver((records) => {
      for (const r of records) if ((r.target as Element).matches('.map-live svg.map')) w.viewBoxes.push((r.target as Element).getAttribute('viewBox') ?? '');
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['viewBox'] });
  });
  await wakeLiveMap(page);
  const canvas = await page.locator('.map-live .map-canvas').evaluate((c) => `0 0 ${Math.round(c.getBoundingClientRect().width)} ${Math.round(c.getBoundingClientRect().height)}`);
  // Drawn for another size first, the reader's first step would wait for two drawings.
  expect(await page.evaluate(() => (window as unknown as { viewBoxes: string[] }).viewBoxes)).toEqual([canvas]);
});

test('a press shows its caption at once and draws its map in a task of its own', async ({ page }) => {
  await page.goto(STEPPER_PATH);
  await wakeLiveMap(page);
  const second = ((await page.locator('.embed-stepper').getAttribute('data-steps')) ?? '').split(' ')[1];
  expect(second).toBeTruthy();
  await page.evaluate(() => {
    const w = window as unknown as { batches: string[][] };
    w.batches = [];
    // A task's mutations reach the observer together, once its script has run: one batch per task.
    new MutationObserver((records) => {
      const seen = new Set<string>();
      for (const r of records) {
        const el = r.target as Element;
        if (r.attributeName === 'hidden' && el.matches('.embed-step')) seen.add('caption');
        if (r.attributeName === 'data-active-step' && el.matches('.map-live')) seen.add('map');
      }
      if (seen.size > 0) w.batches.push([...seen]);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden', 'data-active-step'] });
  });
  await page.locator('.embed-button[data-delta="1"]').click();
  await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', second);
  // In the press's own task, the map's script and rendering made one long task with the caption's.
  expect(await page.evaluate(() => (window as unknown as { batches: string[][] }).batches)).toEqual([['caption'], ['map']]);
});

test('the stepper draws its first live map at once, its labels in the next frame: no scroll runs under it', async ({ page }) => {
  // Built out of sight a piece a frame, as over the story's scroll, each of its three or four frames was slow at 4×
  // CPU, where nothing moves meanwhile and the reader waits for the step pressed.
  const frames = await recordFrames(page);
  await page.goto(STEPPER_PATH);
  const second = ((await page.locator('.embed-stepper').getAttribute('data-steps')) ?? '').split(' ')[1];
  expect(second).toBeTruthy();
  await page.locator('.embed-button[data-delta="1"]').click();
  await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', second);
  await expectLabelsPlaced(page);
  expectDrawnAtOnce(await frames());
});

test('the stepper\'s key is as tall at every step, the server\'s and the live map\'s alike: a step\'s map moves nothing under it', async ({ page }) => {
  // A phone's width, where the legends wrap to different heights.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(STEPPER_PATH);
  const steps = ((await page.locator('.embed-stepper').getAttribute('data-steps')) ?? '').split(' ');
  expect(steps.length).toBeGreaterThan(1);
  const key = (root: string) => page.locator(`${root} .map-key`).evaluate((k) => k.getBoundingClientRect().height);
  const height = await key('.map-static');
  // Each step's legend, one shown: the legends differ in length (the test would prove nothing if they did not).
  const legends = await page.locator('.map-static .map-key-step').evaluateAll((ls) => ls.map((l) => (l as HTMLElement).offsetHeight));
  expect(legends).toHaveLength(steps.length);
  expect(new Set(legends).size).toBeGreaterThan(1);
  await expect(page.locator('.map-static .map-key-step[data-shown]')).toHaveCount(1);
  await wakeLiveMap(page);
  const below = () => page.locator('.embed-controls').evaluate((c) => c.getBoundingClientRect().top);
  const top = await below();
  for (const [i, step] of steps.entries()) {
    if (i > 0) await page.locator('.embed-button[data-delta="1"]').click();
    await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', step);
    await expect(page.locator(`.map-live .map-key-step[data-step="${step}"]`)).toHaveAttribute('data-shown', '');
    await expect(page.locator('.map-live .map-key-step[data-shown]')).toHaveCount(1);
    expect(await key('.map-live'), `the key at ${step}`).toBe(height);
    expect(await below(), `the buttons under the map at ${step}`).toBe(top);
  }
});

test('the host script is served small and self-contained at embed.js', async ({ request }) => {
  const response = await request.get('embed.js');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/javascript/);
  const body = await response.text();
  expect(body.length).toBeLessThan(4000);
  expect(body).not.toMatch(/\bimport\b|\brequire\(/);
  expect(body).toContain('data-china-russia-embed-src');
});

test('the gallery offers every scene and step, with live previews and absolute embed code every way', async ({ page, request, baseURL }) => {
  const stories = await request.get('data/lunar-partners.json');
  expect(stories.ok()).toBe(true);
  await page.goto('embeds/');
  const scenes = await page.locator('.gallery-scene').evaluateAll((els) => els.map((el) => el.id.replace(/^scene-/, '')));
  const states = await loadStates(request, scenes);
  expect([...states.keys()].sort(), 'every step of the story is in the gallery').toEqual([...ANCHORS].sort());
  const site = new URL(E2E_BASE_PATH, baseURL).href;

  for (const scene of scenes) {
    const section = page.locator(`#scene-${scene}`);
    const steps = [...states.values()].filter((s) => s.scene === scene).map((s) => s.step);
    await expect(section.locator('.gallery-step')).toHaveCount(steps.length);
    await expect(section.locator('.gallery-previews')).toHaveCount(steps.length + 1);
    await expect(section.locator('.gallery-preview')).toHaveCount(2 * (steps.length + 1));
    for (const path of [`embed/${scene}/`, ...steps.map((s) => `embed/${scene}/${s}/`)]) {
      const id = path === `embed/${scene}/` ? `code-${scene}` : `code-${scene}-${path.split('/')[2]}`;
      const script = await page.locator(`#${id}-script`).inputValue();
      const iframe = await page.locator(`#${id}-iframe`).inputValue();
      expect(script).toContain(`data-china-russia-embed-src="${site}${path}"`);
      expect(script).toContain(`<script src="${site}embed.js" async></script>`);
      expect(iframe).toMatch(new RegExp(`^<iframe src="${site}${path}" title="Map: [^"]+" width="100%" height="\\d+"`));
      expect(await page.locator(`#${id}-pym`).inputValue()).toContain(`data-pym-src="${site}${path}"`);
      expect(await page.locator(`#${id}-frames`).inputValue()).toContain(`data-frame-src="${site}${path}"`);
      expect(await page.locator(`#${id}-link`).inputValue()).toBe(`${site}${path}`);
    }
  }
  // The first previews are live: the host script made iframes sized to their embeds.
  const first = page.locator('.gallery-preview iframe').first();
  await expect(first).toHaveAttribute('src', `${site}embed/${scenes[0]}/`);
  await expect.poll(() => first.evaluate((el) => el.clientHeight)).toBeGreaterThan(400);
});

// In the desktop project only (one width is enough: the heights are sized for a desktop column).
test('a plain iframe at its fixed height shows every embed whole in a 640 px column, with each caption option', { tag: '@desktop' }, async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto('embeds/');
  const codes = await page.locator('textarea[id$="-iframe"]').evaluateAll((els) =>
    els.map((el) => {
      const code = (el as HTMLTextAreaElement).value;
      const set = el.closest<HTMLElement>('.gallery-embed-set');
      const heights = JSON.parse(set?.dataset.embedCode ?? '{}').fixedHeights as Record<string, number>;
      return { src: code.match(/src="([^"]+)"/)?.[1] ?? '', height: Number(code.match(/height="(\d+)"/)?.[1]), heights };
    }),
  );
  const column = await browser.newPage({ viewport: { width: 640, height: 800 } });
  for (const { src, height, heights } of codes) {
    expect(heights.full, `${src}: the code's height is the full caption's`).toBe(height);
    await column.goto(new URL(new URL(src).pathname, page.url()).href);
    const tallest: Record<string, number> = {};
    const next = column.getByRole('button', { name: 'Next' });
    const stepper = (await column.locator('.embed-stepper').count()) > 0;
    if (stepper) await wakeLiveMap(column);
    for (;;) {
      // Each caption option as its page applies it: the attribute its options script sets on the root.
      for (const caption of EMBED_CAPTIONS) {
        const measured = await column.evaluate((caption) => {
          if (caption === 'full') document.documentElement.removeAttribute('data-caption');
          else document.documentElement.setAttribute('data-caption', caption);
          return document.documentElement.getBoundingClientRect().height;
        }, caption);
        tallest[caption] = Math.max(tallest[caption] ?? 0, measured);
      }
      if (!stepper || (await next.count()) === 0 || (await next.getAttribute('aria-disabled')) === 'true') break;
      await next.click();
    }
    for (const caption of EMBED_CAPTIONS) {
      expect(tallest[caption], `${src} with caption=${caption} fits its fixed height ${heights[caption]}`).toBeLessThanOrEqual(heights[caption]);
    }
  }
  await column.close();
});
