import { geoEqualEarth, geoMercator, geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cameraForFit, centralMeridian, projectionFor, viewFit, type Camera, type ProjectionName } from '../../src/lib/geo/camera';
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

describe('cameraForFit(viewFit(…))', () => {
  it.each(projections)('cameraForFit(%s, viewFit(target), size, padding) fits the target inside the padded frame', (name) => {
    const camera = cameraForFit(name, viewFit(name, square), size, 20);
    expectFitted(name, camera, square, 20);
  });

  it('cameraForFit(viewFit(target), …) centres the projection on the target\'s central meridian', () => {
    expect(cameraForFit('naturalEarth1', viewFit('naturalEarth1', square), size, 20).rotate).toBeCloseTo(-25, 6);
  });

  it('cameraForFit(viewFit(target across the antimeridian), …) rotates to ±180° and fits the target', () => {
    const camera = cameraForFit('naturalEarth1', viewFit('naturalEarth1', acrossAntimeridian), size, 20);
    expect(Math.abs(camera.rotate)).toBeCloseTo(180, 6);
    expect(Math.abs(camera.center[0])).toBeCloseTo(180, 3);
    expectFitted('naturalEarth1', camera, acrossAntimeridian, 20);
  });

  it('cameraForFit(viewFit(…, meridian), …) uses the given central meridian', () => {
    const camera = cameraForFit('equalEarth', viewFit('equalEarth', square, 100), size, 20);
    expect(camera.rotate).toBe(-100);
    expectFitted('equalEarth', camera, square, 20);
  });

  it('cameraForFit(…, padding larger than the frame) clamps padding to a quarter of the shorter side', () => {
    const camera = cameraForFit('mercator', viewFit('mercator', square), size, 1000);
    expectFitted('mercator', camera, square, 75);
  });
});

describe('viewFit and cameraForFit', () => {
  const factories = { naturalEarth1: geoNaturalEarth1, equalEarth: geoEqualEarth, mercator: geoMercator };
  /** The camera d3's own fitExtent gives: what the live map computed in the browser before fits were published. */
  function d3Camera(name: ProjectionName, target: GeoPermissibleObjects, frame: { width: number; height: number }, pad: number, meridian: number): Camera {
    const projection = factories[name]()
      .rotate([-meridian, 0])
      .fitExtent([[pad, pad], [frame.width - pad, frame.height - pad]], target);
    const center = projection.invert!([frame.width / 2, frame.height / 2])!;
    return { rotate: -meridian, center: [center[0], center[1]], scale: projection.scale() };
  }

  const frames = [size, { width: 1000, height: 500 }, { width: 320, height: 900 }, { width: 37, height: 1200 }];
  const cases: [string, GeoPermissibleObjects, number][] = [
    ['a square', square, 25],
    ['a square, off-centre', square, 100],
    ['a box across the antimeridian', acrossAntimeridian, 180],
  ];

  it.each(projections)('cameraForFit(%s, viewFit(target), size, padding) is the camera d3\'s fitExtent gives, at every frame', (name) => {
    for (const [what, target, meridian] of cases) {
      const fit = viewFit(name, target, meridian);
      for (const frame of frames) {
        const pad = Math.min(24, frame.width / 4, frame.height / 4);
        const camera = cameraForFit(name, fit, frame, 24);
        const expected = d3Camera(name, target, frame, pad, meridian);
        const where = `${what} at ${frame.width}×${frame.height}`;
        expect(Math.cos(((camera.rotate - expected.rotate) * Math.PI) / 180), where).toBeCloseTo(1, 12);
        // Where the target is drawn: within a hundredth of a pixel of where d3's camera draws it.
        const [ours, theirs] = [camera, expected].map((c) => geoPath(projectionFor(name, c, frame)).bounds(target).flat());
        ours.forEach((v, i) => expect(Math.abs(v - theirs[i]), `${where}: bounds ${ours} against ${theirs}`).toBeLessThan(0.01));
      }
    }
  });

  it('viewFit(target) survives JSON: the camera from a parsed fit is the same', () => {
    const fit = viewFit('equalEarth', square);
    const parsed = JSON.parse(JSON.stringify(fit)) as typeof fit;
    expect(cameraForFit('equalEarth', parsed, size, 20)).toEqual(cameraForFit('equalEarth', fit, size, 20));
    expect(fit.rotate).toBeCloseTo(-25, 6);
  });

  it('cameraForFit(…, bounds of a single point) throws, naming the bounds', () => {
    expect(() => cameraForFit('mercator', { rotate: 0, bounds: [[5, 5], [5, 5]] }, size, 20)).toThrow('cannot fit a view whose projected bounds are [[5,5],[5,5]]');
  });
});
