/**
 * Our embeds in host pages nobody here wrote: one using pym.js's Parent (made by hand and by its auto-init), one
 * using @newswire/frames (a Framer and its auto-init), and one pasting our embed code (two embeds and a forging
 * frame). In each the iframes are as tall as their
 * content at a phone's and a desktop's width, after a resize, and after stepping to a longer caption.
 */
import { expect, test, type Page } from '@playwright/test';
import { wakeLiveMap } from './site';
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

/** Opens the host page that pastes our embed code, as a producer copies it from the gallery, pointed at this test's server. */
async function openScriptHost(page: Page, baseURL: string | undefined, project: string): Promise<void> {
  const site = new URL(baseURL ?? '');
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
  await page.setViewportSize({ width: widthsFor(project)[0], height: 800 });
  await openHost(page, hosts, 'script-host.html', values);
}

test('our embed code sizes two embeds on one page and ignores forged height messages', async ({ page, baseURL }, testInfo) => {
  await openScriptHost(page, baseURL, testInfo.project.name);

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

  // The forger keeps posting heights in both forms; the page also posts some to itself. Wait until the host page
  // has received six of the forger's, however long a busy machine takes to send them.
  const forged = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const forger = document.getElementById('forger') as HTMLIFrameElement;
        let count = 0;
        window.addEventListener('message', (event) => {
          if (event.source === forger.contentWindow && ++count === 6) resolve(count);
        });
        window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 2000 }, '*');
        window.postMessage('pymxPYMxstepperxPYMxheightxPYMx2000', '*');
      }),
  );
  expect(forged, 'the forger posted messages').toBeGreaterThan(5);
  await checkHost(page, testInfo.project.name);

  // After all that, both embeds are still their own height, not a forged one.
  for (const container of ['#stepper', '#still']) {
    const height = await expectSizedToContent(page, container, 'after the forged messages');
    expect(height).toBeLessThan(2000);
  }
  await wakeLiveMap(await embedFrame(page, '#stepper'));
});

test('our host script ignores malformed heights from its own embeds and every height from a frame it did not make', async ({ page, baseURL }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openScriptHost(page, baseURL, testInfo.project.name);
  const stepper = await embedFrame(page, '#stepper');
  await wakeLiveMap(stepper);
  const before: Record<string, number> = {};
  for (const container of ['#stepper', '#still']) before[container] = await expectSizedToContent(page, container, 'at first');
  // Every height the host script gives either iframe from now on.
  await page.evaluate(() => {
    const given: string[] = [];
    (window as unknown as { given: string[] }).given = given;
    const observer = new MutationObserver((records) => records.forEach((r) => given.push((r.target as HTMLIFrameElement).style.height)));
    for (const iframe of document.querySelectorAll('#stepper iframe, #still iframe')) observer.observe(iframe, { attributeFilter: ['style'] });
  });
  const given = () => page.evaluate(() => (window as unknown as { given: string[] }).given);
  // Which senders' closing marks have reached the page. Messages from one window arrive in the order it sent them,
  // and the host script's listener, added before this one, handles each message first (and at once): once a
  // sender's mark is in, the host has read everything that sender posted before it.
  const MARK = 'host-test: the messages before this are all sent';
  await page.evaluate((mark) => {
    const marked = new Set<MessageEventSource | null>();
    (window as unknown as { marked: typeof marked }).marked = marked;
    window.addEventListener('message', (event) => {
      if (event.data === mark) marked.add(event.source);
    });
  }, MARK);

  // From the embed's own window and origin, so that only reading the message can tell it apart.
  const hostile = '"><img src=x onerror=alert(1)>';
  await stepper.evaluate((hostile) => {
    const amp = (height: unknown) => ({ sentinel: 'amp', type: 'embed-size', height });
    const pym = (value: string) => `pymxPYMxstepperxPYMxheightxPYMx${value}`;
    const battery: unknown[] = [
      amp(-500), amp(Number.NaN), amp('NaN'), amp(1e9), amp('1e9'), amp('Infinity'), amp('500; background:url(x)'), amp('50%'),
      amp(null), amp([1234]), amp({}), amp(20), amp(10_001), amp(hostile), { type: 'embed-size', height: 1234 }, { sentinel: 'amp', type: 'embed-size' },
      pym('-200'), pym('abc'), pym('9'.repeat(400)), pym(hostile), pym(''), `pymxPYMx${'a'.repeat(100_000)}xPYMxheightxPYMx1234`,
      'x'.repeat(200_000), hostile, 'hello', '', null, 42, true, [hostile],
    ];
    for (const data of battery) window.parent.postMessage(data, '*');
  }, hostile);
  await stepper.evaluate((mark) => window.parent.postMessage(mark, '*'), MARK);

  // A frame of the site's own origin that the script did not make (a still embed added by hand) posting sane heights.
  const still = new URL(STILL_PATH, baseURL).href;
  await page.evaluate((src) => {
    const frame = Object.assign(document.createElement('iframe'), { id: 'lookalike', src, title: 'Lookalike' });
    document.body.append(frame);
  }, still);
  const lookalike = await (await page.locator('#lookalike').elementHandle())?.contentFrame();
  if (!lookalike) throw new Error('no lookalike frame');
  await lookalike.waitForLoadState('load');
  await lookalike.evaluate(() => {
    for (const id of ['stepper', 'still', '']) window.parent.postMessage(`pymxPYMx${id}xPYMxheightxPYMx1234`, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 1234 }, '*');
  });
  await lookalike.evaluate((mark) => window.parent.postMessage(mark, '*'), MARK);

  // Both senders' marks in: the host has read the battery and the lookalike's heights.
  await page.waitForFunction(() => (window as unknown as { marked: Set<unknown> }).marked.size === 2);
  // At most the embeds' own reports of their true heights were applied meanwhile.
  const allowed = new Set(Object.values(before).map((h) => `${h}px`));
  expect((await given()).filter((h) => !allowed.has(h))).toEqual([]);
  for (const container of ['#stepper', '#still']) {
    expect(await expectSizedToContent(page, container, 'after the battery'), container).toBe(before[container]);
  }
  expect(await page.content()).not.toContain('onerror');
  expect(errors).toEqual([]);

  // A sane height from the embed itself is taken (until the embed, resized, reports its true height again).
  await stepper.evaluate(() => window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 1234 }, '*'));
  await expect.poll(given).toContain('1234px');
});
