/**
 * Every map legible on every screen, the server's drawing and the live map alike: each label 11 to 18 px on
 * screen, inside the map, over no other label and no marker, and neither label nor marker under the key or the
 * credits where those lie over the map (beside the text on a desktop). The story at the widths phones, tablets and
 * desktops have; every still embed from 280 to 1200 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { EMBED_LAYOUTS } from '../../src/lib/embed/embed';
import { bandMedia, COLUMN_BANDS, type ColumnBand } from '../../src/lib/render/column-images';
import { STORY_BANDS } from '../../src/lib/render/story-bands';
import { isStepper, isStill, PAGES, wakeLiveMap } from './site';
import { ANCHORS, expectLabelsPlaced, expectMapShows, loadStates, openStory, scrollStepToCentre, stepScenes } from './story';

/** Screens the story is read on: width and height in CSS pixels. */
const SCREENS = [
  [320, 568],
  [360, 740],
  [390, 844],
  // Phones in Safari, its toolbars shown: an iPhone SE's and an iPhone 14's viewport.
  [375, 548],
  [390, 664],
  // A phone held sideways: the map beside the text, its key under it; on the narrowest (an iPhone SE of 2016) the
  // map keeps the smallest band's width and the text has the rest.
  [844, 390],
  [568, 320],
  [768, 1024],
  [1024, 768],
  // A 1366 × 768 laptop's browser window (the key under the map), and the shortest with the key over it.
  [1366, 657],
  [1280, 800],
  [1440, 900],
] as const;

/** Screens at the edges of the bands made for them: phones and tablets upright, windows short or narrow. */
const BAND_EDGE_SCREENS = [
  [479, 695],
  [639, 1015],
  [1280, 500],
  [1280, 540],
  [1280, 799],
  [900, 800],
  [960, 1000],
] as const;

/** Screens whose map box is far from its band's shape: an ultra-wide monitor, portrait monitor and tablet. */
const ODD_SCREENS = [
  [2560, 1080],
  [1080, 1920],
  [1024, 1366],
  [430, 932],
] as const;

/** More phones held sideways, narrow to wide (from 900 px the map takes three fifths of the width, its key under it). */
const SIDEWAYS_SCREENS = [
  [640, 360],
  [667, 375],
  [740, 360],
  [932, 430],
] as const;

/** Embed widths: the ends of each layout, and widths between. */
const EMBED_WIDTHS = [...new Set([280, 320, 1200, ...EMBED_LAYOUTS.flatMap((l) => (Number.isFinite(l.maxWidth) ? [l.maxWidth, l.maxWidth + 1] : [])), 500, 800])].sort((a, b) => a - b);

/** What is wrong with the labels of the map drawing shown under `root`, in words; empty when all is well. */
function labelProblems(page: Page, root: string): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const found: string[] = [];
    const svg = [...document.querySelectorAll<SVGSVGElement>(`${rootSelector} svg.map`)].find((el) => getComputedStyle(el).display !== 'none');
    if (!svg) return ['no map drawing shows'];
    const box = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    // The drawing keeps its aspect ratio in the box: where it lands, and how much it is scaled.
    const scale = Math.min(box.width / vb.width, box.height / vb.height);
    const left = box.left + (box.width - vb.width * scale) / 2;
    const top = box.top + (box.height - vb.height * scale) / 2;
    const [right, bottom] = [left + vb.width * scale, top + vb.height * scale];
    const labels = [...svg.querySelectorAll<SVGTextElement>('text.label')].map((el) => ({ id: el.dataset.id ?? el.textContent ?? '', el, r: el.getBoundingClientRect() }));
    const markers = [...svg.querySelectorAll('circle.marker')].map((el) => ({ id: el.getAttribute('data-id'), r: el.getBoundingClientRect() }));
    const overlap = (a: DOMRect, b: DOMRect, slack: number) => a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
    // The key's title and entries and the credits, wherever they are drawn over this map's box.
    const overlays = [...document.querySelectorAll<HTMLElement>('.map-title, .legend, .credits')]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }))
      .map((el) => ({ what: el.classList.contains('credits') ? 'the credits' : 'the key', r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && overlap(r, box, 0));
    for (const m of markers) for (const o of overlays) if (overlap(m.r, o.r, 0.5)) found.push(`the marker "${m.id}" is under ${o.what}`);
    for (const { id, el, r } of labels) {
      for (const line of el.querySelectorAll('tspan')) {
        const size = parseFloat(getComputedStyle(line).fontSize) * scale;
        if (size < 10.95 || size > 18.05) found.push(`"${id}" is ${size.toFixed(1)} px`);
      }
      if (r.left < left - 1 || r.right > right + 1 || r.top < top - 1 || r.bottom > bottom + 1) found.push(`"${id}" runs out of the map`);
      for (const m of markers) if (overlap(r, m.r, 0.5)) found.push(`"${id}" covers the marker "${m.id}"`);
      for (const o of overlays) if (overlap(r, o.r, 0.5)) found.push(`"${id}" is under ${o.what}`);
    }
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) if (overlap(labels[i].r, labels[j].r, 1)) found.push(`"${labels[i].id}" and "${labels[j].id}" overlap`);
    }
    return found;
  }, root);
}

