/** With JavaScript switched off the whole article and every step are there, each step followed by its own map. */
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

test('the story is one column, each step with its own map: no sticky map holds the first step\'s beside the others', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('figure.story-map')).toBeHidden();
  // The hint for screen readers names the J and K keys, which need the script: it is not read.
  await expect(page.locator('#keyboard-hint')).toHaveCSS('display', 'none');
  // The page's width, less any scrollbar.
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  for (const anchor of [ANCHORS[0], ANCHORS.at(-1)!]) {
    const step = page.locator(`section.step[id="${anchor}"]`);
    await step.scrollIntoViewIfNeeded();
    await expect(step.locator('img.step-map-image')).toBeVisible();
    // The card stands in the middle of the screen, not in a column beside an empty one.
    const card = (await step.locator('.step-card').boundingBox())!;
    expect(Math.abs(card.x + card.width / 2 - width / 2), `${anchor}: the card's centre`).toBeLessThanOrEqual(2);
  }
});

test('a link to a step brings it to the top of the screen, with nothing over it', async ({ page }) => {
  const anchor = ANCHORS[Math.floor(ANCHORS.length / 2)];
  await page.goto(`./#${anchor}`);
  // Just below the top: room for its focus ring, and no map box above it.
  const top = () => page.locator(`section.step[id="${anchor}"]`).evaluate((el) => el.getBoundingClientRect().top);
  await expect.poll(async () => { const t = await top(); return t >= 0 && t <= 16; }, { message: 'the step\'s top within 16 px of the screen\'s' }).toBe(true);
});
