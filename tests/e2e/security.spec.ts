/**
 * Security and privacy on every page of the build: a Content-Security-Policy that allows scripts by hash only,
 * under which every page still hydrates with no violation or console error; no request to another origin;
 * links that open a new tab do it with rel="noopener". And the embed pages: hostile query parameters never
 * reach the page, and messages that are malformed, forged or from another window change nothing and get no
 * answer.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { STEPPER_PATH, STILL_PATH } from './embeds';
import { isStepper, PAGES, wakeLiveMap } from './site';

/** A childId, parentTitle and parentUrl a hostile host page could pass. */
const HOSTILE = '"><img src=x onerror=alert(1)>';

/** The page's Content-Security-Policy directives, from its meta tag, by name. */
async function policy(page: Page): Promise<Map<string, string[]>> {
  const meta = page.locator('meta[http-equiv="content-security-policy"]');
  await expect(meta, 'one policy per page').toHaveCount(1);
  const content = (await meta.getAttribute('content')) ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

/** The page's frames that hold a page of the site (a lazy iframe not yet scrolled to holds nothing). */
const loadedFrames = (page: Page) => page.frames().filter((frame) => /^https?:/.test(frame.url()));

/** The violations the page's init script recorded (see addInitScript below), across its frames. */
async function recordedViolations(page: Page): Promise<string[]> {
  const all = await Promise.all(
    loadedFrames(page).map((frame) => frame.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])),
  );
  return all.flat();
}

/** Links that open a new browsing context without rel="noopener", in `frame`. */
function unsafeNewTabLinks(frame: Page | Frame): Promise<string[]> {
  return frame.locator('a[target]:not([target="_self"])').evaluateAll((links) =>
    links.filter((a) => !(a.getAttribute('rel') ?? '').split(/\s+/).includes('noopener')).map((a) => a.outerHTML.slice(0, 120)),
  );
}

