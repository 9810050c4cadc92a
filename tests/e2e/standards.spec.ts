/**
 * What a standards desk checks, on the built site: internationally recognized borders with every disputed or
 * occupied area marked and explained, keys that say what each map shows, later facts framed "Since then",
 * original sources, corrections shown, and no address of the build machine in anything that leaves the site.
 */
import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { baseMapFromFile } from '../../src/lib/geo/base-map-file';
import { expectMapShows, loadStates, openMapData, openStory, scrollStepToCentre, stepScenes } from './story';

const content = (path: string) => readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');
/** Top-level ids of a YAML file of entries keyed by id. */
const yamlIds = (text: string) => [...text.matchAll(/^([a-z0-9-]+):\s*$/gm)].map((m) => m[1]);

type Countries = { type: string; features: { id?: string; geometry: object }[] };

/** A scene's base map: its countries, and the areas it hatches (layer id and class). */
async function baseMap(request: APIRequestContext, scene: string): Promise<{ world: Countries; hatched: string[] }> {
  const json = await (await request.get(`data/${scene}.json`)).json();
  const { topology, borders } = baseMapFromFile(await (await request.get(`data/${json.topology}`)).json(), json.topology);
  return { world: feature(topology, topology.objects.countries) as unknown as Countries, hatched: borders.map((a) => `${a.id}:${a.class}`) };
}

const holder = (world: Countries, at: [number, number]) => world.features.filter((f) => geoContains(f as never, at)).map((f) => f.id);

// In the desktop project only (data files are the same for every screen).
test('every map draws internationally recognized borders: Crimea in Ukraine, no area of the base map left out', { tag: '@desktop' }, async ({ request }) => {
  for (const scene of ['world', 'sanctions', 'lunar-partners']) {
    const { world, hatched } = await baseMap(request, scene);
    expect(world.features.every((f) => typeof f.id === 'string'), `${scene}: every shape has its country`).toBe(true);
    expect(holder(world, [34.1, 44.95]), `${scene}: Simferopol`).toEqual(['804']);
    expect(holder(world, [33.52, 44.6]), `${scene}: Sevastopol`).toEqual(['804']);
    expect(holder(world, [44.06, 9.56]), `${scene}: Hargeisa`).toEqual(['706']);
    expect(holder(world, [33.5, 35.25]), `${scene}: northern Cyprus`).toEqual(['196']);
    expect(holder(world, [21.16, 42.66]), `${scene}: Pristina`).toEqual(['kosovo']);
    expect(hatched, scene).toEqual(expect.arrayContaining(['crimea:occupied', 'taiwan:disputed', 'aksai-chin:disputed', 'arunachal-pradesh:disputed']));
  }
  // The regional map of the border draws the Siachen Glacier, held by India, which world-atlas leaves without a code.
  expect(holder((await baseMap(request, 'sino-indian-border')).world, [77.1, 35.4])).toEqual(['356']);
});

test('Crimea is hatched on the sanctions map, never in Russia\'s color, and labeled where Russia is shaded', async ({ page }) => {
  // The map at rest at each step: with reduced motion it is drawn at once, not glided to.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page);
  const states = await loadStates(page.request, (await stepScenes(page)).values());
  await scrollStepToCentre(page, 'energy-ties');
  await expectMapShows(page, states.get('energy-ties')!);
  const map = page.locator('.map-live svg.map');
  await expect(map.locator('path.area[data-layer="borders"][data-feature="crimea"]')).toHaveAttribute('data-class', 'occupied');
  await expect(map.locator('text.label[data-id="area-crimea"]')).toHaveText('Crimea, annexed by Russia in 2014');
  await expect(page.locator('.map-live .map-key-strip[data-current] .legend')).toContainText('Disputed or occupied area (hatched)');
});

