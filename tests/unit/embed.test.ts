import { describe, expect, it } from 'vitest';
import {
  EMBED_LAYOUTS,
  EMBED_SRC_ATTRIBUTE,
  EMBED_TITLE_ATTRIBUTE,
  embedDrawingBands,
  embedLayout,
  embedMapHeight,
  embedCodes,
  embedPath,
  EMBED_WAYS,
  fixedEmbedHeight,
  fixedEmbedHeights,
  FIXED_EMBED_WIDTH,
  framesEmbedCode,
  iframeEmbedCode,
  initialEmbedHeight,
  pymEmbedCode,
  scriptEmbedCode,
  siteUrl,
  type EmbedCaption,
  type EmbedCodeSource,
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

describe('embedDrawingBands', () => {
  it('embedDrawingBands() is one band per layout, named as the layout and drawn at its frame', () => {
    expect(embedDrawingBands()).toEqual(EMBED_LAYOUTS.map((l) => ({ name: l.name, size: l.frame })));
    expect(embedDrawingBands().map((b) => b.size.width)).toEqual([280, 421, 631, 946]);
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

describe('pymEmbedCode', () => {
  it('pymEmbedCode(embed, id) is the container pym.js auto-inits, with its id, src and title', () => {
    expect(pymEmbedCode({ src: 'https://e.org/embed/x/?theme=dark', title: 'Map: X' }, 'china-russia-x')).toBe(
      '<div id="china-russia-x" data-pym-src="https://e.org/embed/x/?theme=dark" data-pym-title="Map: X"></div>\n<!-- then the pym.js script your page already loads -->',
    );
  });

  it('pymEmbedCode(markup characters) escapes them', () => {
    const code = pymEmbedCode({ src: 'https://e.org/?a=1&b=2', title: 'A "B" <c>' }, 'x"y');
    expect(code).toContain('id="x&quot;y" data-pym-src="https://e.org/?a=1&amp;b=2" data-pym-title="A &quot;B&quot; &lt;c&gt;"');
  });
});

describe('framesEmbedCode', () => {
  it('framesEmbedCode(embed) is the container @newswire/frames auto-inits, titled', () => {
    expect(framesEmbedCode({ src: 'https://e.org/embed/x/?caption=none', title: 'Map: X & Y' })).toBe(
      '<div data-frame-src="https://e.org/embed/x/?caption=none" data-frame-attribute-title="Map: X &amp; Y"></div>\n<!-- then your page’s @newswire/frames: autoInitFrames() -->',
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

describe('fixedEmbedHeight with a caption option', () => {
  const withSources = (text: string, publishers: number): EmbedCaption => ({
    ...caption(text, 'y'.repeat(200)),
    sources: Array.from({ length: publishers }, (_, i) => ({ publisher: `Publisher number ${i}`, url: `https://p${i}.example/` })),
  });

  it("fixedEmbedHeight(…, 'full') is the default", () => {
    const captions = [withSources('x'.repeat(400), 3)];
    expect(fixedEmbedHeight(captions, 'still', 'full')).toBe(fixedEmbedHeight(captions, 'still'));
  });

  it("fixedEmbedHeight(…, 'short') leaves out the text and notes, 'none' the sources too; both still hold the map", () => {
    for (const kind of ['still', 'stepper'] as const) {
      const captions = [withSources('x'.repeat(400), 3), withSources('Short.', 1)];
      const full = fixedEmbedHeight(captions, kind, 'full');
      const short = fixedEmbedHeight(captions, kind, 'short');
      const none = fixedEmbedHeight(captions, kind, 'none');
      expect(short, kind).toBeLessThan(full);
      expect(none, kind).toBeLessThan(short);
      expect(none, kind).toBeGreaterThan(embedMapHeight(FIXED_EMBED_WIDTH));
      expect([full % 10, short % 10, none % 10]).toEqual([0, 0, 0]);
    }
  });

  it("fixedEmbedHeight(…, 'short') grows with the longest list of sources; 'none' does not", () => {
    expect(fixedEmbedHeight([withSources('a', 20)], 'still', 'short')).toBeGreaterThan(fixedEmbedHeight([withSources('a', 1)], 'still', 'short'));
    expect(fixedEmbedHeight([withSources('a', 20)], 'still', 'none')).toBe(fixedEmbedHeight([withSources('a', 1)], 'still', 'none'));
  });

  it('fixedEmbedHeights(captions, kind) is the height for each caption option', () => {
    const captions = [withSources('x'.repeat(300), 4)];
    expect(fixedEmbedHeights(captions, 'stepper')).toEqual({
      full: fixedEmbedHeight(captions, 'stepper', 'full'),
      short: fixedEmbedHeight(captions, 'stepper', 'short'),
      none: fixedEmbedHeight(captions, 'stepper', 'none'),
    });
  });
});

describe('embedCodes', () => {
  const stepper: EmbedCodeSource = {
    src: 'https://e.org/g/embed/lunar/',
    title: 'Map: Lunar, step by step',
    fixedHeights: { full: 900, short: 700, none: 600 },
    scriptUrl: 'https://e.org/g/embed.js',
    pymId: 'china-russia-lunar',
    steps: ['one', 'two', 'three'],
  };
  const still: EmbedCodeSource = { ...stepper, src: 'https://e.org/g/embed/lunar/two/', pymId: 'china-russia-lunar-two', steps: [] };

  it('embedCodes(source) is every way with the plain URL and the full caption’s height', () => {
    const codes = embedCodes(stepper);
    expect(Object.keys(codes)).toEqual([...EMBED_WAYS]);
    expect(codes.link).toBe(stepper.src);
    expect(codes.script).toBe(scriptEmbedCode({ src: stepper.src, title: stepper.title }, stepper.scriptUrl));
    expect(codes.iframe).toBe(iframeEmbedCode({ src: stepper.src, title: stepper.title }, 900));
    expect(codes.pym).toBe(pymEmbedCode({ src: stepper.src, title: stepper.title }, 'china-russia-lunar'));
    expect(codes.frames).toBe(framesEmbedCode({ src: stepper.src, title: stepper.title }));
  });

  it('embedCodes(source, options) carries the options in the URL of every way, and the iframe gets their height', () => {
    const codes = embedCodes(stepper, { theme: 'dark', caption: 'none', step: 'three' });
    const url = `${stepper.src}?theme=dark&caption=none&step=three`;
    expect(codes.link).toBe(url);
    const escaped = url.replaceAll('&', '&amp;');
    for (const way of ['script', 'iframe', 'pym', 'frames'] as const) {
      expect(codes[way], way).toContain(`"${escaped}"`);
      expect(codes[way], way).not.toContain(stepper.src + '"');
    }
    expect(codes.iframe).toContain('height="600"');
  });

  it('embedCodes(source, step of the first step) leaves it out; a still never takes a step', () => {
    expect(embedCodes(stepper, { step: 'one' }).link).toBe(stepper.src);
    expect(embedCodes(still, { step: 'three', caption: 'short' }).link).toBe(`${still.src}?caption=short`);
  });
});
