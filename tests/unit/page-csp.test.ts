import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageCsp } from '../../src/lib/site/page-csp';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const SCRIPT = 'console.log(1)';
const STYLE = 'p{color:red}';
const OTHER = hash('another page');
const page = (policy: string, body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('pageCsp', () => {
  const policy = `default-src 'self';img-src 'self' data:; script-src 'self' ${hash(SCRIPT)} ${OTHER}; style-src 'self' ${OTHER} ${hash(STYLE)};`;

  it("keeps only the hashes of the page's own inline scripts and styles, and every other source", () => {
    const html = page(policy, `<script>${SCRIPT}</script><script type="module" src="/a.js"></script><style>${STYLE}</style>`);
    expect(policyOf(pageCsp(html, 'index.html'))).toBe(
      `default-src 'self';img-src 'self' data:; script-src 'self' ${hash(SCRIPT)}; style-src 'self' ${hash(STYLE)};`,
    );
  });

  it('leaves the rest of the page as it was', () => {
    const html = page(policy, `<script>${SCRIPT}</script><style>${STYLE}</style>`);
    const out = pageCsp(html, 'index.html');
    expect(out.replace(policyOf(out), '')).toBe(html.replace(policyOf(html), ''));
  });

  it('drops every hash of a page with no inline script or style', () => {
    expect(policyOf(pageCsp(page(policy, '<p>text</p>'), 'a.html'))).toBe(
      "default-src 'self';img-src 'self' data:; script-src 'self'; style-src 'self';",
    );
  });

  it('names the file and the element when an inline script has no hash: the browser would block it', () => {
    expect(() => pageCsp(page(policy, `<script>${SCRIPT}</script><script>alert(2)</script>`), 'embed/x/index.html')).toThrow(
      /embed\/x\/index\.html: the inline script "<script>alert\(2\)<\/script>…" has no hash in the page's script-src/,
    );
  });

  it('refuses a page with two policies', () => {
    expect(() => pageCsp(page(policy, `<meta http-equiv="content-security-policy" content="${policy}">`), 'b.html')).toThrow(/b\.html: 2 content-security-policy/);
  });

  it('leaves a page without a policy unchanged', () => {
    expect(pageCsp('<p>x</p>', 'c.html')).toBe('<p>x</p>');
  });
});
