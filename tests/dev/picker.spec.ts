/**
 * The map-state picker (src/dev/) against `astro dev`: what an editor picks comes out as YAML that Astro's own
 * frontmatter parser and the content schema read back as exactly that, and the previews draw it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { expect, test, type Page } from '@playwright/test';
import { stepSchema } from '../../src/lib/content/schemas';
import { axeViolations } from '../e2e/axe';
import { pickedFromStep } from '../../src/lib/picker/picked-state';
import { boundsCentre, lonSpan, panBounds, zoomBounds, type Bounds } from '../../src/lib/picker/view-edit';
import type { SceneJson } from '../../src/lib/state/scene-data';

/** Frontmatter read as Astro reads a step's file, then through the step schema. */
const readStep = (yaml: string) => stepSchema.parse(parseFrontmatter(`---\n${yaml}---\nProse.\n`).frontmatter);

async function openScene(page: Page, scene: string) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => (message.type() === 'error' ? errors.push(message.text()) : undefined));
  await page.goto('_picker/');
  await expect(page.locator('.picker[data-ready]')).toBeAttached();
  await page.getByLabel('Scene', { exact: true }).selectOption(scene);
  await expect(page.locator(`.picker[data-scene="${scene}"]`)).toBeVisible();
  return errors;
}

/** Reads the bounds fields. */
async function shownBounds(page: Page) {
  const value = (name: string) => page.locator(`input[name="bounds-${name}"]`).inputValue().then(Number);
  return [
    [await value('west'), await value('south')],
    [await value('east'), await value('north')],
  ];
}

