import { describe, expect, it } from 'vitest';
import { sitePath } from '../../src/lib/site/site-path';

describe('sitePath', () => {
  it('sitePath(base with trailing slash, path) joins them with one slash', () => {
    expect(sitePath('/graphics/2021/china-russia/', 'embed/lunar-partners/')).toBe('/graphics/2021/china-russia/embed/lunar-partners/');
  });

  it('sitePath(base without trailing slash, path) adds the slash', () => {
    expect(sitePath('/graphics/2021/china-russia', 'embed/')).toBe('/graphics/2021/china-russia/embed/');
  });

  it('sitePath(base, path with leading slashes) drops the extra slashes', () => {
    expect(sitePath('/graphics/', '/maps/a.svg')).toBe('/graphics/maps/a.svg');
    expect(sitePath('/graphics', '//maps/a.svg')).toBe('/graphics/maps/a.svg');
  });

  it('sitePath(root base, path) is the path from the root', () => {
    expect(sitePath('/', 'sources/')).toBe('/sources/');
    expect(sitePath('/', '/sources/')).toBe('/sources/');
  });

  it('sitePath(base) is the base with a trailing slash', () => {
    expect(sitePath('/graphics')).toBe('/graphics/');
    expect(sitePath('/')).toBe('/');
    expect(sitePath('')).toBe('/');
  });
});
