/**
 * The embed options (lib/embed/embed-options.ts) on the embed pages: `theme` forces the light or the dark palette
 * either way, set before the body is parsed; `caption` shortens the caption but keeps the credits and the link
 * back; `step` starts a stepper at a step, map and text; junk leaves the page as its defaults and never reaches the
 * DOM; in host pages the iframe's height follows the caption option through the height protocol; and the gallery
 * writes the code for the options picked, every way, and shows them in its previews.
 */
import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { E2E_BASE_PATH } from '../../playwright.config';
import { EMBED_CAPTIONS } from '../../src/lib/embed/embed-options';
import { embedFrame, expectSizedToContent, heights as frameHeights, openHost, startHosts, STEPPER_PATH, STILL_PATH, widthsFor, type Hosts } from './embeds';
import { loadingNotice, wakeLiveMap } from './site';
import { ANCHORS, expectedSnapshot, loadStates, mapSnapshot } from './story';

const sceneOf = (path: string) => path.split('/')[1];

/** The colours a theme decides, as the browser computed them. */
function palette(page: Page) {
  return page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
    // The drawings share one geometry, whose countries' fill the palette decides.
    const country = document.querySelector('.map-geometry .country');
    return {
      colorScheme: getComputedStyle(document.documentElement).colorScheme,
      page: style('body').backgroundColor,
      text: style('body').color,
      sea: style('.embed-map').backgroundColor,
      land: country ? getComputedStyle(country).fill : 'no country drawn',
    };
  });
}

/** Whether the root element had its option attributes when the body was first parsed (before the first paint). */
async function recordRootWhenBodyArrives(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { rootAtBody?: Record<string, string | null> };
    const read = () => {
      w.rootAtBody = {
        theme: document.documentElement.getAttribute('data-theme'),
        caption: document.documentElement.getAttribute('data-caption'),
      };
    };
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      read();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

const rootAtBody = (page: Page) => page.evaluate(() => (window as unknown as { rootAtBody?: Record<string, string | null> }).rootAtBody);

for (const path of [STEPPER_PATH, STILL_PATH]) {
  test(`theme= on ${path}: light and dark forced either way, auto follows the system, set before the body`, async ({ page }) => {
    await recordRootWhenBodyArrives(page);
    const reference: Record<string, Awaited<ReturnType<typeof palette>>> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      reference[scheme] = await palette(page);
    }
    expect(reference.dark.page, 'the two palettes differ').not.toBe(reference.light.page);
    expect(reference.dark.land).not.toBe(reference.light.land);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const theme of ['auto', 'light', 'dark'] as const) {
        await page.goto(`${path}?theme=${theme}`);
        const expected = theme === 'auto' ? scheme : theme;
        const root = page.locator('html');
        if (theme === 'auto') await expect(root).not.toHaveAttribute('data-theme');
        else await expect(root).toHaveAttribute('data-theme', theme);
        expect(await rootAtBody(page), 'the attribute is there before the body is parsed').toEqual({ theme: theme === 'auto' ? null : theme, caption: null });
        expect({ ...(await palette(page)), colorScheme: undefined }, `theme=${theme} on a ${scheme} system`).toEqual({
          ...reference[expected],
          colorScheme: undefined,
        });
        expect((await palette(page)).colorScheme).toBe(theme === 'auto' ? 'light dark' : theme);
      }
    }
  });

  test(`caption= on ${path}: full, short and none, the credits and the link back always there`, async ({ page, baseURL }) => {
    const story = new URL(E2E_BASE_PATH, baseURL).href;
    const heights: number[] = [];
    for (const caption of EMBED_CAPTIONS) {
      await page.goto(`${path}?caption=${caption}`);
      const root = page.locator('html');
      if (caption === 'full') await expect(root).not.toHaveAttribute('data-caption');
      else await expect(root).toHaveAttribute('data-caption', caption);
      const shown = page.locator('.embed-caption').filter({ visible: true });
      await expect(shown).toHaveCount(1);
      await expect(shown.locator('.embed-caption-text')).toBeVisible({ visible: caption === 'full' });
      await expect(shown.locator('.since')).toBeVisible({ visible: caption === 'full' && (await shown.locator('.since').count()) > 0 });
      await expect(shown.locator('.embed-sources')).toBeVisible({ visible: caption !== 'none' });
      const back = shown.locator('.embed-story-link a');
      await expect(back).toBeVisible();
      await expect(back).toHaveAttribute('href', new RegExp(`^${story.replace(/[.?]/g, '\\$&')}#`));
      await expect(page.locator('.credits').filter({ visible: true })).toContainText('Natural Earth');
      await expect(page.locator('.map-static svg.map').filter({ visible: true })).toHaveCount(1);
      heights.push(await page.evaluate(() => document.documentElement.getBoundingClientRect().height));
    }
    const [full, short, none] = heights;
    expect(short, 'short is shorter than full').toBeLessThan(full);
    expect(none, 'none is shorter than short').toBeLessThan(short);
  });
}

