/**
 * Paste-a-link embeds: a discovery client as the oEmbed spec describes one finds the embed page's
 * `<link rel="alternate" type="application/json+oembed">`, fetches the response, checks every field, and puts its
 * `html` in a host page from another origin, where the map shows, sized to its content.
 */
import { expect, test } from '@playwright/test';
import { expectSizedToContent, openHost, startHosts, STEPPER_PATH, STILL_PATH, type Hosts } from './embeds';

let hosts: Hosts;
test.beforeAll(async () => {
  hosts = await startHosts();
});
test.afterAll(async () => {
  await hosts.close();
});

/** A PNG's size, from its IHDR chunk. */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

for (const [kind, path] of [
  ['stepper', STEPPER_PATH],
  ['still', STILL_PATH],
] as const) {
  test(`pasting a ${kind}'s URL: its oEmbed response is found, complete, and its html shows the map sized in the host page`, async ({ page, request, baseURL }) => {
    const pageUrl = new URL(path, baseURL).href;
    const html = await (await request.get(pageUrl)).text();
    const links = [...html.matchAll(/<link\b[^>]*type="application\/json\+oembed"[^>]*>/g)].map((m) => m[0]);
    expect(links).toHaveLength(1);
    expect(links[0]).toContain('rel="alternate"');
    const href = /\bhref="([^"]+)"/.exec(links[0])?.[1] ?? '';
    expect(new URL(href).href).toBe(href);

    const response = await request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const oembed = await response.json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
    for (const field of ['title', 'provider_name', 'provider_url', 'html', 'thumbnail_url']) {
      expect(typeof oembed[field], field).toBe('string');
      expect(oembed[field].length, field).toBeGreaterThan(0);
    }
    for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height', 'cache_age']) {
      expect(Number.isInteger(oembed[field]) && oembed[field] > 0, field).toBe(true);
    }
    expect(oembed.title).toMatch(/^Map: /);
    expect(oembed.html).toContain(`<iframe src="${pageUrl}"`);
    expect(oembed.html).toContain(`height="${oembed.height}"`);
    expect(oembed.html).toContain('loading="lazy"');
    expect((await request.get(oembed.provider_url)).status()).toBe(200);
    const thumbnail = await request.get(oembed.thumbnail_url);
    expect(thumbnail.headers()['content-type']).toBe('image/png');
    expect(pngSize(await thumbnail.body())).toEqual([oembed.thumbnail_width, oembed.thumbnail_height]);

    await page.setViewportSize({ width: 800, height: 900 });
    await openHost(page, hosts, 'oembed-host.html', { EMBED: oembed.html });
    const iframe = page.locator('#pasted iframe');
    await expect(iframe).toHaveCount(1);
    await expect(iframe).toHaveAttribute('title', oembed.title);
    await expect(page.frameLocator('#pasted iframe').locator('.embed-map svg.map:visible')).toHaveCount(1);
    // The host script in the html took the pasted iframe (its own would have no height attribute) and sizes it to
    // its content.
    await expectSizedToContent(page, '#pasted', 'from the host script the oEmbed html brings');
    await expect(iframe).toHaveAttribute('height', String(oembed.height));

    // A content system that strips scripts keeps the iframe at the response's height, the map showing.
    await openHost(page, hosts, 'oembed-host.html', { EMBED: oembed.html.replace(/<script\b[^>]*><\/script>/, '') });
    await expect(page.frameLocator('#pasted iframe').locator('.embed-map svg.map:visible')).toHaveCount(1);
    expect(await page.locator('#pasted iframe').evaluate((el) => el.getBoundingClientRect().height)).toBe(oembed.height);
  });
}
