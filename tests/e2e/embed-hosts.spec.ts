/**
 * Our embeds in host pages nobody here wrote: one using pym.js's Parent (made by hand and by its auto-init), one
 * using @newswire/frames (a Framer and its auto-init), and one pasting our embed code (two embeds and a forging
 * frame). In each the iframes are as tall as their
 * content at a phone's and a desktop's width, after a resize, and after stepping to a longer caption.
 */
import { expect, test, type Page } from '@playwright/test';
import { embedFrame, expectSizedToContent, openHost, startHosts, STEPPER_PATH, STILL_PATH, stepThrough, widthsFor, type Hosts } from './embeds';

let hosts: Hosts;
test.beforeAll(async () => {
  hosts = await startHosts();
});
test.afterAll(async () => {
  await hosts.close();
});

async function checkHost(page: Page, project: string): Promise<void> {
  const [first, second] = widthsFor(project);
  for (const container of ['#stepper', '#still']) await expectSizedToContent(page, container, `at ${first} px`);
  await page.setViewportSize({ width: second, height: 800 });
  for (const container of ['#stepper', '#still']) await expectSizedToContent(page, container, `after resizing to ${second} px`);
  await stepThrough(page, '#stepper');
}

for (const host of ['pym', 'frames']) {
  test(`a page using ${host === 'pym' ? 'pym.js' : '@newswire/frames'} sizes a stepper and a still to their content`, async ({ page, baseURL }, testInfo) => {
    await page.setViewportSize({ width: widthsFor(testInfo.project.name)[0], height: 800 });
    await openHost(page, hosts, `${host}-host.html`, { STEPPER: new URL(STEPPER_PATH, baseURL).href, STILL: new URL(STILL_PATH, baseURL).href });
    await expect(page.locator('#stepper iframe')).toHaveAttribute('title', 'Stepper map');
    await expect(page.locator('#still iframe')).toHaveAttribute('title', 'Still map');
    await checkHost(page, testInfo.project.name);
  });
}

test('our embed code sizes two embeds on one page and ignores forged height messages', async ({ page, baseURL }, testInfo) => {
  const site = new URL(baseURL ?? '');
  // The code a producer copies from the gallery, pointed at this test's server.
  await page.goto('embeds/');
  const code = async (id: string) => {
    const value = await page.locator(`#${id}`).inputValue();
    return value.replace(/https?:\/\/[^/"]+/g, site.origin);
  };
  const sceneOf = (path: string) => path.split('/')[1];
  const values = {
    STEPPER: await code(`code-${sceneOf(STEPPER_PATH)}-script`),
    STILL: await code(`code-${sceneOf(STILL_PATH)}-${STILL_PATH.split('/')[2]}-script`),
  };
  await page.setViewportSize({ width: widthsFor(testInfo.project.name)[0], height: 800 });
  await openHost(page, hosts, 'script-host.html', values);

  for (const container of ['#stepper', '#still']) {
    const iframe = page.locator(`${container} iframe`);
    await expect(iframe).toHaveCount(1);
    await expect(iframe).toHaveAttribute('title', /^Map: /);
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    await expect(page.locator(`${container} a`), 'the fallback link gives way to the iframe').toHaveCount(0);
  }
  const [stepperSrc, stillSrc] = await Promise.all(['#stepper', '#still'].map((c) => page.locator(`${c} iframe`).getAttribute('src')));
  expect(stepperSrc).toBe(new URL(STEPPER_PATH, baseURL).href);
  expect(stillSrc).toBe(new URL(STILL_PATH, baseURL).href);

  // The forger keeps posting heights in both forms; the page also posts some to itself.
  const forged = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const forger = document.getElementById('forger') as HTMLIFrameElement;
        let count = 0;
        window.addEventListener('message', (event) => {
          if (event.source === forger.contentWindow) count += 1;
        });
        window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 2000 }, '*');
        window.postMessage('pymxPYMxstepperxPYMxheightxPYMx2000', '*');
        setTimeout(() => resolve(count), 1000);
      }),
  );
  expect(forged, 'the forger posted messages').toBeGreaterThan(5);
  await checkHost(page, testInfo.project.name);

  // After all that, both embeds are still their own height, not a forged one.
  for (const container of ['#stepper', '#still']) {
    const height = await expectSizedToContent(page, container, 'after the forged messages');
    expect(height).toBeLessThan(2000);
  }
  await expect((await embedFrame(page, '#stepper')).locator('.map-live')).toHaveAttribute('data-ready', 'true');
});
