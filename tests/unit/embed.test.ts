import { describe, expect, it } from 'vitest';
import {
  EMBED_LAYOUTS,
  EMBED_SRC_ATTRIBUTE,
  EMBED_TITLE_ATTRIBUTE,
  embedLayout,
  embedMapHeight,
  embedPath,
  fixedEmbedHeight,
  FIXED_EMBED_WIDTH,
  iframeEmbedCode,
  initialEmbedHeight,
  scriptEmbedCode,
  siteUrl,
  type EmbedCaption,
} from '../../src/lib/embed/embed';

const caption = (text: string, since?: string): EmbedCaption => ({ anchor: 'a', text, since: since ? [{ date: '2022-09-26', text: since }] : [], sources: [], storyUrl: 'https://example.org/#a' });

describe('embedLayout', () => {
  it('embedLayout(width) is the first layout whose maxWidth holds the width', () => {
    expect(embedLayout(280).name).toBe('xs');
    for (const [i, layout] of EMBED_LAYOUTS.entries()) {
      if (!Number.isFinite(layout.maxWidth)) continue;
      expect(embedLayout(layout.maxWidth).name).toBe(layout.name);
      expect(embedLayout(layout.maxWidth + 1).name).toBe(EMBED_LAYOUTS[i + 1].name);
    }
    expect(embedLayout(1200).name).toBe('l');
  });
});

describe('embedMapHeight', () => {
  it("embedMapHeight(width) keeps the layout's aspect ratio", () => {
    for (const width of [280, 375, 600, 700, 1000, 1200]) {
      const { frame } = embedLayout(width);
      expect(Math.abs(embedMapHeight(width) - (width * frame.height) / frame.width)).toBeLessThanOrEqual(0.5);
    }
  });
});

describe('initialEmbedHeight', () => {
  it('initialEmbedHeight(width) leaves room below the map and grows with the width within a layout', () => {
    expect(initialEmbedHeight(375)).toBeGreaterThan(embedMapHeight(375));
    expect(initialEmbedHeight(500)).toBeGreaterThan(initialEmbedHeight(375));
    expect(initialEmbedHeight(1000)).toBeGreaterThan(initialEmbedHeight(700));
  });
});

describe('embedPath', () => {
  it('embedPath(scene) is the stepper, embedPath(scene, step) the still', () => {
    expect(embedPath('lunar-partners')).toBe('embed/lunar-partners/');
    expect(embedPath('lunar-partners', 'ilrs-agreement')).toBe('embed/lunar-partners/ilrs-agreement/');
  });
});

describe('siteUrl', () => {
  it('siteUrl(site, base, path) is absolute, under the base', () => {
    expect(siteUrl('https://news.example.org', '/graphics/2021/china-russia/', 'embed/x/')).toBe('https://news.example.org/graphics/2021/china-russia/embed/x/');
    expect(siteUrl(new URL('http://127.0.0.1:4410/'), '/', 'embed.js')).toBe('http://127.0.0.1:4410/embed.js');
  });

  it('siteUrl(site, base) is the base itself', () => {
    expect(siteUrl('https://news.example.org', '/graphics/')).toBe('https://news.example.org/graphics/');
  });
});

describe('scriptEmbedCode', () => {
  it('scriptEmbedCode(embed, scriptUrl) is a placeholder with a fallback link, then the script', () => {
    const code = scriptEmbedCode({ src: 'https://e.org/embed/x/', title: 'Map: X' }, 'https://e.org/embed.js');
    expect(code).toBe(
      [
        `<div ${EMBED_SRC_ATTRIBUTE}="https://e.org/embed/x/" ${EMBED_TITLE_ATTRIBUTE}="Map: X">`,
        '  <a href="https://e.org/embed/x/">Map: X</a>',
        '</div>',
        '<script src="https://e.org/embed.js" async></script>',
      ].join('\n'),
    );
  });

  it('scriptEmbedCode(title with markup characters) escapes them', () => {
    const code = scriptEmbedCode({ src: 'https://e.org/?a=1&b="2"', title: 'A <b> & "C"' }, 'https://e.org/embed.js');
    expect(code).toContain('="https://e.org/?a=1&amp;b=&quot;2&quot;"');
    expect(code).toContain('="A &lt;b&gt; &amp; &quot;C&quot;"');
    expect(code).toContain('>A &lt;b&gt; &amp; "C"</a>');
  });
});

describe('iframeEmbedCode', () => {
  it('iframeEmbedCode(embed, height) is a lazy, titled, borderless iframe at that height', () => {
    expect(iframeEmbedCode({ src: 'https://e.org/embed/x/', title: 'Map: X' }, 720)).toBe(
      '<iframe src="https://e.org/embed/x/" title="Map: X" width="100%" height="720" style="border:0;width:100%;" loading="lazy"></iframe>',
    );
  });
});

describe('fixedEmbedHeight', () => {
  it('fixedEmbedHeight(captions, kind) holds the map at the column width and is a multiple of 10', () => {
    const height = fixedEmbedHeight([caption('Short.')], 'still');
    expect(height).toBeGreaterThan(embedMapHeight(FIXED_EMBED_WIDTH));
    expect(height % 10).toBe(0);
  });

  it('fixedEmbedHeight(…) grows with the longest caption and its since note', () => {
    const short = fixedEmbedHeight([caption('Short.')], 'still');
    const long = fixedEmbedHeight([caption('Short.'), caption('x'.repeat(400))], 'still');
    const withSince = fixedEmbedHeight([caption('x'.repeat(400), 'y'.repeat(200))], 'still');
    expect(long).toBeGreaterThan(short);
    expect(withSince).toBeGreaterThan(long);
  });

  it("fixedEmbedHeight(…, 'stepper') leaves room for the controls", () => {
    expect(fixedEmbedHeight([caption('Short.')], 'stepper')).toBeGreaterThan(fixedEmbedHeight([caption('Short.')], 'still'));
  });
});
