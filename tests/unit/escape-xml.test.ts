import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/lib/render/escape-xml';

describe('escapeXml', () => {
  it('escapeXml(text) escapes the characters that could end content or an attribute', () => {
    expect(escapeXml('"><img src=x onerror=alert(1)> & co')).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; co');
  });
});
