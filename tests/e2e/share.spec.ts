/**
 * Share, reuse and read anywhere: social metadata with 1200×630 map cards, per-step SVG/PNG downloads, each
 * scene's data as CSV and GeoJSON, a map image per step without JavaScript and in print, dark mode.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { ANCHORS, expectMapShows, loadStates, openStory, scrollStepToCentre, stepScenes } from './story';

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

async function fetchOk(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response;
}

// In the desktop project only (a page's head and its card are the same at every width).
test('every page has a title, description, canonical URL and Open Graph / X card with a 1200×630 map image', { tag: '@desktop' }, async ({ page, request }) => {
  const pages = ['./', 'embeds/', 'embed/sanctions/', 'embed/nord-stream/nord-stream-2/'];
  for (const path of pages) {
    await page.goto(path);
    const head = page.locator('head');
    await expect(page).toHaveTitle(/\S/);
    for (const selector of ['meta[name="description"]', 'link[rel="canonical"]', 'meta[property="og:title"]', 'meta[property="og:description"]', 'meta[property="og:url"]', 'meta[name="twitter:card"]']) {
      await expect(head.locator(selector), `${path} ${selector}`).toHaveCount(1);
    }
    const image = await head.locator('meta[property="og:image"]').getAttribute('content');
    expect(image, `${path} og:image`).toMatch(/^https?:\/\/.+\/social\/[a-z0-9-]+\.png$/);
    await expect(head.locator('meta[name="twitter:image"]')).toHaveAttribute('content', image!);
    const size = pngSize(await (await fetchOk(request, new URL(image!).pathname)).body());
    expect(size, `${path} card size`).toEqual({ width: 1200, height: 630 });
  }
});

// In the desktop project only (files are the same for every screen).
test('a card of a map with pipeline routes carries the OpenStreetMap credit', { tag: '@desktop' }, async ({ request }) => {
  // The credit is drawn into the image; the SVG the PNG is rasterised from says so in text.
  const svg = await (await fetchOk(request, 'maps/nord-stream-2.svg')).text();
  expect(svg).toContain('© OpenStreetMap contributors');
  expect(pngSize(await (await fetchOk(request, 'social/nord-stream-2.png')).body())).toEqual({ width: 1200, height: 630 });
});

// In the desktop project only (files are the same for every screen).
test('every step offers its map as SVG and PNG with title, credit and source line', { tag: '@desktop' }, async ({ page, request }) => {
  await page.goto('./');
  for (const anchor of ANCHORS) {
    const links = page.locator(`section#${anchor} .step-downloads a`);
    await expect(links).toHaveCount(2);
    const svgUrl = (await links.nth(0).getAttribute('href'))!;
    const svg = await (await fetchOk(request, svgUrl)).text();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), anchor).toBe(true);
    expect(svg).toContain('class="image-title"');
    expect(svg).toMatch(/Borders( and disputed areas)?: Natural Earth/);
    expect(svg).toContain('Sources: ');
    expect(pngSize(await (await fetchOk(request, (await links.nth(1).getAttribute('href'))!)).body())).toEqual({ width: 1200, height: 900 });
  }
});

// In the desktop project only (files are the same for every screen).
test('each scene offers its data as CSV with the documented columns and as valid GeoJSON', { tag: '@desktop' }, async ({ page, request }) => {
  await page.goto('./');
  const links = page.locator('section.scene-data a');
  const hrefs = await links.evaluateAll((els) => els.map((a) => a.getAttribute('href')!));
  const scenes = new Set((await stepScenes(page)).values());
  expect(hrefs.length).toBe(scenes.size * 2);
  for (const href of hrefs) {
    const body = await (await fetchOk(request, href)).text();
    if (href.endsWith('.csv')) {
      const [header, ...rows] = body.trim().split('\r\n');
      expect(header).toBe('step,kind,id,name,role,date,detail,sources');
      expect(rows.length, href).toBeGreaterThan(0);
    } else {
      const json = JSON.parse(body) as { type: string; features: { type: string; geometry: { type: string; coordinates: unknown } }[]; attribution: string[] };
      expect(json.type).toBe('FeatureCollection');
      expect(json.attribution.length).toBeGreaterThan(0);
      for (const f of json.features) {
        expect(f.type).toBe('Feature');
        expect(['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']).toContain(f.geometry.type);
        const flat = JSON.stringify(f.geometry.coordinates).match(/-?\d+(\.\d+)?/g)!.map(Number);
        for (let i = 0; i < flat.length; i += 2) {
          expect(Math.abs(flat[i])).toBeLessThanOrEqual(180);
          expect(Math.abs(flat[i + 1])).toBeLessThanOrEqual(90);
        }
      }
    }
  }
  // The Nord Stream data carries the OpenStreetMap credit its routes need.
  const ns = await (await fetchOk(request, 'data/nord-stream.geojson')).json();
  expect(ns.attribution.join(' ')).toContain('© OpenStreetMap contributors');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each step shows an image of its own map', async ({ page }) => {
    await page.goto('./');
    const images = page.locator('section.step img.step-map-image');
    await expect(images).toHaveCount(ANCHORS.length);
    // Drawn for the width of the text column (the legibility test checks each width's image and scale).
    for (const [i, anchor] of ANCHORS.entries()) {
      await images.nth(i).scrollIntoViewIfNeeded();
      await expect.poll(() => images.nth(i).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: anchor }).toBe(true);
      expect(await images.nth(i).evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(new RegExp(`maps/column/\\d+/${anchor}\\.svg$`));
    }
  });
});

test('with JavaScript the step images cost nothing: none is fetched', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (/\/maps\/(column\/\d+\/)?[a-z0-9-]+\.(svg|png)$/.test(r.url())) fetched.push(r.url());
  });
  await openStory(page);
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
  // The whole page has been passed and the map drew the last step: any lazy image would have been asked for.
  await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', ANCHORS.at(-1)!);
  expect(fetched).toEqual([]);
});

test('printed, the story is linear: every step is followed by its own map, sources last', async ({ page }) => {
  await openStory(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('figure.story-map')).toBeHidden();
  const maps = page.locator('section.step picture.step-map-print img');
  await expect(maps).toHaveCount(ANCHORS.length);
  for (const [i, anchor] of ANCHORS.entries()) {
    await expect(maps.nth(i)).toBeVisible();
    await expect
      .poll(() => maps.nth(i).evaluate((img: HTMLImageElement, anchor) => [img.currentSrc.endsWith(`maps/${anchor}.svg`), img.complete && img.naturalWidth > 1], anchor), { message: anchor })
      .toEqual([true, true]);
  }
  const order = await page.evaluate(() => {
    const sources = document.getElementById('sources')!;
    const lastStep = [...document.querySelectorAll('section.step')].at(-1)!;
    return lastStep.compareDocumentPosition(sources) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
});

test('dark mode: a screenshot of each scene, maps in the dark palette', async ({ page, request }, testInfo) => {
  // Each scene's map at rest in the dark palette: with reduced motion it is drawn at once, and the screenshot
  // never catches a fade between scenes.
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await openStory(page);
  const scenes = await stepScenes(page);
  const states = await loadStates(request, scenes.values());
  const firsts = new Map<string, string>();
  for (const [anchor, scene] of scenes) if (!firsts.has(scene)) firsts.set(scene, anchor);
  for (const [scene, anchor] of firsts) {
    await scrollStepToCentre(page, anchor);
    await expectMapShows(page, states.get(anchor)!);
    const sea = await page.locator('.map-live svg.map g.base[visibility="visible"] path.sphere').evaluate((el) => getComputedStyle(el).fill);
    expect(sea, scene).toBe('rgb(26, 35, 48)');
    await page.screenshot({ path: testInfo.outputPath(`dark-${scene}.png`) });
  }
});
