import { describe, expect, it } from 'vitest';
import { BEND, curvedArrow, headAlong } from '../../src/lib/render/flow-arrow';

type Point = [number, number];

/** The points of a path made of M, L, Q and Z commands, in order. */
function points(d: string): Point[] {
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const out: Point[] = [];
  for (let i = 0; i < numbers.length; i += 2) out.push([numbers[i], numbers[i + 1]]);
  return out;
}

/** Which side of the line a→b the point p lies on: positive left of travel on screen (y down), negative right. */
const side = (a: Point, b: Point, p: Point) => (b[0] - a[0]) * (a[1] - p[1]) - (b[1] - a[1]) * (a[0] - p[0]);
const distance = (p: Point, q: Point) => Math.hypot(p[0] - q[0], p[1] - q[1]);

describe('curvedArrow', () => {
  const a: Point = [20, 150];
  const b: Point = [220, 150];

  it('curvedArrow(a, b, width) starts its shaft at a', () => {
    const { shaft } = curvedArrow(a, b, 2);
    expect(shaft).toMatch(/^M20,150Q/);
  });

  it('curvedArrow(a, b, width) puts the tip of its closed head at b', () => {
    const { head } = curvedArrow(a, b, 2);
    expect(head).toMatch(/^M220,150L.*Z$/);
    expect(points(head)).toHaveLength(3);
  });

  it('curvedArrow(a, b, width) stops the shaft short of the tip, inside the head', () => {
    const { shaft, head } = curvedArrow(a, b, 4);
    const end = points(shaft).at(-1) as Point;
    expect(distance(end, b)).toBeCloseTo(8, 0);
    const [, left, right] = points(head);
    expect(distance(left, b)).toBeGreaterThan(distance(end, b));
    expect(distance(right, b)).toBeGreaterThan(distance(end, b));
  });

  it('curvedArrow(a, b, width) bows its middle off the straight line, to the left of travel', () => {
    const { middle } = curvedArrow(a, b, 2);
    expect(middle[0]).toBeCloseTo(120, 9);
    // A quadratic's midpoint lies halfway between the chord's midpoint and the control point.
    expect(middle[1]).toBeCloseTo(150 - (BEND / 2) * 200, 9);
    expect(side(a, b, middle)).toBeGreaterThan(0);
  });

  it('curvedArrow(a, b) and curvedArrow(b, a) bow to opposite sides of the line between them', () => {
    const there = curvedArrow(a, [120, 60], 2).middle;
    const back = curvedArrow([120, 60], a, 2).middle;
    expect(Math.sign(side(a, [120, 60], there))).toBe(-Math.sign(side(a, [120, 60], back)));
    expect(distance(there, back)).toBeGreaterThan(10);
  });

  it('curvedArrow(a, b, wider) draws a bigger head', () => {
    const area = (head: string) => {
      const [p, q, r] = points(head);
      return Math.abs((q[0] - p[0]) * (r[1] - p[1]) - (r[0] - p[0]) * (q[1] - p[1])) / 2;
    };
    expect(area(curvedArrow(a, b, 8).head)).toBeGreaterThan(area(curvedArrow(a, b, 2).head));
  });
});

describe('headAlong', () => {
  it('headAlong(fewer than two points) is null', () => {
    expect(headAlong([], 3)).toBeNull();
    expect(headAlong([[10, 10]], 3)).toBeNull();
  });

  it('headAlong(points, width) puts the tip at the last point', () => {
    expect(headAlong([[0, 0], [50, 40], [100, 40]], 3)).toMatch(/^M100,40L.*Z$/);
  });

  it('headAlong(points, width) points along the last segment', () => {
    const [tip, left, right] = points(headAlong([[0, 0], [50, 40], [100, 40]], 3) as string);
    expect(tip).toEqual([100, 40]);
    // The base lies behind the tip (west of it), straddling the line.
    expect(left[0]).toBeLessThan(100);
    expect(right[0]).toBeLessThan(100);
    expect(left[0]).toBeCloseTo(right[0], 1);
    expect((left[1] + right[1]) / 2).toBeCloseTo(40, 1);
  });
});
