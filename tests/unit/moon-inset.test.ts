import { describe, expect, it } from 'vitest';
import { geoGraticule, geoPath } from 'd3-geo';
import { drawMoonInset, insetProjection, moonInset } from '../../src/lib/render/moon-inset';

describe('moonInset', () => {
  it('moonInset(size) puts the south pole inside the square, in its lower half', () => {
    const inset = moonInset(120);
    expect(inset.size).toBe(120);
    const [x, y] = inset.pole;
    expect(x).toBeCloseTo(60, 6);
    expect(y).toBeGreaterThan(60);
    expect(y).toBeLessThan(120 - 4);
  });

  it('moonInset(size) draws the disc as the globe\'s outline, within its margin, and a non-empty graticule', () => {
    const inset = moonInset(120);
    // The orthographic globe's outline as d3 traces it: every point of it on the disc's circle.
    const outline = (geoPath(insetProjection(120))({ type: 'Sphere' }) ?? '').split(/[MLZ]/).filter(Boolean);
    expect(outline.length).toBeGreaterThan(10);
    for (const point of outline) {
      const [x, y] = point.split(',').map(Number);
      expect(Math.hypot(x - inset.disc.x, y - inset.disc.y)).toBeCloseTo(inset.disc.r, 2);
    }
    expect(inset.disc).toEqual({ x: 60, y: 60, r: 56 });
    expect(inset.graticule).toMatch(/^M/);
  });

  it('drawMoonInset(size) draws a graticule line a step, and the same graticule as projecting it whole', () => {
    const size = 83;
    const steps = drawMoonInset(size);
    let count = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) count += 1;
    expect(count).toBe(geoGraticule().precision(10).lines().length);
    expect(moonInset(size).graticule).toBe(geoPath(insetProjection(size)).digits(1)(geoGraticule().precision(10)()));
  });

  it('moonInset(size) finds the drawing drawMoonInset(size) finished, and draws one it left unfinished', () => {
    const done = drawMoonInset(97);
    let last = done.next();
    while (!last.done) last = done.next();
    expect(moonInset(97)).toBe(last.value);
    const unfinished = drawMoonInset(98);
    unfinished.next();
    expect(moonInset(98).graticule).toBe(moonInset(98).graticule);
    expect(moonInset(98).graticule.split('M').length - 1).toBeGreaterThan(10);
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