test('Crimea is named as annexed on every map that shows it: beside it, or in a corner where it has no room', async ({ page }) => {
  // The map at rest at each step: with reduced motion it is drawn at once, not glided to.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page);
  const states = await loadStates(page.request, (await stepScenes(page)).values());
  const showing = [...states.values()].filter((s) => s.areas.some((a) => a.data === 'borders' && (a.show ?? []).includes('crimea')));
  expect(showing.length, 'steps whose map shows Crimea').toBeGreaterThan(5);
  for (const state of showing) {
    await scrollStepToCentre(page, state.step);
    await expectMapShows(page, state);
    const label = page.locator('.map-live svg.map text.label[data-id="area-crimea"]');
    await expect(label, `at ${state.step}`).toHaveCount(1);
    await expect(label, `at ${state.step}`).toContainText(/Crimea,\s*annexed by Russia in 2014/);
  }
});

// In the desktop project only (the page's words and links are the same at every width).
test('"About these maps" explains every disputed or occupied area, and every map\'s credits link to it', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('./');
  const areas = yamlIds(content('geodata/borders.yaml'));
  const about = page.locator('section#about-maps');
  await expect(about.locator('h2')).toHaveText('About these maps');
  await expect(about.locator('table.about-areas tbody tr')).toHaveCount(areas.length);
  for (const id of ['crimea', 'taiwan', 'kashmir', 'southern-kurils', 'donetsk-luhansk', 'western-sahara']) {
    await expect(about.locator(`tr#area-${id}`)).toHaveCount(1);
  }
  await expect(about.locator('tr#area-crimea')).toContainText('Drawn as part of Ukraine');
  await expect(about.locator('tr#area-donetsk-luhansk')).toContainText('Since then');
  await expect(about).toContainText('one pixel of width on screen stands for 4 million tonnes of oil equivalent a year');
  await expect(page.locator('figure.story-map .credits a').first()).toHaveAttribute('href', '#about-maps');
  await expect(page.locator('section.step .step-sources a[href="#about-maps"]')).toHaveCount(await page.locator('section.step').count());
});

// In the desktop project only (the page's words and links are the same at every width).
test('the story shows its corrections and updates; the header and every corrected step link to them', { tag: '@desktop' }, async ({ page, request }) => {
  await page.goto('./');
  const entries = page.locator('section#corrections li');
  const ids = yamlIds(content('corrections.yaml'));
  await expect(entries).toHaveCount(ids.length);
  const newest = (await entries.first().locator('time').getAttribute('datetime'))!;
  await expect(page.locator('.story-header .updated time')).toHaveAttribute('datetime', newest);
  const links = page.locator('section.step .correction-link a');
  expect(await links.count()).toBeGreaterThan(0);
  for (const href of await links.evaluateAll((els) => els.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(`section#corrections li${href}`)).toHaveCount(1);
  }
  await expect(page.locator('section#us-pressure .correction-link')).toContainText('Corrected');
  // A step's links to several entries are told apart by what each is about.
  for (const step of await page.locator('section.step:has(.correction-link)').all()) {
    const texts = (await step.locator('.correction-link a').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(new Set(texts).size, `links of ${await step.getAttribute('id')}: ${texts.join(' | ')}`).toBe(texts.length);
  }
  // The sitemap dates the story by its last update.
  expect(await (await request.get('sitemap.xml')).text()).toContain(`<lastmod>${newest}</lastmod>`);
});

test('each key lists what its map shows: the countries shaded at that step, named', async ({ page }) => {
  // The map at rest at each step: with reduced motion it is drawn at once, not glided to.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page);
  const states = await loadStates(page.request, (await stepScenes(page)).values());
  const keyAt = async (anchor: string) => {
    await scrollStepToCentre(page, anchor);
    await expectMapShows(page, states.get(anchor)!);
    return page.locator('.map-live .map-key-strip[data-current] .legend li[data-key]').allInnerTexts();
  };
  expect(await keyAt('us-china-talks')).toEqual(['China', 'United States of America', 'Disputed or occupied area (hatched)']);
  expect(await keyAt('economic-interests')).toEqual([
    'China and Russia',
    'United States of America',
    'The United States’ 29 NATO allies, March 2021',
    'Disputed or occupied area (hatched)',
  ]);
  const nordStream = await keyAt('nord-stream-2');
  expect(nordStream).toContain('Finland, Sweden and Denmark, whose waters the pipelines cross');
  expect(nordStream).not.toContain('Disputed or occupied area (hatched)');
  // The keys of the scenes read before keep no legend: one scene's key at a time is in the page.
  await expect(page.locator('.map-live .map-key-strip:not([data-current]) .map-key-step')).toHaveCount(0);
  // The founders keep their labels on the wider partner maps, on a phone by their names alone if need be.
  for (const anchor of ['joint-statement', 'aerospace-integration']) {
    await keyAt(anchor);
    await expect(page.locator('.map-live svg.map text.label[data-id="643"]'), `Russia at ${anchor}`).toHaveCount(1);
    await expect(page.locator('.map-live svg.map text.label[data-id="156"]'), `China at ${anchor}`).toHaveCount(1);
  }
});

// In the desktop project only (the page's words are the same at every width).
test('facts dated after the article are framed "Since then", with their dates; maps of a later day say so', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('./');
  const nordStream = await openMapData(page, 'nord-stream-2');
  const ns2 = nordStream.locator('li', { hasText: 'Pipe-laying began' });
  await expect(ns2).toContainText('Since then, 22 Feb 2022: Germany suspended its certification');
  await expect(ns2).toContainText('19 Jan 2021: The US designated the pipe-laying vessel Fortuna');
  await expect(ns2).not.toContainText('Since then, 19 Jan 2021');
  const pressure = page.locator('section#us-pressure .since li');
  await expect(pressure).toHaveCount(3);
  await expect(pressure.first().locator('time')).toHaveAttribute('datetime', '2021-09-10');
  await expect((await openMapData(page, 'open-to-partners')).locator('.map-data-since')).toContainText('as of 31 December 2023, after the article');
  await expect((await openMapData(page, 'ilrs-agreement')).locator('.map-data-since')).toHaveCount(0);
  await expect(page.locator('section#open-to-partners .step-note')).toContainText('International Lunar Research Station');
});

