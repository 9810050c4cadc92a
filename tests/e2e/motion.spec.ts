/** Map transitions: animated between steps of a scene, instant when the reader prefers reduced motion. */
import { expect, test, type Page } from '@playwright/test';
import { expectMapShows, expectViewBoxFitsCanvas, loadStates, openStory, scrollStepToCentre, stepScenes } from './story';

const FROM = 'ilrs-agreement';
const TO = 'open-to-partners';

/** One drawn outline of China during a transition: its path and the svg's viewBox. */
interface Frame {
  d: string;
  viewBox: string;
}

/**
 * Scrolls from FROM to TO and records, from the moment the map switches to TO, each different outline drawn
 * for China (one entry per animation frame that changed it) and whether the roles were already TO's then.
 */
async function recordTransition(page: Page) {
  await page.evaluate(
    ([to]) => {
      const w = window as unknown as { transition: Frame[]; rolesAtSwitch: string[] | null };
      w.transition = [];
      w.rolesAtSwitch = null;
      const live = document.querySelector('.map-live')!;
      const china = () => live.querySelector('path.country[data-id="156"]')?.getAttribute('d') ?? '';
      const viewBox = () => live.querySelector('svg.map')?.getAttribute('viewBox') ?? '';
      const roles = () => [...live.querySelectorAll('path.country[data-role]')].map((p) => `${p.getAttribute('data-id')}:${p.getAttribute('data-role')}`).sort();
      const observer = new MutationObserver(() => {
        if (live.getAttribute('data-shown-step') !== to || w.rolesAtSwitch) return;
        observer.disconnect();
        w.rolesAtSwitch = roles();
        const start = performance.now();
        w.transition.push({ d: china(), viewBox: viewBox() });
        const tick = () => {
          const d = china();
          if (d !== w.transition.at(-1)!.d) w.transition.push({ d, viewBox: viewBox() });
          if (performance.now() - start < 2000) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      observer.observe(live, { attributes: true, attributeFilter: ['data-shown-step'] });
      document.getElementById(to)!.scrollIntoView({ block: 'center', behavior: 'instant' });
    },
    [TO],
  );
  await page.waitForFunction(() => (window as unknown as { rolesAtSwitch: unknown }).rolesAtSwitch !== null);
}

test('with reduced motion the map switches to the next step at once', async ({ page, request }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page);
  const states = await loadStates(request, (await stepScenes(page)).values());
  await scrollStepToCentre(page, FROM);
  await expectMapShows(page, states.get(FROM)!);
  await recordTransition(page);
  await expectMapShows(page, states.get(TO)!);
  const { transition, rolesAtSwitch } = await page.evaluate(() => {
    const w = window as unknown as { transition: Frame[]; rolesAtSwitch: string[] };
    return { transition: w.transition, rolesAtSwitch: w.rolesAtSwitch };
  });
  expect(rolesAtSwitch).toEqual(states.get(TO)!.roles.map(([c, r]) => `${c}:${r}`).sort());
  // The first frame drawn for the step is its final one (a redraw for a new canvas size aside).
  expect(transition.filter((f) => f.viewBox === transition[0].viewBox)).toHaveLength(1);
});

test('between steps of a scene the map moves in frames and settles on the new step', async ({ page, request }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openStory(page);
  const states = await loadStates(request, (await stepScenes(page)).values());
  await scrollStepToCentre(page, FROM);
  await expectMapShows(page, states.get(FROM)!);
  const before = await page.locator('.map-live path.country[data-id="156"]').getAttribute('d');
  await recordTransition(page);
  await expectMapShows(page, states.get(TO)!);
  await page.waitForFunction(() => document.querySelector('.map-live svg.map text.label') !== null);
  const transition = await page.evaluate(() => (window as unknown as { transition: Frame[] }).transition);
  const final = await page.locator('.map-live path.country[data-id="156"]').getAttribute('d');
  expect(final).not.toBe(before);
  expect(transition.at(-1)!.d).toBe(final);
  // At least one outline between the first and the last: a movement, not a jump. (How many frames and how
  // long it takes depend on the machine: speed figures are the benchmark's, not a test's.)
  expect(transition.length).toBeGreaterThan(2);
});

test('the map keeps its drawing size from step to step', async ({ page }) => {
  await openStory(page);
  // Steps whose legends differ (founders only; partners; partners, listed and the inset; NATO members).
  const sizes: string[] = [];
  for (const anchor of ['ilrs-agreement', 'open-to-partners', 'aerospace-integration', 'nato-report', 'us-sanctions']) {
    await scrollStepToCentre(page, anchor);
    await expect(page.locator('.map-live')).toHaveAttribute('data-shown-step', anchor);
    await expectViewBoxFitsCanvas(page, `at ${anchor}`);
    sizes.push(`${anchor}: ${await page.locator('.map-live svg.map').getAttribute('viewBox')}`);
  }
  const first = sizes[0].split(': ')[1];
  expect(sizes).toEqual(sizes.map((s) => `${s.split(': ')[0]}: ${first}`));
});
