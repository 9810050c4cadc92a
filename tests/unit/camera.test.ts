import { geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { describe, expect, it } from 'vitest';
import { centralMeridian, fitCamera, interpolateCamera, projectionFor, type Camera, type ProjectionName } from '../../src/lib/geo/camera';
import { fineSquareCountry } from './fixtures';

const projections: ProjectionName[] = ['naturalEarth1', 'equalEarth', 'mercator'];
const size = { width: 400, height: 300 };
const square = fineSquareCountry('001', 'Squareland', 20, 40);
/** Points on a 20° box from 170°E to 170°W, across the antimeridian. */
const acrossAntimeridian: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [[170, -10], [170, 10], [180, -10], [180, 10], [-170, -10], [-170, 10]],
};

/** Asserts that `target` drawn through `camera` lies inside the padded frame and touches it on one axis. */
function expectFitted(name: ProjectionName, camera: Camera, target: GeoPermissibleObjects, padding: number) {
  const [[x0, y0], [x1, y1]] = geoPath(projectionFor(name, camera, size)).bounds(target);
  const eps = 0.25;
  expect(x0).toBeGreaterThanOrEqual(padding - eps);
  expect(y0).toBeGreaterThanOrEqual(padding - eps);
  expect(x1).toBeLessThanOrEqual(size.width - padding + eps);
  expect(y1).toBeLessThanOrEqual(size.height - padding + eps);
  const touchesX = Math.abs(x0 - padding) < eps && Math.abs(x1 - (size.width - padding)) < eps;
  const touchesY = Math.abs(y0 - padding) < eps && Math.abs(y1 - (size.height - padding)) < eps;
  expect(touchesX || touchesY).toBe(true);
}

describe('projectionFor', () => {
  it.each(projections)('projectionFor(%s, camera, size) puts camera.center at the frame centre', (name) => {
    const camera: Camera = { rotate: -100, center: [110, 30], scale: 250 };
    const projection = projectionFor(name, camera, size);
    const [x, y] = projection(camera.center) as [number, number];
    expect(x).toBeCloseTo(200, 6);
    expect(y).toBeCloseTo(150, 6);
    expect(projection.scale()).toBe(250);
    expect(projection.rotate()[0]).toBe(-100);
  });
});

describe('centralMeridian', () => {
  it('centralMeridian(object) is the middle of its longitudes', () => {
    expect(centralMeridian(square)).toBeCloseTo(25, 6);
  });

  it('centralMeridian(object from 170°E to 170°W) is the antimeridian', () => {
    expect(Math.abs(centralMeridian(acrossAntimeridian))).toBeCloseTo(180, 6);
  });

  it('centralMeridian(object just west of the antimeridian) stays east', () => {
    const points: MultiPoint = { type: 'MultiPoint', coordinates: [[150, 0], [-170, 0]] };
    expect(centralMeridian(points)).toBeCloseTo(170, 6);
  });
});

describe('fitCamera', () => {
  it.each(projections)('fitCamera(%s, target, size, padding) fits the target inside the padded frame', (name) => {
    const camera = fitCamera(name, square, size, 20);
    expectFitted(name, camera, square, 20);
  });

  it('fitCamera(target) centres the projection on the target\'s central meridian', () => {
    expect(fitCamera('naturalEarth1', square, size, 20).rotate).toBeCloseTo(-25, 6);
  });

  it('fitCamera(target across the antimeridian) rotates to ±180° and fits the target', () => {
    const camera = fitCamera('naturalEarth1', acrossAntimeridian, size, 20);
    expect(Math.abs(camera.rotate)).toBeCloseTo(180, 6);
    expect(Math.abs(camera.center[0])).toBeCloseTo(180, 3);
    expectFitted('naturalEarth1', camera, acrossAntimeridian, 20);
  });

  it('fitCamera(…, meridian) uses the given central meridian', () => {
    const camera = fitCamera('equalEarth', square, size, 20, 100);
    expect(camera.rotate).toBe(-100);
    expectFitted('equalEarth', camera, square, 20);
  });

  it('fitCamera(…, padding larger than the frame) clamps padding to a quarter of the shorter side', () => {
    const camera = fitCamera('mercator', square, size, 1000);
    expectFitted('mercator', camera, square, 75);
  });
});

describe('interpolateCamera', () => {
  const a: Camera = { rotate: 170, center: [-170, 0], scale: 100 };
  const b: Camera = { rotate: -170, center: [170, 0], scale: 400 };

  it('interpolateCamera(a, b)(0) is a and (1) is b', () => {
    const at = interpolateCamera(a, b);
    expect(at(0)).toEqual(a);
    expect(at(1)).toEqual(b);
    expect(at(-0.5)).toEqual(a);
    expect(at(1.5)).toEqual(b);
  });

  it('interpolateCamera(a, b)(0.5) zooms geometrically: the scale is the geometric mean', () => {
    expect(interpolateCamera(a, b)(0.5).scale).toBeCloseTo(Math.sqrt(100 * 400), 9);
  });

  it('interpolateCamera(a, b) turns the short way around, across the antimeridian', () => {
    const at = interpolateCamera(a, b);
    expect(at(0.25).rotate).toBeCloseTo(175, 9);
    expect(Math.abs(at(0.5).rotate)).toBeCloseTo(180, 9);
    expect(at(0.75).rotate).toBeCloseTo(-175, 9);
  });

  it('interpolateCamera(a, b) pans along the great circle', () => {
    const at = interpolateCamera(a, b);
    const [lon, lat] = at(0.5).center;
    expect(Math.abs(lon)).toBeCloseTo(180, 6);
    expect(lat).toBeCloseTo(0, 6);
    const c = interpolateCamera({ rotate: 0, center: [0, 0], scale: 1 }, { rotate: 0, center: [20, 0], scale: 1 })(0.5);
    expect(c.center[0]).toBeCloseTo(10, 6);
    expect(c.center[1]).toBeCloseTo(0, 6);
  });
});
