import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EMBED_OPTIONS,
  EMBED_CAPTIONS,
  EMBED_THEMES,
  embedUrlWithOptions,
  MAX_OPTION_LENGTH,
  parseEmbedOptions,
  rootAttributes,
} from '../../src/lib/embed/embed-options';

const STEPS = ['ilrs-agreement', 'open-to-partners', 'joint-statement'];
const DEFAULTS = { theme: 'auto', caption: 'full', step: null };

describe('parseEmbedOptions', () => {
  it('parseEmbedOptions(empty query) is the defaults', () => {
    expect(parseEmbedOptions('')).toEqual(DEFAULTS);
    expect(parseEmbedOptions('?')).toEqual(DEFAULTS);
    expect(DEFAULT_EMBED_OPTIONS).toEqual(DEFAULTS);
  });

  it('parseEmbedOptions(theme=…) takes each theme', () => {
    for (const theme of EMBED_THEMES) expect(parseEmbedOptions(`?theme=${theme}`).theme).toBe(theme);
    expect(EMBED_THEMES).toEqual(['auto', 'light', 'dark']);
  });

  it('parseEmbedOptions(caption=…) takes each caption', () => {
    for (const caption of EMBED_CAPTIONS) expect(parseEmbedOptions(`?caption=${caption}`).caption).toBe(caption);
    expect(EMBED_CAPTIONS).toEqual(['full', 'short', 'none']);
  });

  it("parseEmbedOptions(step=…, steps) takes each of the scene's steps", () => {
    for (const step of STEPS) expect(parseEmbedOptions(`?step=${step}`, STEPS).step).toBe(step);
  });

  it('parseEmbedOptions(all three, with or without the ?, among a pym parent’s parameters) takes all three', () => {
    const expected = { theme: 'dark', caption: 'none', step: 'joint-statement' };
    expect(parseEmbedOptions('?theme=dark&caption=none&step=joint-statement', STEPS)).toEqual(expected);
    expect(parseEmbedOptions('step=joint-statement&caption=none&theme=dark', STEPS)).toEqual(expected);
    expect(
      parseEmbedOptions('?initialWidth=375&childId=map-1&theme=dark&parentTitle=News&caption=none&step=joint-statement&parentUrl=https%3A%2F%2Fexample.org%2F', STEPS),
    ).toEqual(expected);
  });

  it('parseEmbedOptions(unknown keys) ignores them', () => {
    expect(parseEmbedOptions('?mode=dark&captions=none&start=joint-statement&dark=1&theme[]=dark', STEPS)).toEqual(DEFAULTS);
  });

  it('parseEmbedOptions(another case, in keys or values) ignores it', () => {
    expect(parseEmbedOptions('?theme=Dark&caption=NONE&step=Joint-Statement', STEPS)).toEqual(DEFAULTS);
    expect(parseEmbedOptions('?Theme=dark&CAPTION=none&Step=joint-statement', STEPS)).toEqual(DEFAULTS);
  });

  it('parseEmbedOptions(a key given twice) ignores that key, even with the same value twice', () => {
    expect(parseEmbedOptions('?theme=dark&theme=light&caption=short', STEPS)).toEqual({ ...DEFAULTS, caption: 'short' });
    expect(parseEmbedOptions('?caption=none&caption=none', STEPS)).toEqual(DEFAULTS);
    expect(parseEmbedOptions('?step=joint-statement&step=ilrs-agreement', STEPS)).toEqual(DEFAULTS);
  });

  it('parseEmbedOptions(malformed values) ignores them', () => {
    for (const value of ['', ' dark', 'dark ', 'dark%00', 'dar', 'darkk', 'dark,light', '%E2%80%AEdark', 'dark%0A', '1', 'true']) {
      expect(parseEmbedOptions(`?theme=${value}&caption=${value}&step=${value}`, STEPS), value).toEqual(DEFAULTS);
    }
    expect(parseEmbedOptions('?theme&caption&step', STEPS)).toEqual(DEFAULTS);
  });

  it('parseEmbedOptions(markup) ignores it', () => {
    const hostile = encodeURIComponent('"><script>alert(1)</script>');
    expect(parseEmbedOptions(`?theme=${hostile}&caption=${hostile}&step=${hostile}`, STEPS)).toEqual(DEFAULTS);
    expect(parseEmbedOptions('?theme=<script>&caption=<script>&step=<script>', STEPS)).toEqual(DEFAULTS);
  });

  it('parseEmbedOptions(over-long values) ignores them unread, even a listed step', () => {
    const long = 'x'.repeat(MAX_OPTION_LENGTH + 1);
    expect(parseEmbedOptions(`?theme=dark${'&x=1'.repeat(10_000)}&caption=${'n'.repeat(100_000)}&step=${long}`, [long])).toEqual({
      ...DEFAULTS,
      theme: 'dark',
    });
    const longest = 'y'.repeat(MAX_OPTION_LENGTH);
    expect(parseEmbedOptions(`?step=${longest}`, [longest]).step).toBe(longest);
  });

  it('parseEmbedOptions(step not in the scene) ignores it; so does a still, which has no steps', () => {
    expect(parseEmbedOptions('?step=nord-stream-2', STEPS).step).toBeNull();
    expect(parseEmbedOptions('?step=ilrs-agreement').step).toBeNull();
  });

  it('parseEmbedOptions(a prototype key) finds no option on Object.prototype', () => {
    expect(parseEmbedOptions('?theme=constructor&caption=__proto__&step=toString', STEPS)).toEqual(DEFAULTS);
  });
});

