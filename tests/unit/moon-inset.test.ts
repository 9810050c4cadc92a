import { describe, expect, it } from 'vitest';
import { moonInset } from '../../src/lib/render/moon-inset';

describe('moonInset', () => {
  it('moonInset(size) puts the south pole inside the square, in its lower half', () => {
    const inset = moonInset(120);
    expect(inset.size).toBe(120);
    const [x, y] = inset.pole;
    expect(x).toBeCloseTo(60, 6);
    expect(y).toBeGreaterThan(60);
    expect(y).toBeLessThan(120 - 4);
  });

  it('moonInset(size) draws a non-empty disc and graticule', () => {
    const inset = moonInset(120);
    expect(inset.disc).toMatch(/^M/);
    expect(inset.disc.length).toBeGreaterThan(10);
    expect(inset.graticule).toMatch(/^M/);
  });

  it('moonInset(size) scales with size', () => {
    const small = moonInset(64);
    const large = moonInset(128);
    expect((large.pole[1] - 64) / (small.pole[1] - 32)).toBeCloseTo(((128 - 8) / (64 - 8)), 6);
  });
});