// In the desktop project only (the page's words and links are the same at every width).
test('sources are originals: each names its title and date, none is Wikipedia or a bare IP address', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('./');
  const items = page.locator('section#sources li');
  expect(await items.count()).toBeGreaterThan(50);
  for (const text of await items.allInnerTexts()) expect(text, text).toMatch(/, (“.+”|\[.+\]), (\d{1,2} )?([A-Z][a-z]+ )?\d{4}\. /);
  for (const href of await items.locator('a').evaluateAll((els) => els.map((a) => a.getAttribute('href')!))) {
    const host = new URL(href).hostname;
    expect(host, href).not.toMatch(/^\d+\.\d+\.\d+\.\d+$|wikipedia\.org$|studentb\.eu$|5y1\.org$|kiar\.center$|earth-news\.info$|nda\.news$|global-review\.info$/);
  }
});

// In the desktop project only (data files are the same for every screen).
test('each row of the data downloads cites its own sources', { tag: '@desktop' }, async ({ request }) => {
  const rows = (await (await request.get('data/lunar-partners.csv')).text()).trim().split('\r\n').map((r) => r.split(','));
  const venezuela = rows.filter((r) => r[1] === 'partner' && r[2] === '862');
  expect(venezuela.length).toBeGreaterThan(0);
  for (const row of venezuela) {
    expect(row.at(-1)).toContain('spacenews-venezuela-2023');
    expect(row.at(-1)).not.toMatch(/2024/);
  }
  const sanctions = (await (await request.get('data/sanctions.csv')).text()).split('\r\n');
  expect(sanctions.some((r) => r.startsWith('us-sanctions,disputed-area,crimea,Crimea,occupied'))).toBe(true);
});

// In the desktop project only (files are the same for every screen).
test('nothing that leaves the site carries the build machine\'s address', { tag: '@desktop' }, async ({ request }) => {
  // This build's SITE_URL is the test server on 127.0.0.1: an address that means nothing to a reader.
  for (const path of ['maps/ilrs-agreement.svg', 'maps/us-pressure.svg', 'data/world.csv', 'data/nord-stream.geojson']) {
    const text = await (await request.get(path)).text();
    expect(text, path).not.toMatch(/127\.0\.0\.1|localhost/);
  }
  expect(await (await request.get('maps/ilrs-agreement.svg')).text()).toContain('From “United against the USA?');
});
