/**
 * Each step's "What the map shows" (MapData.astro): its lists and tables, a fifth of the story's elements, are put in
 * the page when the reader opens them (src/browser/map-data-text.ts); without JavaScript they are in it from the
 * start. In the desktop project only: the page's markup is the same at every width.
 */
import { expect, test } from '@playwright/test';
import { ANCHORS } from './story';

test('with JavaScript, a step\'s "What the map shows" is text until opened, then its lists and tables, kept once put in', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('./');
  const details = page.locator('section.step details.map-data');
  await expect(details).toHaveCount(ANCHORS.length);
  // Closed: the summary, and the rest as the noscript's text.
  expect(await details.evaluateAll((els) => els.map((el) => [...el.children].map((c) => c.tagName.toLowerCase()).join(' ')))).toEqual(ANCHORS.map(() => 'summary noscript'));
  for (const [i, anchor] of ANCHORS.entries()) {
    const one = details.nth(i);
    await one.locator('summary').click();
    await expect(one.locator('noscript'), anchor).toHaveCount(0);
    await expect(one.locator('.map-data-heading, ul, table').first(), anchor).toBeVisible();
    const text = await one.innerText();
    // Closed and opened again: the same, put in once.
    await one.locator('summary').click();
    await one.locator('summary').click();
    expect(await one.innerText(), anchor).toBe(text);
  }
});

test('without JavaScript, every step\'s "What the map shows" has its lists and tables in the page', { tag: '@desktop' }, async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  const details = page.locator('section.step details.map-data');
  await expect(details).toHaveCount(ANCHORS.length);
  const lists = await details.evaluateAll((els) => els.map((el) => el.querySelectorAll('.map-data-heading, ul, table').length));
  expect(lists.filter((n) => n === 0), 'steps whose lists are not in the page').toEqual([]);
  await details.first().locator('summary').click();
  await expect(details.first().locator('.map-data-heading, ul, table').first()).toBeVisible();
  await context.close();
});