// In the desktop project only (the test sets its own widths).
test('without JavaScript, each step\'s map image is drawn for its column: shown at 1 to 1.5 times its size', { tag: '@desktop' }, async ({ browser }) => {
  // Labels are 11 and 12 px in the image: at that scale they read at 11 to 18 px.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  const images = page.locator('section.step .step-map-image');
  await expect(images).toHaveCount(ANCHORS.length);
  // Each band's edges, upright (900 px tall) or held sideways (390 px tall).
  const screensOf = (bands: readonly ColumnBand[]) => {
    const screens = bands.flatMap((b) =>
      [b.minWidth, Number.isFinite(b.maxWidth) ? b.maxWidth : 1920].map((w) => [Math.max(w, 320), b.landscape ? 390 : 900] as const),
    );
    return [...new Map(screens.map((screen) => [screen.join('×'), screen])).values()];
  };
  const scriptedBands = COLUMN_BANDS.filter((b) => !b.scriptless);
  // The first of `bands` whose media query matches at the page's size, as a <picture> chooses.
  const chosen = async (on: Page, bands: readonly ColumnBand[]) => bands[await on.evaluate((queries) => queries.findIndex((q) => matchMedia(q).matches), bands.map(bandMedia))];
  for (const [width, height] of screensOf(COLUMN_BANDS)) {
    await page.setViewportSize({ width, height });
    const band = await chosen(page, COLUMN_BANDS);
    expect(band, `a column band at ${width}×${height}`).toBeDefined();
    // From 480 px this browser, which knows the scripting feature, lays the story out in one column.
    expect(band.scriptless ?? false, `the band at ${width}×${height}`).toBe(width >= 480);
    // Every step's image at the first width; the first, a middle and the last step's at the others (same column).
    const which = width === 320 ? ANCHORS.map((_, i) => i) : [0, Math.floor(ANCHORS.length / 2), ANCHORS.length - 1];
    for (const i of which) {
      const image = images.nth(i);
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && img.currentSrc.includes(`/maps/column/`))).toBe(true);
      const { shown, natural, src } = await image.evaluate((img: HTMLImageElement) => ({ shown: img.getBoundingClientRect().width, natural: img.naturalWidth, src: img.currentSrc }));
      const at = `${ANCHORS[i]} at ${width}×${height}`;
      expect(src, at).toContain(`/maps/column/${band.image}/${ANCHORS[i]}.svg`);
      expect(natural, at).toBe(band.image);
      expect(shown / natural, `${at}: shown ${shown} px for ${natural}`).toBeGreaterThanOrEqual(1);
      expect(shown / natural, `${at}: shown ${shown} px for ${natural}`).toBeLessThanOrEqual(1.5);
    }
  }
  await context.close();

  // A browser that does not know the scripting feature lays the story out as with JavaScript and picks among the
  // other bands: the image its band gives would be shown at 1 to 1.5 times its size in that layout's column.
  const layoutContext = await browser.newContext({ javaScriptEnabled: true });
  const scriptedPage = await layoutContext.newPage();
  await scriptedPage.goto('./');
  for (const [width, height] of screensOf(scriptedBands)) {
    await scriptedPage.setViewportSize({ width, height });
    const band = await chosen(scriptedPage, scriptedBands);
    expect(band, `a column band at ${width}×${height}`).toBeDefined();
    const column = await scriptedPage.locator('section.step .step-card').first().evaluate((card) => {
      const style = getComputedStyle(card);
      return card.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    });
    const at = `${band.image} px image at ${width}×${height}, in a ${column} px column`;
    expect(column / band.image, at).toBeGreaterThanOrEqual(1);
    expect(column / band.image, at).toBeLessThanOrEqual(1.5);
  }
  await layoutContext.close();
});