test('theme= and caption= together, among a pym parent’s own parameters', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${STILL_PATH}?initialWidth=375&childId=still&theme=dark&parentTitle=News&caption=none&parentUrl=https%3A%2F%2Fexample.org%2F`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-caption', 'none');
});

test('step= starts the stepper at that step, its text and its map, without waiting for the reader', async ({ page, request }) => {
  const states = await loadStates(request, [sceneOf(STEPPER_PATH)]);
  const steps = ANCHORS.filter((a) => states.has(a));
  expect(steps.length).toBeGreaterThan(2);
  const start = steps[2];
  const state = states.get(start);
  if (!state) throw new Error(`no state for ${start}`);
  await page.goto(`${STEPPER_PATH}?step=${start}`);
  await expect(page.locator('html')).toHaveAttribute('data-start-step', start);

  const stepper = page.locator('.embed-stepper');
  await expect(stepper).toHaveAttribute('data-step', start);
  await expect(page.locator('.embed-step-count')).toHaveText(`Step 3 of ${steps.length}`);
  await expect(page.locator('.embed-step-count')).toBeVisible();
  await expect(page.locator('.embed-caption-text:visible')).toHaveText(state.description);
  await expect(page.locator('.embed-story-link a:visible')).toHaveAttribute('href', new RegExp(`#${start}$`));
  await expect(page.getByRole('button', { name: 'Previous' })).toHaveAttribute('aria-disabled', 'false');
  await expect(page.getByRole('status'), 'the start is not announced as a move').toHaveText('');
  // The first step's server map never shows in its place; the live map draws this step with no reader's move.
  await expect(page.locator('.map-static').filter({ visible: true })).toHaveCount(0);
  await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', start);
  await expect(page.locator('.map-live')).toHaveAttribute('data-ready', 'true');
  await expect.poll(() => mapSnapshot(page)).toEqual(expectedSnapshot(state));

  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(stepper).toHaveAttribute('data-step', steps[1]);
  await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', steps[1]);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^Step 2 of ${steps.length}\\. `));
});

