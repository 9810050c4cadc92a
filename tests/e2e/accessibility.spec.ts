/** axe-core finds no accessibility violations on the story page, at load and at map states that add parts. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { expectMapShows, loadStates, openStory, scrollStepToCentre, stepScenes } from './story';

// Evaluated rather than added as a <script>: the page's Content-Security-Policy (rightly) refuses inline scripts.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/** Runs axe on the whole page and returns its violations, one readable line per failing node. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    interface Node { target: string[]; failureSummary?: string }
    interface Violation { id: string; impact: string | null; help: string; nodes: Node[] }
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
    );
  });
}

test('no violations when the story loads', async ({ page }) => {
  await openStory(page);
  expect(await axeViolations(page)).toEqual([]);
});

for (const anchor of ['aerospace-integration', 'nato-report']) {
  test(`no violations with the map at "${anchor}"`, async ({ page, request }) => {
    await openStory(page);
    const states = await loadStates(request, (await stepScenes(page)).values());
    await scrollStepToCentre(page, anchor);
    await expectMapShows(page, states.get(anchor)!);
    if (anchor === 'aerospace-integration') await expect(page.locator('.map-live svg.map g.moon-inset')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('no violations in dark mode', async ({ page, request }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openStory(page);
  const states = await loadStates(request, (await stepScenes(page)).values());
  await scrollStepToCentre(page, 'aerospace-integration');
  await expectMapShows(page, states.get('aerospace-integration')!);
  expect(await axeViolations(page)).toEqual([]);
});