test('a step picked with the pointer and the form is copied as YAML the step schema reads back as picked', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = await openScene(page, 'sino-indian-border');
  await page.getByLabel('Start from', { exact: true }).selectOption('');

  // A box dragged over South and East Asia on the desktop map of the world.
  const desktop = page.locator('[data-frame="desktop"] .picker-canvas');
  const area = await desktop.boundingBox();
  if (!area) throw new Error('no desktop frame');
  const at = (fx: number, fy: number) => [area.x + area.width * fx, area.y + area.height * fy] as const;
  const [lon0, lat0] = await shownBounds(page);
  await page.mouse.move(...at(0.6, 0.4));
  await page.mouse.down();
  await page.mouse.move(...at(0.75, 0.45), { steps: 4 });
  await page.mouse.move(...at(0.85, 0.55), { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => shownBounds(page)).not.toEqual([lon0, lat0]);
  const boxed = (await shownBounds(page)) as Bounds;
  expect(boxed[0][0]).toBeLessThan(boxed[1][0]);
  expect(boxed[0][1]).toBeLessThan(boxed[1][1]);
  // The zoom and pan buttons move the bounds there and back.
  let expected = boxed;
  for (const [button, move] of [
    ['Zoom in', (b: Bounds) => zoomBounds(b, 1.5)],
    ['East', (b: Bounds) => panBounds(b, 0.25, 0)],
    ['West', (b: Bounds) => panBounds(b, -0.25, 0)],
    ['Zoom out', (b: Bounds) => zoomBounds(b, 1 / 1.5)],
  ] as const) {
    expected = move(expected);
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect.poll(() => shownBounds(page), { message: button }).toEqual(expected);
  }
  // Dragged with Shift, the map moves (east, so the view's centre goes west) and keeps its span; the wheel zooms.
  await page.keyboard.down('Shift');
  await page.mouse.move(...at(0.5, 0.5));
  await page.mouse.down();
  await page.mouse.move(...at(0.56, 0.5), { steps: 4 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect.poll(() => shownBounds(page)).not.toEqual(expected);
  const panned = (await shownBounds(page)) as Bounds;
  expect(boundsCentre(panned)[0]).toBeLessThan(boundsCentre(expected)[0]);
  expect(lonSpan(panned)).toBeCloseTo(lonSpan(expected), 0);
  await page.mouse.wheel(0, -100);
  await expect.poll(() => shownBounds(page)).toEqual(zoomBounds(panned, 1.25));
  await page.mouse.wheel(0, 100);
  await expect.poll(() => shownBounds(page)).toEqual(zoomBounds(zoomBounds(panned, 1.25), 1 / 1.25));
  const bounds = (await shownBounds(page)) as Bounds;

  // India as the subject, China in focus, by clicks on the map; then China labeled.
  const country = (frame: string, code: string) => page.locator(`[data-frame="${frame}"] path.country[data-id="${code}"]`);
  await page.getByLabel('Role to give').selectOption('subject');
  await country('desktop', '356').click({ force: true });
  await expect(country('desktop', '356')).toHaveAttribute('data-role', 'subject');
  await page.getByLabel('Role to give').selectOption('focus');
  await country('desktop', '156').click({ force: true });
  await expect(country('desktop', '156')).toHaveAttribute('data-role', 'focus');
  await page.getByLabel('labels it').check();
  await country('desktop', '156').click({ force: true });
  await expect(page.locator('[data-label="156"]')).toBeVisible();

  // Pakistan by the form; a place label; a layer; the day; the description.
  await page.locator('select[name="add-country"]').selectOption('586');
  await page.locator('select[name="add-role"]').selectOption('counterpart');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.locator('select[name="add-place"]').selectOption('galwan-clash');
  await page.locator('input[name="add-place-text"]').fill('Galwan: “clash”, 15 Jun 2020 # approx.');
  await page.getByRole('button', { name: 'Add label' }).click();
  await page.locator('input[name="layer-lac"]').check();
  await page.locator('input[name="asOf"]').fill('2021-03-19');
  const description = 'India and China, with the Line of Actual Control between them: “approximate”, not agreed.';
  await page.locator('textarea[name="description"]').fill(description);
  await expect(page.locator('.picker-output')).toHaveAttribute('data-valid', 'true');

  await page.getByRole('button', { name: 'Copy YAML' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied.');
  const yaml = await page.evaluate(() => navigator.clipboard.readText());
  expect(yaml).toBe(await page.locator('#picker-yaml').inputValue());
  expect(readStep(yaml)).toEqual({
    scene: 'sino-indian-border',
    view: { bounds },
    asOf: '2021-03-19',
    layers: [{ id: 'lac' }],
    highlight: [
      { country: '356', role: 'subject' },
      { country: '156', role: 'focus' },
      { country: '586', role: 'counterpart' },
    ],
    labels: [{ country: '156' }, { place: 'galwan-clash', text: 'Galwan: “clash”, 15 Jun 2020 # approx.' }],
    description,
    since: [],
    key: [],
    sources: [],
  });

  // Both previews draw the step as picked.
  for (const frame of ['phone', 'desktop']) {
    await expect(country(frame, '586')).toHaveAttribute('data-role', 'counterpart');
    await expect(page.locator(`[data-frame="${frame}"] path.line[data-layer="lac"]`).first()).toBeAttached();
    await expect(page.locator(`[data-frame="${frame}"] svg`)).toHaveAttribute('aria-label', description);
  }
  // The key, as the build derives it; and the build's word on a role the scene's legend does not explain.
  await expect(page.locator('.picker-key [data-key="role:subject"]')).toHaveText('India');
  await expect(page.locator('.picker-key [data-key="role:focus"]')).toHaveText('China');
  await expect(page.locator('.picker-problems')).toContainText('draws countries as "counterpart", which the key does not explain');
  expect(errors).toEqual([]);
});

test('a story step picked up unchanged is written back as its file has it, on a page axe finds no fault with', async ({ page }) => {
  const file = readFileSync('content/steps/150-sino-indian-border.md', 'utf8');
  const step = stepSchema.parse(parseFrontmatter(file).frontmatter);
  const errors = await openScene(page, 'sino-indian-border');
  await page.getByLabel('Start from', { exact: true }).selectOption('sino-indian-border');
  await expect(page.locator('.picker-output')).toHaveAttribute('data-valid', 'true');
  expect(readStep(await page.locator('#picker-yaml').inputValue())).toEqual(stepSchema.parse(pickedFromStep(step)));
  await expect(page.locator('[data-frame="phone"] path.country[data-id="356"]')).toHaveAttribute('data-role', 'subject');
  await expect(page.locator('.picker-key [data-key="style:line:lac"]')).toBeVisible();
  await expect(page.locator('.picker-problems')).toHaveCount(0);
  expect(await axeViolations(page, ['main'])).toEqual([]);
  expect(errors).toEqual([]);
});

test('every story step, taken up in the picker, is written back as its file has it, with the key the build gives it', async ({ page }) => {
  const steps = readdirSync('content/steps')
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ anchor: f.replace(/^\d+-|\.md$/g, ''), step: stepSchema.parse(parseFrontmatter(readFileSync(`content/steps/${f}`, 'utf8')).frontmatter) }));
  const errors = await openScene(page, steps[0].step.scene);
  let scene = steps[0].step.scene;
  /** The key the build gives a step: its scene's published map data, as the dev server serves it. */
  const builtKey = async (anchor: string) => {
    const { states } = (await (await page.request.get(`data/${scene}.json`)).json()) as SceneJson;
    return states.find((s) => s.step === anchor)?.key.map((entry) => entry.key);
  };
  for (const { anchor, step } of steps) {
    if (step.scene !== scene) {
      scene = step.scene;
      await page.getByLabel('Scene', { exact: true }).selectOption(scene);
      await expect(page.locator(`.picker[data-scene="${scene}"]`)).toBeVisible();
    }
    await page.getByLabel('Start from', { exact: true }).selectOption(anchor);
    const written = stepSchema.parse(pickedFromStep(step));
    await expect.poll(async () => readStep(await page.locator('#picker-yaml').inputValue()), { message: anchor }).toEqual(written);
    await expect(page.locator('.picker-output'), anchor).toHaveAttribute('data-valid', 'true');
    await expect(page.locator('.picker-problems'), anchor).toHaveCount(0);
    const keys = page.locator('.picker-key li[data-key]');
    expect(await keys.evaluateAll((items) => items.map((li) => li.getAttribute('data-key'))), anchor).toEqual(await builtKey(anchor));
    await expect(page.locator('[data-frame="desktop"] svg'), anchor).toHaveAttribute('aria-label', step.description);
  }
  expect(errors).toEqual([]);
});
