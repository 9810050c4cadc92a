/**
 * The sanctions, border and Nord Stream scenes: each step draws the flows, lines, areas, labels and
 * highlights its content says, the text beside the map lists what the map shows, and labels stay inside the
 * map and legible on a phone.
 */
import { expect, test, type Page } from '@playwright/test';
import { ANCHORS, expectLabelsPlaced, expectMapShows, loadStates, openMapData, openStory, scrollStepToCentre, stepScenes } from './story';
import { readStrokeCheck } from './story-content';

async function showStep(page: Page, anchor: string) {
  await openStory(page);
  const states = await loadStates(page.request, (await stepScenes(page)).values());
  await scrollStepToCentre(page, anchor);
  await expectMapShows(page, states.get(anchor)!);
  return page.locator('.map-live svg.map');
}

test('US sanctions: solid arrows from Washington to Moscow and Beijing, the US as counterpart', async ({ page }) => {
  const map = await showStep(page, 'us-sanctions');
  await expect(map.locator('g.flow[data-kind="sanctions"]')).toHaveCount(2);
  await expect(map.locator('g.flow[data-id="us-ru"] path.head')).toHaveCount(1);
  await expect(map.locator('g.flow[data-id="us-cn"]')).toHaveCount(1);
  await expect(map.locator('g.base[visibility="visible"] path.country[data-id="840"]')).toHaveAttribute('data-role', 'counterpart');
  // The measures behind the arrows are in the step, in words.
  const data = await openMapData(page, 'us-sanctions');
  await expect(data.locator('.map-data-heading')).toHaveText([
    'US sanctions on Russia',
    'US sanctions on China',
    'Disputed and occupied areas in view (hatched where the map can show them)',
    'Places labeled',
  ]);
  await expect(data).toContainText('CAATSA');
  await expect(data).toContainText('Huawei');
  await expect(data.locator('time').first()).toHaveAttribute('datetime', '2014-03-20');
  // The sanctions of 22 March 2021 came after the article: listed, but as "Since then".
  await expect(data.locator('li', { hasText: 'Wang Junzheng' })).toContainText('Since then, 22 Mar 2021');
  await expect(data.locator('li', { hasText: 'Huawei' })).not.toContainText('Since then');
});

test('EU sanctions and China\'s counter-sanctions are told apart by line style, not colour alone', async ({ page }) => {
  const map = await showStep(page, 'eu-xinjiang');
  await expect(map.locator('g.flow')).toHaveCount(3);
  const dash = (id: string) => map.locator(`g.flow[data-id="${id}"] path.shaft`).evaluate((el) => getComputedStyle(el).strokeDasharray);
  expect(await dash('eu-cn')).toBe('none');
  expect(await dash('cn-eu')).not.toBe('none');
  await expect(map.locator('g.flow[data-id="cn-eu"]')).toHaveAttribute('data-kind', 'counter-sanctions');
  await expect(page.locator('.map-live .map-key-strip[data-current] .legend')).toContainText('Counter-sanctions (dashed arrow, schematic)');
  // The EU's sanctions came ten days after the article: the map says it shows a later day.
  await expect(page.locator('.map-live .map-key-strip[data-current] .map-since')).toHaveText('Since then: as of 22 March 2021');
});

