/** With JavaScript switched off the whole article, every step and the server-rendered map are there. */
import { expect, test } from '@playwright/test';
import { ANCHORS, ARTICLE, normalise } from './story';

test.use({ javaScriptEnabled: false });

const headline = ARTICLE[0];
/** Page furniture and the credit line, not article text. */
const furniture = new Set(['Source: with Agencies', 'All comments.']);
const body = ARTICLE.slice(1).filter((p) => !furniture.has(p));
/** A subheading is a line that does not end a sentence. */
const isSubheading = (p: string) => !/[.!?"”’]$/.test(p);
const subheadings = body.filter(isSubheading);
const paragraphs = body.filter((p) => !isSubheading(p));

test('the article as delivered has the parts these tests expect', () => {
  expect(ARTICLE).toContain('All comments.');
  expect(ARTICLE).toContain('Source: with Agencies');
  expect(subheadings).toEqual(['The limits of cooperation between China and Russia']);
  expect(paragraphs).toHaveLength(13);
});

test('the headline block and every step are in the page', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('main#story header.story-header h1')).toHaveText(headline);
  await expect(page.locator('header.story-header .dek')).not.toBeEmpty();
  await expect(page.locator('header.story-header time[datetime^="2021-03"]')).toHaveCount(1);
  await expect(page.locator('header.story-header .credit')).toContainText('with Agencies');

  const steps = page.locator('section.step');
  expect(await steps.evaluateAll((els) => els.map((el) => el.id))).toEqual(ANCHORS);
  for (const anchor of ANCHORS) {
    const step = page.locator(`section.step[id="${anchor}"]`);
    await expect(step.locator('.prose')).not.toBeEmpty();
    await expect(step.locator('.prose')).toBeVisible();
    await expect(step.locator('p.map-description')).toHaveText(/^Map: \S/);
  }
  // Every step's source links lead to an entry of the sources list; each step also links to "About these maps".
  await expect(page.locator('p.step-sources a[href="#about-maps"]')).toHaveCount(ANCHORS.length);
  const targets = await page.locator('p.step-sources a:not([href="#about-maps"])').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(targets.length).toBeGreaterThanOrEqual(ANCHORS.length);
  for (const href of new Set(targets)) {
    expect(href).toMatch(/^#source-/);
    await expect(page.locator(`section#sources li[id="${href.slice(1)}"]`)).toHaveCount(1);
  }
});

test('the whole article is there, in order and word for word', async ({ page }) => {
  await page.goto('./');
  const prose = await page.locator('section.step .prose').evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
  expect(normalise(prose.join(' '))).toBe(normalise(paragraphs.join(' ')));
  // No article text stands outside the steps' prose except the headline and the subheading.
  for (const sub of subheadings) {
    const heading = page.locator('h2.section-heading', { hasText: sub });
    await expect(heading).toHaveCount(1);
    expect(normalise(await heading.innerText())).toBe(normalise(sub));
    // It opens the paragraph that follows it in the article.
    const next = paragraphs[body.indexOf(sub) - subheadings.indexOf(sub)];
    const firstWords = normalise(next).split(' ').slice(0, 6).join(' ');
    const following = await heading.evaluate((h) => {
      let el = h.nextElementSibling;
      while (el && !el.matches('section.step')) el = el.nextElementSibling;
      return el ? (el.querySelector('.prose') as HTMLElement).innerText : '';
    });
    expect(normalise(following).startsWith(firstWords)).toBe(true);
  }
});

test('the server-rendered map of the first step is there and visible', async ({ page, request }) => {
  await page.goto('./');
  const svg = page.locator('figure.story-map .map-static svg.map').filter({ visible: true });
  await expect(svg).toHaveCount(1);
  await expect(svg).toHaveAttribute('role', 'img');
  // The countries are the geometry every band of screen sizes places (src/lib/render/static-drawing.ts).
  const geometry = page.locator('figure.story-map .map-static .map-geometry');
  expect(await geometry.locator('path.country').count()).toBeGreaterThan(10);
  await expect(geometry.locator('path.country[data-id="156"]')).toHaveAttribute('data-role', 'founder');
  await expect(geometry.locator('path.country[data-id="643"]')).toHaveAttribute('data-role', 'founder');
  await expect(svg.locator('use')).toHaveCount(1);
  await expect(svg.locator('circle.marker')).not.toHaveCount(0);
  await expect(page.locator('.map-static .map-key')).toBeAttached();

  const first = ANCHORS[0];
  const scene = await page.locator(`section.step[id="${first}"]`).getAttribute('data-scene');
  const data = (await (await request.get(`data/${scene}.json`)).json()) as { states: { step: string; description: string; roles: [string, string][] }[] };
  const state = data.states.find((s) => s.step === first)!;
  await expect(svg).toHaveAttribute('aria-label', state.description);
  const roles = await geometry.locator('path.country[data-role]').evaluateAll((ps) => ps.map((p) => `${p.getAttribute('data-id')}:${p.getAttribute('data-role')}`).sort());
  expect(roles).toEqual(state.roles.map(([code, role]) => `${code}:${role}`).sort());
  // Without the island nothing covers the static map.
  await expect(page.locator('.map-live svg.map')).toHaveCount(0);
});