describe('rootAttributes', () => {
  it('rootAttributes(defaults) is empty: a page without options is unchanged', () => {
    expect(rootAttributes(DEFAULT_EMBED_OPTIONS)).toEqual({});
  });

  it('rootAttributes(options) names the theme and caption that differ from the defaults', () => {
    expect(rootAttributes({ theme: 'dark', caption: 'none', step: 'x' }, 'x')).toEqual({ 'data-theme': 'dark', 'data-caption': 'none' });
    expect(rootAttributes({ theme: 'light', caption: 'full', step: null })).toEqual({ 'data-theme': 'light' });
    expect(rootAttributes({ theme: 'auto', caption: 'short', step: null })).toEqual({ 'data-caption': 'short' });
  });

  it('rootAttributes(options, firstStep) names a start at a step other than the first', () => {
    expect(rootAttributes({ ...DEFAULT_EMBED_OPTIONS, step: 'b' }, 'a')).toEqual({ 'data-start-step': 'b' });
    expect(rootAttributes({ ...DEFAULT_EMBED_OPTIONS, step: 'a' }, 'a')).toEqual({});
    expect(rootAttributes({ ...DEFAULT_EMBED_OPTIONS, step: null }, 'a')).toEqual({});
  });
});

describe('embedUrlWithOptions', () => {
  const url = 'https://news.example.org/graphics/map/embed/lunar-partners/';

  it('embedUrlWithOptions(url, defaults) is the plain URL', () => {
    expect(embedUrlWithOptions(url, DEFAULT_EMBED_OPTIONS)).toBe(url);
    expect(embedUrlWithOptions(url, {})).toBe(url);
    expect(embedUrlWithOptions(url, { step: 'ilrs-agreement' }, 'ilrs-agreement')).toBe(url);
  });

  it('embedUrlWithOptions(url, options) adds what differs from the defaults, in a fixed order', () => {
    expect(embedUrlWithOptions(url, { step: 'joint-statement', caption: 'short', theme: 'dark' }, 'ilrs-agreement')).toBe(
      `${url}?theme=dark&caption=short&step=joint-statement`,
    );
    expect(embedUrlWithOptions(url, { theme: 'auto', caption: 'none' })).toBe(`${url}?caption=none`);
  });

  it('parseEmbedOptions(embedUrlWithOptions(…)) round-trips', () => {
    for (const theme of EMBED_THEMES) {
      for (const caption of EMBED_CAPTIONS) {
        for (const step of [null, ...STEPS.slice(1)]) {
          const options = { theme, caption, step };
          expect(parseEmbedOptions(new URL(embedUrlWithOptions(url, options, STEPS[0])).search, STEPS)).toEqual(options);
        }
      }
    }
  });
});