/** Checked with JavaScript: without it the story is one column of step images. The live map waits for a first move. */
test.describe('the story\'s first drawing, the server\'s, before the reader moves', () => {
  // A tall screen puts the reading line in a later step, which starts the live map without a move: its data is
  // held back, so the server's drawing stays whatever the screen.
  test.beforeEach(async ({ page }) => {
    await page.route('**/data/**/*.json', () => {});
  });
  test.afterEach(async ({ page }) => {
    await expect(page.locator('.map-live'), 'the live map never drew: what was measured is the server\'s').not.toHaveAttribute('data-ready');
  });

  // In the desktop project only (the test sets its own screens).
  test('the story\'s first map fits every screen, its labels 11 to 18 px, inside the map and clear of each other', { tag: '@desktop' }, async ({ page }) => {
    await page.goto('./');
    for (const [width, height] of [...SCREENS, ...BAND_EDGE_SCREENS, ...SIDEWAYS_SCREENS]) {
      await page.setViewportSize({ width, height });
      expect(await labelProblems(page, 'figure.story-map .map-static'), `at ${width}×${height}`).toEqual([]);
    }
  });

  // In the desktop project only (the test sets its own screens).
  test('the story\'s first map fills its box on any screen: the frame shows whole, the map drawn around it covers the rest', { tag: '@desktop' }, async ({ page }) => {
    await page.goto('./');
    for (const [width, height] of [...SCREENS, ...BAND_EDGE_SCREENS, ...ODD_SCREENS, ...SIDEWAYS_SCREENS]) {
      await page.setViewportSize({ width, height });
      const spare = await page.evaluate(() => {
        const svg = [...document.querySelectorAll<SVGSVGElement>('figure.story-map .map-static svg.map')].find((el) => getComputedStyle(el).display !== 'none');
        if (!svg) return null;
        const box = svg.getBoundingClientRect();
        const vb = svg.viewBox.baseVal;
        const scale = Math.min(box.width / vb.width, box.height / vb.height);
        // The box beyond the frame on each side, as a fraction of the frame.
        return { band: svg.dataset.band, x: (box.width / scale - vb.width) / 2 / vb.width, y: (box.height / scale - vb.height) / 2 / vb.height };
      });
      expect(spare, `at ${width}×${height}`).not.toBeNull();
      const band = STORY_BANDS.find((b) => b.name === spare!.band);
      expect(band?.bleed, `at ${width}×${height}, band ${spare!.band}`).toBeDefined();
      expect(spare!.x, `across, at ${width}×${height}, band ${band!.name}`).toBeLessThanOrEqual(band!.bleed!.x);
      expect(spare!.y, `down, at ${width}×${height}, band ${band!.name}`).toBeLessThanOrEqual(band!.bleed!.y);
    }
  });
});

test.describe('the embeds\' server drawings, before any script runs', () => {
  test.use({ javaScriptEnabled: false });

  // In the desktop project only (the test sets its own widths).
  test('every still embed and every stepper\'s first map, from 280 to 1200 px wide', { tag: '@desktop' }, async ({ page }) => {
    // Every still and stepper at ten widths: a page load each, and ten layouts.
    test.setTimeout(240_000);
    for (const path of PAGES.filter((p) => isStill(p) || isStepper(p))) {
      await page.goto(path);
      for (const width of EMBED_WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        expect(await labelProblems(page, '.embed-map .map-static'), `${path} at ${width} px`).toEqual([]);
      }
    }
  });
});

// In the desktop project only (the test sets its own widths).
test('every embed stepper\'s live map, at every step, from 280 to 1200 px wide', { tag: '@desktop' }, async ({ page }) => {
  test.setTimeout(300_000);
  // The claim is about the map at rest: with reduced motion each step is drawn at once, not glided to frame by frame.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const path of PAGES.filter(isStepper)) {
    for (const width of [280, 420, 800, 1200]) {
      // A reader per width, stepping from the first step to the last.
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await wakeLiveMap(page);
      const next = page.getByRole('button', { name: 'Next' });
      for (;;) {
        const step = await page.locator('.embed-stepper').getAttribute('data-step');
        await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', step ?? '');
        await expectLabelsPlaced(page, '.embed-map .map-live');
        expect(await labelProblems(page, '.embed-map .map-live'), `${path} at step ${step}, ${width} px`).toEqual([]);
        if ((await next.count()) === 0 || (await next.getAttribute('aria-disabled')) === 'true') break;
        await next.click();
        await expect(page.locator('.embed-stepper')).not.toHaveAttribute('data-step', step ?? '');
      }
    }
  }
});

// In the desktop project only (the test sets its own screens).
test('the live map, at every step and on every screen: labels 11 to 18 px, inside the map and clear of each other', { tag: '@desktop' }, async ({ page }) => {
  test.setTimeout(300_000);
  // The claim is about the map at rest at each step: with reduced motion each state is drawn at once rather than
  // glided to frame by frame (the reader's scroll path with its motion is motion.spec's and scroll-steps').
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page);
  const states = await loadStates(page.request, (await stepScenes(page)).values());
  for (const [width, height] of SCREENS) {
    // A reader per screen: a resize mid-story would hold the step being read (as a phone's rotation does).
    await page.setViewportSize({ width, height });
    await openStory(page);
    for (const anchor of ANCHORS) {
      await scrollStepToCentre(page, anchor);
      await expectMapShows(page, states.get(anchor)!);
      await expectLabelsPlaced(page, '.map-live');
      expect(await labelProblems(page, '.map-live'), `${anchor} at ${width}×${height}`).toEqual([]);
    }
  }
});