test('step= hides the first step\'s server map, caption and count from the first paint, before any module script runs, and says the map is loading', async ({ page, request }) => {
  const states = await loadStates(request, [sceneOf(STEPPER_PATH)]);
  const start = ANCHORS.filter((a) => states.has(a))[1];
  // The page's module scripts (the stepper's, the live map's) never arrive: only the options script in the head runs.
  await page.route('**/_astro/**/*.js', () => {});
  // Module scripts hold up DOMContentLoaded: the page is read as it is parsed.
  await page.goto(`${STEPPER_PATH}?step=${start}`, { waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-start-step', start);
  await expect(page.locator('.embed-caption').first()).toBeAttached();
  await expect(page.locator('.embed-stepper')).not.toHaveAttribute('data-step', start);
  await expect(page.locator('.map-static').filter({ visible: true })).toHaveCount(0);
  expect(await loadingNotice(page)).toBe('"Loading the map…"');
  // Not the first step's words beside a map that is not yet any step's: its caption and "Step 1 of N" wait too.
  await expect(page.locator('.embed-step-count')).toBeAttached();
  await expect(page.locator('.embed-step, .embed-step-count').filter({ visible: true })).toHaveCount(0);
});

test('step= naming the first step, another scene’s step or none is the first step; a still ignores it', async ({ page, request }) => {
  const states = await loadStates(request, [sceneOf(STEPPER_PATH)]);
  const first = ANCHORS.find((a) => states.has(a)) ?? '';
  for (const query of [`?step=${first}`, `?step=${sceneOf(STILL_PATH)}`, `?step=${STILL_PATH.split('/')[2]}`, '?step=']) {
    await page.goto(`${STEPPER_PATH}${query}`);
    await expect(page.locator('.embed-stepper')).toHaveAttribute('data-step', first);
    await expect(page.locator('.embed-step-count')).toHaveText(/^Step 1 of /);
    await expect(page.locator('.map-static').filter({ visible: true }), query).toHaveCount(1);
    await expect(page.locator('html'), query).not.toHaveAttribute('data-start-step');
  }
  await page.goto(`${STILL_PATH}?step=${first}`);
  await expect(page.locator('.embed-caption')).toHaveCount(1);
  await expect(page.locator('.embed-story-link a')).toHaveAttribute('href', new RegExp(`#${STILL_PATH.split('/')[2]}$`));
});

test('junk options leave both embeds as their defaults and nothing of the query in the page', async ({ page, request }) => {
  const states = await loadStates(request, [sceneOf(STEPPER_PATH)]);
  const steps = ANCHORS.filter((a) => states.has(a));
  const marker = 'junkmarker';
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const hostile = `"><script>alert('${marker}')</script><img src=x onerror=alert(1) data-${marker}>`;
  const junk: Record<string, string>[] = [
    { theme: 'Dark', caption: 'NONE', step: 'Joint-Statement' },
    { Theme: 'dark', CAPTION: 'none', Step: steps[2] },
    { theme: hostile, caption: hostile, step: hostile },
    { theme: `dark${marker}`, caption: `none ${marker}`, step: `${steps[2]}${marker}` },
    { theme: marker.repeat(150), caption: marker.repeat(150), step: marker.repeat(150) },
    { [marker]: 'dark', mode: 'dark', captions: 'none', start: steps[2] },
  ];
  const queries = [
    ...junk.map((params) => `?${new URLSearchParams(params)}`),
    `?theme=dark&theme=dark&caption=none&caption=short&step=${steps[2]}&step=${steps[2]}&${marker}=1`,
    `?theme[]=dark&caption[]=none&step[]=${steps[2]}&${marker}`,
  ];
  for (const path of [STEPPER_PATH, STILL_PATH]) {
    const defaults = await (async () => {
      await page.goto(path);
      return page.evaluate(() => document.documentElement.getBoundingClientRect().height);
    })();
    for (const query of queries) {
      await page.goto(`${path}${query}`);
      const root = page.locator('html');
      await expect(root).not.toHaveAttribute('data-theme');
      await expect(root).not.toHaveAttribute('data-caption');
      if (path === STEPPER_PATH) {
        await expect(page.locator('.embed-stepper')).toHaveAttribute('data-step', steps[0]);
        await expect(page.locator('.embed-step-count')).toHaveText(/^Step 1 of /);
        // The buttons are live: the page's script ran to the end.
        await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
      }
      await expect(page.locator('.embed-caption-text').filter({ visible: true })).toHaveCount(1);
      expect(await page.evaluate(() => document.documentElement.getBoundingClientRect().height), `${path}${query.slice(0, 60)}`).toBe(defaults);
      expect(await page.content(), `${path}${query.slice(0, 60)}`).not.toContain(marker);
    }
  }
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test('the options script is inline in the head, before the first paint, and the policy allows it by its hash', async ({ page }) => {
  await page.goto(STILL_PATH);
  const inline = await page.locator('head script:not([src])').allTextContents();
  expect(inline).toHaveLength(1);
  const hash = `'sha256-${createHash('sha256').update(inline[0], 'utf8').digest('base64')}'`;
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc.split(/\s+/)).toContain(hash);
  expect(scriptSrc).not.toContain("'unsafe-inline'");
});

test.describe('in host pages', () => {
  let hosts: Hosts;
  test.beforeAll(async () => {
    hosts = await startHosts();
  });
  test.afterAll(async () => {
    await hosts.close();
  });

  test('a pym.js page: each caption option sizes the iframes to their content, shorter as the caption is', async ({ page, baseURL }, testInfo) => {
    const heights: Record<string, number>[] = [];
    await page.setViewportSize({ width: widthsFor(testInfo.project.name)[0], height: 800 });
    for (const caption of EMBED_CAPTIONS) {
      const url = (path: string) => `${new URL(path, baseURL).href}?caption=${caption}`;
      await openHost(page, hosts, 'pym-host.html', { STEPPER: url(STEPPER_PATH), STILL: url(STILL_PATH) });
      const sized: Record<string, number> = {};
      for (const container of ['#stepper', '#still']) {
        const frame = await embedFrame(page, container);
        // pym adds its own parameters to the query: the option is read among them.
        expect(new URL(frame.url()).searchParams.get('childId')).toBeTruthy();
        if (caption === 'full') await expect(frame.locator('html')).not.toHaveAttribute('data-caption');
        else await expect(frame.locator('html')).toHaveAttribute('data-caption', caption);
        sized[container] = await expectSizedToContent(page, container, `with caption=${caption}`);
      }
      heights.push(sized);
    }
    for (const container of ['#stepper', '#still']) {
      const [full, short, none] = heights.map((h) => h[container]);
      expect(short, `${container}: short is shorter than full`).toBeLessThan(full);
      expect(none, `${container}: none is shorter than short`).toBeLessThan(short);
    }
  });

  test('a @newswire/frames page: a stepper started at a step, dark and captionless, stays sized as it steps', async ({ page, baseURL, request }, testInfo) => {
    const states = await loadStates(request, [sceneOf(STEPPER_PATH)]);
    const steps = ANCHORS.filter((a) => states.has(a));
    const start = steps[1];
    await page.setViewportSize({ width: widthsFor(testInfo.project.name)[0], height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    const query = `?theme=dark&caption=none&step=${start}`;
    await openHost(page, hosts, 'frames-host.html', {
      STEPPER: `${new URL(STEPPER_PATH, baseURL).href}${query}`,
      STILL: `${new URL(STILL_PATH, baseURL).href}?theme=dark&caption=short`,
    });
    const stepper = await embedFrame(page, '#stepper');
    await expect(stepper.locator('.embed-stepper')).toHaveAttribute('data-step', start);
    await expect(stepper.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(stepper.locator('.map-live')).toHaveAttribute('data-shown-step', start);
    await expect(stepper.locator('.map-live')).toHaveAttribute('data-ready', 'true');
    for (const container of ['#stepper', '#still']) await expectSizedToContent(page, container, 'at first');
    const next = stepper.getByRole('button', { name: 'Next' });
    for (const anchor of steps.slice(2)) {
      await next.click();
      await expect(stepper.locator('.embed-stepper')).toHaveAttribute('data-step', anchor);
      await expectSizedToContent(page, '#stepper', `after stepping to "${anchor}"`);
    }
    await wakeLiveMap(stepper);
  });
});

test('the gallery: picking options rewrites the code every way and reloads both previews with them', async ({ page, baseURL, request }) => {
  const scene = sceneOf(STEPPER_PATH);
  const states = await loadStates(request, [scene]);
  const steps = ANCHORS.filter((a) => states.has(a));
  await page.goto('embeds/');
  const set = page.locator(`#scene-${scene} > .gallery-embed-set`);
  const previews = [375, 700].map((width) => `#scene-${scene} > .gallery-embed-set .gallery-embed[data-preview-width="${width}"]`);
  const plain = new URL(STEPPER_PATH, new URL(E2E_BASE_PATH, baseURL)).href;
  const fixedHeights = JSON.parse((await set.getAttribute('data-embed-code')) ?? '{}').fixedHeights as Record<string, number>;
  const code = (way: string) => set.locator(`#code-${scene}-${way}`);

  /** Every way's code carries `url`; the previews show it, sized to their content; returns their heights. */
  const expectEverywhere = async (url: string, caption: string): Promise<number[]> => {
    const attribute = url.replaceAll('&', '&amp;');
    await expect(code('link')).toHaveValue(url);
    await expect(code('script')).toHaveValue(new RegExp(`data-china-russia-embed-src="${escapeRegExp(attribute)}"[\\s\\S]*<a href="${escapeRegExp(attribute)}">`));
    await expect(code('iframe')).toHaveValue(new RegExp(`^<iframe src="${escapeRegExp(attribute)}" .* height="${fixedHeights[caption]}"`));
    await expect(set.locator('[data-fixed-height]')).toHaveText(String(fixedHeights[caption]));
    await expect(code('pym')).toHaveValue(new RegExp(`data-pym-src="${escapeRegExp(attribute)}"`));
    await expect(code('frames')).toHaveValue(new RegExp(`data-frame-src="${escapeRegExp(attribute)}"`));
    const sized: number[] = [];
    for (const preview of previews) {
      const iframe = page.locator(`${preview} iframe`);
      await iframe.scrollIntoViewIfNeeded();
      await expect(iframe).toHaveAttribute('src', url);
      const root = iframe.contentFrame().locator('html');
      if (caption === 'full') await expect(root).not.toHaveAttribute('data-caption');
      else await expect(root).toHaveAttribute('data-caption', caption);
      sized.push(await expectSizedToContent(page, preview, `with ${url}`));
    }
    return sized;
  };

  await expect(set.locator('.gallery-options')).toBeVisible();
  const full = await expectEverywhere(plain, 'full');

  await set.getByLabel('Caption', { exact: true }).selectOption('none');
  const none = await expectEverywhere(`${plain}?caption=none`, 'none');
  full.forEach((height, i) => expect(none[i], `preview ${i}: shorter without its caption`).toBeLessThan(height));

  await set.getByLabel('Theme', { exact: true }).selectOption('dark');
  await set.getByLabel('Start at', { exact: true }).selectOption(steps[2]);
  await expectEverywhere(`${plain}?theme=dark&caption=none&step=${steps[2]}`, 'none');
  for (const preview of previews) {
    const frame = page.locator(`${preview} iframe`).contentFrame();
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(frame.locator('.embed-stepper')).toHaveAttribute('data-step', steps[2]);
  }

  await set.getByLabel('Theme', { exact: true }).selectOption('auto');
  await set.getByLabel('Caption', { exact: true }).selectOption('full');
  await set.getByLabel('Start at', { exact: true }).selectOption(steps[0]);
  await expectEverywhere(plain, 'full');
  expect((await frameHeights(page, previews[1])).iframe).toBeGreaterThan(none[1]);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
