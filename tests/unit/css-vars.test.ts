import { describe, expect, it } from 'vitest';
import { dropMediaBlocks, inlineCssVariables } from '../../src/lib/render/css-vars';

describe('dropMediaBlocks', () => {
  it('dropMediaBlocks(css with nested @media blocks) keeps only the rules outside them', () => {
    const css = 'a { color: red; }\n@media (x) { :root { --a: 1; } b { c: d; } }\nc { e: f; }';
    expect(dropMediaBlocks(css).replace(/\s+/g, ' ').trim()).toBe('a { color: red; } c { e: f; }');
  });
});

describe('inlineCssVariables', () => {
  it('inlineCssVariables(css) writes :root values into var() uses and drops the :root and dark-mode blocks', () => {
    const css = ':root { --fill: #c00; --line: var(--fill); }\n@media (prefers-color-scheme: dark) { :root { --fill: #fff; } }\n.a { fill: var(--fill); stroke: var(--line); }';
    expect(inlineCssVariables(css)).toBe('.a { fill: #c00; stroke: #c00; }');
  });

  it("inlineCssVariables(css with :root[data-theme] blocks) drops them unread", () => {
    const css = ":root { --fill: #c00; }\n:root[data-theme='light'] { color-scheme: light; }\n:root[data-theme='dark'] { --fill: #fff; }\n.a { fill: var(--fill); }";
    expect(inlineCssVariables(css)).toBe('.a { fill: #c00; }');
  });

  it('inlineCssVariables(css with a fallback) uses the fallback for an undeclared property', () => {
    expect(inlineCssVariables('.a { fill: var(--nope, blue); }')).toBe('.a { fill: blue; }');
  });

  it('inlineCssVariables(css using an undeclared property) throws naming it', () => {
    expect(() => inlineCssVariables('.a { fill: var(--missing); }')).toThrow('--missing');
  });

  it('inlineCssVariables(css whose properties refer to each other in a loop) throws', () => {
    expect(() => inlineCssVariables(':root { --a: var(--b); --b: var(--a); } .x { fill: var(--a); }')).toThrow('loop');
  });
});
