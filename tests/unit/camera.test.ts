import { geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { describe, expect, it } from 'vitest';
import { centralMeridian, fitCamera, projectionFor, type Camera, type ProjectionName } from '../../src/lib/geo/camera';
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
