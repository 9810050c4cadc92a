import { describe, expect, it } from 'vitest';
import { geoGraticule, geoPath } from 'd3-geo';
import { insetProjection, moonInset } from '../../src/lib/render/moon-inset';

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

  it('moonInset(size) draws its graticule in few points, within a fifth of a pixel of the finely sampled one', () => {
    const size = 78;
    const points = (d: string) => d.split(/[ML]/).slice(1).map((p) => p.split(',').map(Number) as [number, number]);
    const drawn = moonInset(size).graticule;
    // Projected in the task of the step that first shows it, and sent in each page and image that shows it.
    expect(points(drawn).length).toBeLessThanOrEqual(600);
    const fine = points(geoPath(insetProjection(size))(geoGraticule().precision(0.5)()) ?? '');
    const segments = drawn.split('M').slice(1).flatMap((line) => {
      const ps = points(`M${line}`);
      return ps.slice(1).map((b, i) => [ps[i], b] as const);
    });
    const distance = ([x, y]: [number, number]) =>
      Math.min(
        ...segments.map(([[ax, ay], [bx, by]]) => {
          const [dx, dy] = [bx - ax, by - ay];
          const u = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
          return Math.hypot(ax + u * dx - x, ay + u * dy - y);
        }),
      );
    expect(Math.max(...fine.filter((_, i) => i % 5 === 0).map(distance))).toBeLessThan(0.2);
  });

  it('moonInset(size) scales with size', () => {
    const small = moonInset(64);
    const large = moonInset(128);
    expect((large.pole[1] - 64) / (small.pole[1] - 32)).toBeCloseTo(((128 - 8) / (64 - 8)), 6);
  });
});
