import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cssReferences,
  gzipSize,
  gzipTotal,
  htmlReferences,
  jsImports,
  pageWeight,
  tagAttributes,
} from './page-weight';

describe('tagAttributes', () => {
  it('tagAttributes(tag) reads quoted, unquoted and bare attributes and decodes entities', () => {
    expect(
      tagAttributes(`<astro-island uid=Zh1 ssr props="{&quot;a&quot;:&quot;x > y &amp; z&quot;}" opts='o'>`),
    ).toEqual({
      uid: 'Zh1',
      ssr: '',
      props: '{"a":"x > y & z"}',
      opts: 'o',
    });
  });
});

describe('htmlReferences', () => {
  it('htmlReferences(html) skips what only a browser without JavaScript loads, and data: URLs (the icon, images)', () => {
    const html = '<link rel="icon" href="data:image/svg+xml,%3Csvg%3E%3C/svg%3E"><noscript><img src="/maps/a.svg"></noscript><picture><source media="print" srcset="/maps/a.svg"><img src="data:image/gif;base64,R0lG"></picture><img src="/x.png">';
    expect(htmlReferences(html)).toEqual(['/x.png']);
  });

  it('htmlReferences(html) lists stylesheets, preloads, icons, scripts, island URLs and images in order', () => {
    const html = `<!doctype html><html><head>
      <link rel="canonical" href="https://example.org/">
      <link rel="stylesheet" href="/_astro/a.css"><link rel="modulepreload" href="/_astro/m.js">
      <link rel="icon" href="/favicon.svg" type="image/svg+xml">
      <script type="module" src="/_astro/s.js"></script>
      <script>document.write('<img src="/not-a-tag.png">')</script>
      <!-- <link rel="stylesheet" href="/commented.css"> -->
    </head><body>
      <astro-island component-url="/_astro/Island.js" props="{&quot;t&quot;:&quot;1 > 0&quot;}" renderer-url="/_astro/client.js"></astro-island>
      <img src="/map.png" alt="">
    </body></html>`;
    expect(htmlReferences(html)).toEqual([
      '/_astro/a.css',
      '/_astro/m.js',
      '/favicon.svg',
      '/_astro/s.js',
      '/_astro/Island.js',
      '/_astro/client.js',
      '/map.png',
    ]);
  });

  it('htmlReferences(html) follows the static imports of an inline module script', () => {
    expect(htmlReferences(`<script type="module">import "/_astro/page.js";import("/_astro/lazy.js")</script>`)).toEqual(
      ['/_astro/page.js'],
    );
  });
});

describe('jsImports', () => {
  it('jsImports(minified code) finds static imports and re-exports, not dynamic ones', () => {
    const code =
      `import{A as e,C as t}from"./client.js";import"./side.js";export*from"../x.js";export{y}from"/abs.js";` +
      `const m=import("./lazy.js");const u=import.meta.url;const s="import it from the shop";`;
    expect(jsImports(code)).toEqual(['./client.js', './side.js', '../x.js', '/abs.js']);
  });

  it('jsImports(formatted code) finds multi-line named and namespace imports', () => {
    const code = `import {\n  a,\n  b as c,\n} from './a.js';\nimport * as ns from "./ns.js";\nimport def, { d } from './d.js';`;
    expect(jsImports(code)).toEqual(['./a.js', './ns.js', './d.js']);
  });
});

describe('cssReferences', () => {
  it('cssReferences(css) lists @imports and url()s but not data: URLs or fragments', () => {
    const css = `@import url("./more.css");@font-face{src:url(/f.woff2) format("woff2")}.a{background:url('data:image/png;base64,AA')}.b{fill:url(#hatch)}`;
    expect(cssReferences(css)).toEqual(['./more.css', '/f.woff2']);
  });
});

describe('pageWeight', () => {
  const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  };

  it('pageWeight(dist, base, page) follows the HTML, its CSS and the JS import graph under the base path', () => {
    write(
      'index.html',
      `<link rel="stylesheet" href="/sub/_astro/a.css"><astro-island component-url="/sub/_astro/I.js" renderer-url="/sub/_astro/r.js"></astro-island>`,
    );
    write('_astro/a.css', `@font-face{src:url(./f.woff2)}`);
    write('_astro/f.woff2', 'font');
    write('_astro/I.js', `import{a}from"./shared.js";import("./lazy.js")`);
    write('_astro/r.js', `import{b}from"./shared.js"`);
    write('_astro/shared.js', 'export const a=1,b=2;');
    write('_astro/lazy.js', 'export const lazy=1;');
    const { assets, otherHosts } = pageWeight(dist, '/sub/', '/sub/');
    expect(assets.map((a) => [a.path, a.kind])).toEqual([
      ['/sub/', 'html'],
      ['/sub/_astro/a.css', 'css'],
      ['/sub/_astro/I.js', 'js'],
      ['/sub/_astro/r.js', 'js'],
      ['/sub/_astro/f.woff2', 'fonts'],
      ['/sub/_astro/shared.js', 'js'],
    ]);
    expect(otherHosts).toEqual([]);
    expect(assets[5].gzip).toBe(gzipSize('export const a=1,b=2;'));
    expect(gzipTotal(assets)).toBe(assets.reduce((sum, a) => sum + a.gzip, 0));
  });

  it('pageWeight(dist, base, page) reports references to other hosts without following them', () => {
    write('other/index.html', `<script src="https://cdn.example.com/lib.js"></script>`);
    expect(pageWeight(dist, '/', '/other/').otherHosts).toEqual(['https://cdn.example.com/lib.js']);
  });

  it('pageWeight(dist, base, page) throws when a reference is not in the build', () => {
    write('broken/index.html', `<link rel="stylesheet" href="/missing.css">`);
    expect(() => pageWeight(dist, '/', '/broken/')).toThrow('/broken/ loads /missing.css, which is not in the build');
  });
});
