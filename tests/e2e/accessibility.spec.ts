/**
 * The accessibility sweep: axe finds no violations on any page of the build, in light and dark mode, at a
 * phone's and a desktop's width (the two projects): the story at every step's map state, each stepper embed at
 * each of its steps, each still, the gallery and any other page. Chromium's own accessibility tree exposes each
 * step's map description, and the map a reader sees is an image named by the description of its step.
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { axeViolations, COLOUR_RULES } from './axe';
import { isStepper, isStill, PAGES, wakeLiveMap } from './site';
import { ANCHORS, expectMapShows, loadStates, openStory, scrollStepToCentre, stepScenes } from './story';

const SCHEMES = ['light', 'dark'] as const;

/**
 * Runs axe in light mode, then its colour rules in dark mode (the only ones a colour scheme can change); returns
 * the violations, each prefixed with `where` and the scheme.
 */
async function sweep(page: Page, where: string, include?: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const violations = await axeViolations(page, include, colorScheme === 'light' ? undefined : COLOUR_RULES);
    found.push(...violations.map((v) => `${where}, ${colorScheme}: ${v}`));
  }
  return found;
}

/** Chromium's accessibility tree below the first element `selector` matches, as CDP's queryAXTree gives it. */
async function axNodes(cdp: CDPSession, selector: string, query: { role?: string; accessibleName?: string }) {
  const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})` });
  if (!result.objectId) throw new Error(`no element ${selector}`);
  const { nodes } = await cdp.send('Accessibility.queryAXTree', { objectId: result.objectId, ...query });
  return nodes.filter((node) => !node.ignored);
}

/** The names of the images a reader's assistive technology finds under `selector` (hidden ones are ignored). */
async function exposedImages(cdp: CDPSession, selector: string): Promise<string[]> {
  return (await axNodes(cdp, selector, { role: 'image' })).map((node) => String(node.name?.value ?? ''));
}

test('the build has the pages this sweep expects', () => {
  expect(PAGES).toContain('');
  expect(PAGES).toContain('embeds/');
  expect(PAGES.filter(isStepper).length).toBeGreaterThan(1);
  expect(PAGES.filter(isStill)).toHaveLength(ANCHORS.length);
});

test('the story: no violations at any step, in light and dark, and the map is named for its step', async ({ page, request }) => {
  test.setTimeout(150_000);
  // Transitions are instant, so each state is drawn as soon as its step is under the reading line.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page);
  const states = await loadStates(request, (await stepScenes(page)).values());
  const cdp = await page.context().newCDPSession(page);
  // The text alternatives open, so that their lists and tables are checked too.
  await page.locator('details.map-data').evaluateAll((els) => els.forEach((el) => ((el as HTMLDetailsElement).open = true)));
  await expect(page.locator('details.map-data noscript'), 'the opened lists and tables are in the page').toHaveCount(0);
  const violations = await sweep(page, 'the whole story');

  for (const anchor of ANCHORS) {
    const state = states.get(anchor);
    if (!state) throw new Error(`no map state for ${anchor}`);
    await scrollStepToCentre(page, anchor);
    await expectMapShows(page, state);
    // What changes from step to step is the map (drawing, key, credits) and which step is read.
    violations.push(...(await sweep(page, anchor, ['figure.story-map', `section.step[id="${anchor}"]`])));
    expect(await exposedImages(cdp, 'figure.story-map'), `the map at "${anchor}"`).toEqual([state.description]);
  }
  expect(violations).toEqual([]);
});

test('Chromium exposes every step\'s map description to assistive technology, in the step', async ({ page, request }) => {
  await page.goto('./');
  const states = await loadStates(request, (await stepScenes(page)).values());
  const cdp = await page.context().newCDPSession(page);
  for (const anchor of ANCHORS) {
    const description = states.get(anchor)?.description ?? '';
    expect(description.length).toBeGreaterThan(20);
    const found = await axNodes(cdp, `section.step[id="${anchor}"]`, { accessibleName: `Map: ${description}` });
    expect(found.length, `"${anchor}": its map description in the accessibility tree`).toBeGreaterThan(0);
  }
});

test('every stepper embed: no violations at any of its steps, in light and dark', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const steppers = PAGES.filter(isStepper);
  const scenes = steppers.map((path) => path.split('/')[1]);
  const states = await loadStates(request, scenes);
  const violations: string[] = [];
  for (const path of steppers) {
    await page.goto(path);
    const live = page.locator('.map-live');
    await wakeLiveMap(page);
    const cdp = await page.context().newCDPSession(page);
    const next = page.getByRole('button', { name: 'Next' });
    for (;;) {
      const step = (await page.locator('.embed-stepper').getAttribute('data-step')) ?? '';
      await expect(live).toHaveAttribute('data-shown-step', step);
      violations.push(...(await sweep(page, `${path} at ${step}`)));
      expect(await exposedImages(cdp, '.embed-map'), `${path} at ${step}`).toEqual([states.get(step)?.description]);
      if ((await next.count()) === 0 || (await next.getAttribute('aria-disabled')) === 'true') break;
      await next.click();
      await expect(page.locator('.embed-stepper')).not.toHaveAttribute('data-step', step);
    }
    await cdp.detach();
  }
  expect(violations).toEqual([]);
});

test('every still embed: no violations, in light and dark', async ({ page, request }) => {
  test.setTimeout(120_000);
  const stills = PAGES.filter(isStill);
  const states = await loadStates(request, new Set(stills.map((path) => path.split('/')[1])));
  const violations: string[] = [];
  for (const path of stills) {
    await page.goto(path);
    violations.push(...(await sweep(page, path)));
    const cdp = await page.context().newCDPSession(page);
    // A drawing per layout is in the page; only the one shown is exposed.
    expect(await exposedImages(cdp, '.embed-map'), path).toEqual([states.get(path.split('/')[2])?.description]);
    await cdp.detach();
  }
  expect(violations).toEqual([]);
});

test('the gallery and every other page: no violations, in light and dark', async ({ page }) => {
  const others = PAGES.filter((path) => path !== '' && !isStepper(path) && !isStill(path));
  expect(others).toContain('embeds/');
  const violations: string[] = [];
  for (const path of others) {
    await page.goto(path);
    violations.push(...(await sweep(page, path)));
  }
  expect(violations).toEqual([]);
});
