import { geoIdentity, geoPath } from 'd3-geo';
import type { LineString, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { RelativePathContext, relativePath } from '../../src/lib/geo/relative-path';

/** The absolute positions a path's data visits, subpath by subpath, read the way an SVG renderer reads them. */
function absolutePoints(d: string): [number, number][][] {
  const tokens = d.match(/[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const subpaths: [number, number][][] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  let command = '';
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (/[A-Za-z]/.test(token)) {
      command = token;
      i++;
      if (command === 'z' || command === 'Z') [x, y] = [sx, sy];
      continue;
    }
    const [a, b] = [Number(tokens[i]), Number(tokens[i + 1])];
    i += 2;
    const relative = command === command.toLowerCase();
    [x, y] = relative ? [x + a, y + b] : [a, b];
    if (command === 'M' || command === 'm') {
      subpaths.push([[x, y]]);
      [sx, sy] = [x, y];
      // Pairs after a moveto are lineto.
      command = relative ? 'l' : 'L';
    } else subpaths.at(-1)!.push([x, y]);
  }
  return subpaths.map((s) => s.map(([px, py]) => [Number(px.toFixed(6)), Number(py.toFixed(6))]));
}

const identity = geoIdentity();
const line = (...coordinates: [number, number][]): LineString => ({ type: 'LineString', coordinates });

describe('relativePath', () => {
  it('relativePath(projection, 2) visits the points the absolute path visits, rounded to 2 decimals', () => {
    const shape: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [[[10.123, 20.456], [30.5, 20.45], [30.5, 41.999], [10.123, 20.456]]],
        [[[-5.555, -7.004], [-1.01, -7.004], [-1.01, -2.5], [-5.555, -7.004]]],
      ],
    };
    const round = (v: number) => Math.round(v * 100) / 100;
    const expected = absolutePoints(geoPath(identity).digits(6)(shape)!).map((s) => s.map(([x, y]) => [round(x), round(y)]));
    const d = relativePath(identity, 2)(shape);
    // One absolute position, then steps: two rings, the second moved to from where the first closed.
    expect(d).toMatch(/^M[\d.,-]+l[\d.,-]+zm[\d.,-]+l[\d.,-]+z$/);
    expect(absolutePoints(d)).toEqual(expected);
  });

  it('relativePath writes each number as briefly as it reads, with separators only where needed', () => {
    const d = relativePath(identity, 2)(line([1, 2], [1.44, 2.29], [1.39, 2.34], [4.39, 12.34], [4.39, 12.3]));
    expect(d).toBe('M1,2l.44.29-.05.05,3,10,0-.04');
  });

  it('relativePath drops the steps that round to nothing, and never lets rounding add up along a line', () => {
    const steps = Array.from({ length: 100 }, (_, i) => [i * 0.0149, 0] as [number, number]);
    const d = relativePath(identity, 1)(line(...steps));
    const points = absolutePoints(d)[0];
    expect(points.length).toBeLessThan(steps.length);
    // The line ends where its last point rounds to, however many steps were dropped on the way.
    expect(points.at(-1)?.[0]).toBeCloseTo(1.5, 6);
  });

  it('relativePath moves to a new subpath from where the last one closed', () => {
    const d = relativePath(identity, 0)({
      type: 'MultiPolygon',
      coordinates: [[[[0, 0], [10, 0], [10, 10], [0, 0]]], [[[20, 20], [30, 20], [30, 30], [20, 20]]]],
    });
    expect(d).toBe('M0,0l10,0,0,10zm20,20l10,0,0,10z');
  });

  it('relativePath of a feature outside the projection\'s clip is empty', () => {
    const clipped = geoIdentity().clipExtent([[0, 0], [10, 10]]);
    expect(relativePath(clipped, 1)(line([20, 20], [30, 30]))).toBe('');
  });
});

describe('RelativePathContext', () => {
  it('new RelativePathContext(digits) needs a whole number of digits, 0 or more', () => {
    expect(() => new RelativePathContext(-1)).toThrow(/digits must be an integer ≥ 0, got -1/);
    expect(() => new RelativePathContext(1.5)).toThrow(/digits must be an integer ≥ 0, got 1.5/);
  });

  it('RelativePathContext refuses to draw points as circles: maps draw them as markers', () => {
    expect(() => new RelativePathContext(1).arc()).toThrow(/points are drawn as markers/);
  });

  it('RelativePathContext.result() starts a new path, absolute again', () => {
    const context = new RelativePathContext(1);
    context.moveTo(1, 1);
    context.lineTo(2, 2);
    expect(context.result()).toBe('M1,1l1,1');
    context.moveTo(3, 3);
    expect(context.result()).toBe('M3,3');
  });
});