test('energy: crude oil and Power of Siberia gas, widths to scale with reference widths in the key, the gas along its route', async ({ page }) => {
  const map = await showStep(page, 'energy-ties');
  const width = (id: string) => map.locator(`g.flow[data-id="${id}"] path.shaft`).getAttribute('stroke-width').then(Number);
  // 83.57 Mt of crude against 3.53 Mt of oil equivalent of gas: drawn about 24 to 1, as the volumes are.
  const ratio = (await width('ru-cn-crude')) / (await width('ru-cn-gas'));
  expect(Math.abs(ratio / (83.57 / 3.53) - 1)).toBeLessThan(0.02);
  const key = page.locator('.map-live .map-key-strip[data-current] .legend li[data-key="style:flow:energy"]');
  await expect(key).toContainText('to scale');
  await expect(key).toContainText('crude-oil arrow schematic');
  const references = await key.locator('.key-size-stroke').evaluateAll((els) => els.map((el) => Number(el.getAttribute('stroke-width'))));
  expect(references).toEqual([1, 5, 10]);
  // The key's 40 Mt reference is drawn at the map's own scale.
  expect(Math.abs((await width('ru-cn-crude')) / 10 - 83.57 / 40)).toBeLessThan(0.01);
  // The gas flow follows the pipeline: many vertices, not a two-point curve.
  const gas = await map.locator('g.flow[data-id="ru-cn-gas"] path.shaft').getAttribute('d');
  expect((gas ?? '').split('L').length).toBeGreaterThan(20);
  await expect(page.locator('.map-live .map-key-strip[data-current] .credits')).toContainText('© OpenStreetMap contributors');
  await expect(await openMapData(page, 'energy-ties')).toContainText('83.57 million tonnes');
});

test('the border: Line of Actual Control, hatched disputed areas, each side\'s claim, and the places', async ({ page }) => {
  const map = await showStep(page, 'sino-indian-border');
  await expect(map.locator('path.line[data-layer="lac"]')).toHaveCount(3);
  // Disputed areas are hatched by the borders list every map applies.
  for (const area of ['aksai-chin', 'arunachal-pradesh', 'shaksgam']) {
    await expect(map.locator(`path.area[data-layer="borders"][data-feature="${area}"]`)).toHaveAttribute('data-class', 'disputed');
  }
  // Claims differ by dash pattern.
  const dash = (cls: string) => map.locator(`path.line[data-class="${cls}"]`).first().evaluate((el) => getComputedStyle(el).strokeDasharray);
  expect(await dash('indian-claim')).not.toBe(await dash('chinese-claim'));
  for (const label of ['place-galwan-clash', 'place-pangong-tso', 'place-doklam']) {
    await expect(map.locator(`text.label[data-id="${label}"]`)).toHaveCount(1);
  }
  await expect(map.locator('g.base[visibility="visible"] path.country[data-id="356"]')).toHaveAttribute('data-role', 'subject');
  const data = await openMapData(page, 'sino-indian-border');
  // The step names the disputed areas in view; who holds and claims each is in "About these maps", a link away.
  await expect(data).toContainText('Aksai Chin');
  await expect(data).toContainText('Arunachal Pradesh');
  await expect(data.getByRole('link', { name: 'About these maps' })).toHaveAttribute('href', '#about-maps');
  await expect(page.locator('#about-maps tr#area-aksai-chin')).toContainText('China');
  await expect(page.locator('#about-maps tr#area-arunachal-pradesh')).toContainText('China, which calls it “Zangnan”');
  await expect(page.locator('.map-live .map-key-strip[data-current] .legend')).toContainText('Line of Actual Control (approximate; not agreed or demarcated)');
});

test('India between China and Russia: the zoom-out after the border', async ({ page }) => {
  const map = await showStep(page, 'india-between');
  for (const [code, role] of [['356', 'subject'], ['156', 'focus'], ['643', 'focus']]) {
    await expect(map.locator(`g.base[visibility="visible"] path.country[data-id="${code}"]`)).toHaveAttribute('data-role', role);
  }
});

test('Nord Stream: both routes fade in, the waters crossed are shaded, then US pressure shows NS2 alone', async ({ page }) => {
  const map = await showStep(page, 'nord-stream-2');
  for (const route of ['NS2', 'NS1']) {
    await expect(map.locator(`path.line[data-feature="${route}"]`)).toHaveAttribute('data-fade', '');
    await expect(map.locator(`path.line[data-feature="${route}"]`)).toHaveCSS('animation-name', 'fade-in');
  }
  for (const code of ['246', '752', '208']) await expect(map.locator(`g.base[visibility="visible"] path.country[data-id="${code}"]`)).toHaveAttribute('data-role', 'transit');
  await expect(page.locator('.map-live .map-key-strip[data-current] .credits')).toContainText('© OpenStreetMap contributors');

  await scrollStepToCentre(page, 'us-pressure');
  await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', 'us-pressure');
  await expect(map.locator('path.line[data-layer="pipelines"]')).toHaveCount(1);
  await expect(page.locator('section#us-pressure .since')).toContainText('never entered service');
});

