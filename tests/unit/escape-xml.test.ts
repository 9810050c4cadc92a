import { describe, expect, it } from 'vitest';
import { escapeText, escapeXml } from '../../src/lib/render/escape-xml';

describe('escapeXml', () => {
  it('escapeXml(text) escapes the characters that could end content or an attribute', () => {
    expect(escapeXml('"><img src=x onerror=alert(1)> & co')).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; co');
  });

  it("escapeXml(text) escapes apostrophes too, for attributes in single quotes", () => {
    expect(escapeXml("China's")).toBe('China&#39;s');
  });
});

describe('escapeText', () => {
  it('escapeText(text) escapes what could start markup and leaves quotes as they are', () => {
    expect(escapeText(`"A" & <b>China's</b>`)).toBe(`"A" &amp; &lt;b&gt;China's&lt;/b&gt;`);
  });
});