// In the desktop project only (the policy and the requests do not depend on the width).
test('every page: a strict policy, hydrated without violations or errors, no request to another origin, safe new tabs', { tag: '@desktop' }, async ({ page, baseURL }) => {
  test.setTimeout(150_000);
  const origin = new URL(baseURL ?? '').origin;
  const problems: string[] = [];
  let current = '';
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => w.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`),
      true,
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${current}: console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${current}: page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`${current}: request to another origin: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${current}: HTTP ${response.status()} ${response.url()}`);
  });

  expect(PAGES.length).toBeGreaterThan(20);
  for (const path of PAGES) {
    current = path || '(the story)';
    await page.goto(path);
    const directives = await policy(page);
    expect(directives.get('default-src'), `${current}: default-src`).toEqual(["'self'"]);
    expect(directives.get('object-src'), `${current}: object-src`).toEqual(["'none'"]);
    const scripts = directives.get('script-src') ?? directives.get('default-src') ?? [];
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:']) {
      expect(scripts, `${current}: script-src allows ${unsafe}`).not.toContain(unsafe);
    }
    expect([...directives.values()].flat(), `${current}: nothing allows eval`).not.toContain("'unsafe-eval'");

    // It hydrates under the policy: every island, the live maps, the gallery's host script and copy buttons.
    await expect(page.locator('astro-island[ssr]'), `${current}: islands hydrated`).toHaveCount(0);
    if (path === '' || isStepper(path)) await wakeLiveMap(page);
    if (path === 'embeds/') {
      await expect(page.locator('[data-china-russia-embed-src] iframe')).toHaveCount(await page.locator('[data-china-russia-embed-src]').count());
      await expect(page.locator('button.gallery-copy').first()).toBeVisible();
    }
    if (isStepper(path)) {
      const next = page.getByRole('button', { name: 'Next' });
      while ((await next.count()) > 0 && (await next.getAttribute('aria-disabled')) !== 'true') {
        await next.click();
        problems.push(...(await unsafeNewTabLinks(page)).map((link) => `${current}, after Next: no noopener: ${link}`));
      }
    }
    await page.waitForLoadState('networkidle');
    problems.push(...(await recordedViolations(page)).map((v) => `${current}: CSP violation: ${v}`));
    for (const frame of loadedFrames(page)) problems.push(...(await unsafeNewTabLinks(frame)).map((link) => `${current}: no noopener: ${link}`));
  }
  expect(problems).toEqual([]);
});

for (const path of [STEPPER_PATH, STILL_PATH]) {
  // In the desktop project only (its host frame is 700 px wide on any screen).
  test(`${path} never writes hostile query parameters or message contents into the page, and answers only its parent`, { tag: '@desktop' }, async ({ page, baseURL }) => {
    const dialogs: string[] = [];
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.emulateMedia({ reducedMotion: 'reduce' });

    const query = new URLSearchParams({ initialWidth: '375', childId: HOSTILE, parentTitle: HOSTILE, parentUrl: `https://example.org/${HOSTILE}` });
    const src = `${new URL(path, baseURL).href}?${query}`;
    // A host page that records what the embed sends it, and a second frame (not the embed's parent) beside it.
    await page.setContent(`<!doctype html><html lang="en"><title>Host</title>
      <iframe id="embed" title="Map" style="width:700px;height:900px;border:0"></iframe>
      <iframe id="other" title="Other" srcdoc="<p>Another frame</p>"></iframe>
      <script>
        window.replies = [];
        addEventListener('message', (e) => { if (e.source === document.getElementById('embed').contentWindow) replies.push(e.data); });
      </script></html>`);
    await page.locator('#embed').evaluate((iframe, src) => ((iframe as HTMLIFrameElement).src = src), src);
    const frame = await (await page.locator('#embed').elementHandle())?.contentFrame();
    if (!frame) throw new Error('no embed frame');
    await frame.waitForLoadState('load');
    if (path === STEPPER_PATH) await wakeLiveMap(frame);
    const replies = () => page.evaluate(() => (window as unknown as { replies: unknown[] }).replies.length);
    // Wait until it has said all it says unasked (load, hydration, first draw).
    let settled = -1;
    await expect
      .poll(
        async () => {
          const count = await replies();
          const quiet = count > 0 && count === settled;
          settled = count;
          return quiet;
        },
        { intervals: [700], timeout: 15_000 },
      )
      .toBe(true);
    // The hostile childId went only into the pym message it sends back.
    expect(await page.evaluate(() => (window as unknown as { replies: unknown[] }).replies)).toContain(
      `pymxPYMx${HOSTILE}xPYMxheightxPYMx${await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))}`,
    );
    // The live map prepares its drawings in the background for a while after it first draws: wait until the
    // page is still, so any change after the battery below is the battery's doing.
    let still = '';
    await expect
      .poll(
        async () => {
          const html = await frame.evaluate(() => document.body.innerHTML);
          const quiet = html === still;
          still = html;
          return quiet;
        },
        { intervals: [1_000], timeout: 30_000 },
      )
      .toBe(true);
    const before = await frame.evaluate(() => document.body.innerHTML);

    // Malformed messages from its parent, and valid requests for its height from any window but its parent.
    await page.evaluate((hostile) => {
      const embed = (document.getElementById('embed') as HTMLIFrameElement).contentWindow!;
      const battery: unknown[] = [
        '', 'hello', hostile, `<img src=x onerror=alert(1)>`, 'pymxPYMx', 'pymxPYMxotherxPYMxwidthxPYMx375',
        `pymxPYMx${hostile}xPYMxheightxPYMx500`, `pymxPYMx${hostile}xPYMxwidthxPYMx${'7'.repeat(2000)}`,
        'x'.repeat(200_000), `pymxPYMx${'a'.repeat(5000)}xPYMxwidthxPYMx375`, null, 42, Number.NaN, [hostile],
        { sentinel: 'amp' }, { type: 'frames-init' }, { sentinel: 'AMP', type: 'frames-init' }, { sentinel: 'amp', type: 'frames-init ' },
        { sentinel: 'amp', type: 'embed-size', height: hostile }, { html: hostile, sentinel: 'amp', type: 'resize' },
      ];
      for (const data of battery) embed.postMessage(data, '*');
    }, HOSTILE);
    const other = page.frames().find((f) => f.url() === 'about:srcdoc');
    if (!other) throw new Error('no other frame');
    await other.evaluate((hostile) => {
      for (const data of [{ sentinel: 'amp', type: 'frames-init' }, `pymxPYMx${hostile}xPYMxwidthxPYMx375`]) window.parent.frames[0].postMessage(data, '*');
    }, HOSTILE);
    await frame.evaluate((hostile) => {
      for (const data of [{ sentinel: 'amp', type: 'frames-init' }, `pymxPYMx${hostile}xPYMxwidthxPYMx375`]) window.postMessage(data, '*');
    }, HOSTILE);
    // Then its parent asks properly. Messages reach a window in the order they were sent, so once this one's
    // answer (a pym height, then an AMP size, in one task) is in, the embed has read every message above.
    await page.evaluate(() => (document.getElementById('embed') as HTMLIFrameElement).contentWindow!.postMessage({ sentinel: 'amp', type: 'frames-init' }, '*'));
    const since = () => page.evaluate((from) => (window as unknown as { replies: unknown[] }).replies.slice(from), settled);
    await expect.poll(async () => JSON.stringify((await since()).at(-1) ?? null)).toContain('"type":"embed-size"');
    const answered = await since();
    expect(answered, 'one answer, to the proper request; none to any of the others').toHaveLength(2);
    expect(String(answered[0]), 'the answer is its height').toMatch(/^pymxPYMx.*xPYMxheightxPYMx\d+$/);
    expect(await frame.evaluate(() => document.body.innerHTML), 'the page is unchanged').toBe(before);

    const html = await frame.content();
    for (const part of ['onerror', '<img src=x', 'example.org']) expect(html).not.toContain(part);
    expect(dialogs).toEqual([]);
    expect(requests.filter((url) => /\/x(\?|$)/.test(url))).toEqual([]);
    expect(errors).toEqual([]);
  });
}
