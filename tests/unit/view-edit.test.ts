import { geoEquirectangular, geoOrthographic } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { boundsCentre, boxBounds, centreBounds, frameBounds, lonSpan, panBounds, zoomBounds, type Bounds } from '../../src/lib/picker/view-edit';

/** A plate carrée of 1 px a degree, with [0, 0] at (180, 90): pixels read off as degrees. */
const plate = geoEquirectangular().scale(180 / Math.PI).translate([180, 90]);
const invert = (p: [number, number]) => plate.invert?.(p) as [number, number] | null;

describe('boxBounds', () => {
  it('boxBounds(box, invert) is the box in degrees, whichever corner the drag began at', () => {
    expect(boxBounds({ x0: 250, y0: 60, x1: 200, y1: 10 }, invert)).toEqual([[20, 30], [70, 80]]);
  });

  it('boxBounds(a box off the globe) is null', () => {
    const globe = geoOrthographic().scale(100).translate([100, 100]);
    expect(boxBounds({ x0: 0, y0: 0, x1: 200, y1: 200 }, (p) => globe.invert?.(p) as [number, number] | null)).not.toBeNull();
    const nowhere = (): [number, number] | null => null;
    expect(boxBounds({ x0: 0, y0: 0, x1: 10, y1: 10 }, nowhere)).toBeNull();
  });
});

describe('frameBounds', () => {
  it('frameBounds(size, invert) is the whole frame', () => {
    expect(frameBounds({ width: 360, height: 180 }, invert)).toEqual([[-180, -90], [180, 90]]);
  });
});

describe('zoomBounds', () => {
  const india: Bounds = [[70, 10], [90, 30]];

  it('zoomBounds(bounds, 2) halves the span about the centre; 0.5 doubles it', () => {
    expect(zoomBounds(india, 2)).toEqual([[75, 15], [85, 25]]);
    expect(zoomBounds(india, 0.5)).toEqual([[60, 0], [100, 40]]);
  });

  it('zoomBounds(bounds across the antimeridian) keeps crossing it', () => {
    const pacific: Bounds = [[170, -10], [-170, 10]];
    expect(lonSpan(pacific)).toBe(20);
    expect(zoomBounds(pacific, 2)).toEqual([[175, -5], [-175, 5]]);
  });

  it('zoomBounds(out past the globe) holds to it', () => {
    expect(zoomBounds([[-100, -60], [100, 60]], 0.25)).toEqual([[-180, -90], [180, 90]]);
  });
});

describe('centreBounds', () => {
  it('centreBounds(bounds, point) keeps the span about the new centre, wrapping and holding to the poles', () => {
    expect(centreBounds([[70, 10], [90, 30]], [0, 45])).toEqual([[-10, 35], [10, 55]]);
    expect(centreBounds([[70, 10], [90, 30]], [175, 85])).toEqual([[165, 70], [-175, 90]]);
  });
});

describe('panBounds', () => {
  it('panBounds(bounds, dx, dy) moves by fractions of the span, east and north', () => {
    expect(panBounds([[70, 10], [90, 30]], 0.25, -0.5)).toEqual([[75, 0], [95, 20]]);
  });

  it('panBounds(east over the antimeridian) wraps the longitudes', () => {
    expect(panBounds([[160, 0], [180, 10]], 0.5, 0)).toEqual([[170, 0], [-170, 10]]);
    expect(boundsCentre([[170, 0], [-170, 10]])).toEqual([-180, 5]);
  });

  it('panBounds(north past the pole) stops at it', () => {
    expect(panBounds([[0, 60], [20, 80]], 0, 1)).toEqual([[0, 70], [20, 90]]);
  });
});
