import { describe, expect, it } from 'vitest';
import { isLocalSite, normaliseBasePath, normaliseSiteUrl } from '../../src/lib/site/deploy-target';

describe('normaliseBasePath', () => {
  it('normaliseBasePath(unset or empty or "/") is the root', () => {
    expect(normaliseBasePath(undefined)).toBe('/');
    expect(normaliseBasePath('')).toBe('/');
    expect(normaliseBasePath(' / ')).toBe('/');
  });

  it('normaliseBasePath(sub-path) has one leading and one trailing slash', () => {
    expect(normaliseBasePath('/graphics/2021/china-russia/')).toBe('/graphics/2021/china-russia/');
    expect(normaliseBasePath('graphics/2021/china-russia')).toBe('/graphics/2021/china-russia/');
    expect(normaliseBasePath('/graphics//2021/china-russia//')).toBe('/graphics/2021/china-russia/');
  });

  it('normaliseBasePath(URL) throws: the origin goes in SITE_URL', () => {
    expect(() => normaliseBasePath('https://news.example.org/graphics/')).toThrow(/SITE_URL/);
    expect(() => normaliseBasePath('//news.example.org/graphics/')).toThrow(/SITE_URL/);
  });

  it('normaliseBasePath(path with spaces, query, fragment or dot segments) throws, saying what to write', () => {
    expect(() => normaliseBasePath('/my graphics/')).toThrow(/characters/);
    expect(() => normaliseBasePath('/graphics?x=1')).toThrow(/characters/);
    expect(() => normaliseBasePath('/graphics#x')).toThrow(/characters/);
    expect(() => normaliseBasePath('/graphics/../x/')).toThrow(/"\.\."/);
  });
});

describe('normaliseSiteUrl', () => {
  it('normaliseSiteUrl(unset) is the local preview origin', () => {
    expect(normaliseSiteUrl(undefined)).toBe('http://localhost:4321');
    expect(normaliseSiteUrl('', 'http://127.0.0.1:4399')).toBe('http://127.0.0.1:4399');
  });

  it('normaliseSiteUrl(origin, with or without slash) is the origin', () => {
    expect(normaliseSiteUrl('https://news.example.org')).toBe('https://news.example.org');
    expect(normaliseSiteUrl('https://News.Example.org/')).toBe('https://news.example.org');
    expect(normaliseSiteUrl('http://127.0.0.1:4430')).toBe('http://127.0.0.1:4430');
  });

  it('normaliseSiteUrl(URL with a path) throws: the path goes in BASE_PATH', () => {
    expect(() => normaliseSiteUrl('https://news.example.org/graphics/2021/china-russia/')).toThrow(/BASE_PATH/);
    expect(() => normaliseSiteUrl('https://news.example.org/?x=1')).toThrow(/origin only/);
  });

  it('normaliseSiteUrl(not an http(s) URL) throws', () => {
    expect(() => normaliseSiteUrl('news.example.org')).toThrow(/not a URL|https:\/\//);
    expect(() => normaliseSiteUrl('ftp://news.example.org')).toThrow(/https:\/\//);
  });
});

describe('isLocalSite', () => {
  it('isLocalSite(this machine\'s addresses, or none) is true', () => {
    for (const site of [undefined, 'http://localhost:4321', 'http://127.0.0.1:4399', 'http://app.localhost', 'http://[::1]:8080']) expect(isLocalSite(site), String(site)).toBe(true);
  });

  it('isLocalSite(a public origin) is false', () => {
    for (const site of ['https://news.example.org', 'http://10.0.0.5', 'https://localhost.example.org']) expect(isLocalSite(site), site).toBe(false);
  });
});
