import { describe, expect, it } from 'vitest';
import { dropMediaBlocks, foldCalc, inlineCssVariables } from '../../src/lib/render/css-vars';

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

describe('foldCalc', () => {
  it('foldCalc(css) works out a length divided by a number, as the live map divides strokes by its zoom', () => {
    expect(foldCalc('.a { stroke-width: calc(0.5px / 1); stroke-dasharray: calc(6px / 2) calc( 3px/1 ); }')).toBe(
      '.a { stroke-width: 0.5px; stroke-dasharray: 3px 3px; }',
    );
  });

  it('foldCalc(css with another calc) throws naming it', () => {
    expect(() => foldCalc('.a { width: calc(100% - 2px); }')).toThrow('calc(100% - 2px)');
    expect(() => foldCalc('.a { stroke-width: calc(2px / 0); }')).toThrow('calc(2px / 0)');
  });

  it("inlineCssVariables(css) writes a zoom's fallback in and works out the stroke it divides", () => {
    expect(inlineCssVariables('.line { stroke-width: calc(2px / var(--zoom, 1)); }')).toBe('.line { stroke-width: 2px; }');
  });
});