test('zoomed in or out, the live map\'s borders, lines and areas keep their width and dashes on screen', async ({ page }) => {
  await showStep(page, 'ilrs-agreement');
  const world = await page.evaluate(readStrokeCheck);
  // Reduced motion: each step drawn at once, at its own zoom.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const states = await loadStates(page.request, (await stepScenes(page)).values());
  await scrollStepToCentre(page, 'sino-indian-border');
  await expectMapShows(page, states.get('sino-indian-border')!);
  const border = await page.evaluate(readStrokeCheck);
  expect(world?.problems).toEqual([]);
  expect(border?.problems).toEqual([]);
  // The border's map is drawn several times closer than the world's, and its dashed claim lines are in it.
  expect(border!.zoom / world!.zoom).toBeGreaterThan(3);
  await expect(page.locator('.map-live svg.map g.base[visibility="visible"] .line[data-class="indian-claim"]')).not.toHaveCount(0);
  // The pipelines, which fade in: Nord Stream 1 keeps its dash.
  await scrollStepToCentre(page, 'nord-stream-2');
  await expectMapShows(page, states.get('nord-stream-2')!);
  await expect(page.locator('.map-live svg.map g.base[visibility="visible"] .line[data-class="ns1"]')).toHaveCount(1);
  expect((await page.evaluate(readStrokeCheck))?.problems).toEqual([]);
});

test('NATO members of March 2021 come from the country group: 30 members', async ({ page }) => {
  const map = await showStep(page, 'nato-report');
  await expect(map.locator('g.base[visibility="visible"] path.country[data-role="member"]')).toHaveCount(30);
});

// In the phone project only (its layout).
test('on a phone every label sits inside the map and is at least 11 px', { tag: '@phone' }, async ({ page }) => {
  for (const anchor of ['aerospace-integration', 'eu-xinjiang', 'sino-indian-border', 'nord-stream-2']) {
    await showStep(page, anchor);
    await expectLabelsPlaced(page);
    const canvas = (await page.locator('.map-live .map-canvas').boundingBox())!;
    const labels = await page.locator('.map-live svg.map text.label').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { id: el.getAttribute('data-id'), x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, size: parseFloat(getComputedStyle(el).fontSize) };
      }),
    );
    expect(labels.length, `labels at ${anchor}`).toBeGreaterThan(0);
    for (const l of labels) {
      expect(l.size, `${anchor} ${l.id} font size`).toBeGreaterThanOrEqual(11);
      expect(l.x0, `${anchor} ${l.id} left`).toBeGreaterThanOrEqual(canvas.x - 0.5);
      expect(l.x1, `${anchor} ${l.id} right`).toBeLessThanOrEqual(canvas.x + canvas.width + 0.5);
      expect(l.y0, `${anchor} ${l.id} top`).toBeGreaterThanOrEqual(canvas.y - 0.5);
      expect(l.y1, `${anchor} ${l.id} bottom`).toBeLessThanOrEqual(canvas.y + canvas.height + 0.5);
    }
  }
});

// In the phone project only (its layout).
test('on a phone the key strip holds every step\'s legend and credits without cutting them off', { tag: '@phone' }, async ({ page }) => {
  await openStory(page);
  const heights = new Set<number>();
  for (const anchor of ANCHORS) {
    await scrollStepToCentre(page, anchor);
    await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', anchor);
    const strip = await page.locator('.map-live .map-key-strip[data-current]').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(strip.scroll, `key strip at ${anchor}`).toBeLessThanOrEqual(strip.client + 1);
    heights.add(strip.client);
  }
  // The strip grows only for text the reader enlarges or spaces: at the page's own sizes it keeps one height,
  // so the map above it never changes size from step to step.
  expect([...heights]).toHaveLength(1);
});
