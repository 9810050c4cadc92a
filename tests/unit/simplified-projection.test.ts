import { geoIdentity, geoPath } from 'd3-geo';
import type { LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { simplifiedProjection } from '../../src/lib/geo/simplified-projection';

const identity = geoIdentity();
const wiggly = (amplitude: number): LineString => ({
  type: 'LineString',
  coordinates: Array.from({ length: 41 }, (_, i) => [i, i % 2 ? amplitude : 0]),
});

describe('simplifiedProjection', () => {
  it('simplifiedProjection(projection, tolerance) drops the detail finer than the tolerance', () => {
    const d = geoPath(simplifiedProjection(identity, 0.5))(wiggly(0.1));
    expect(d).toBe('M0,0L40,0');
  });

  it('simplifiedProjection keeps detail coarser than the tolerance', () => {
    const line = wiggly(2);
    expect(geoPath(simplifiedProjection(identity, 0.5))(line)).toBe(geoPath(identity)(line));
  });

  it('simplifiedProjection simplifies after projecting: the tolerance is in projected units', () => {
    const zoomed = geoIdentity().scale(10);
    expect(geoPath(simplifiedProjection(zoomed, 0.5))(wiggly(0.1))).toBe(geoPath(zoomed)(wiggly(0.1)));
  });

  it('simplifiedProjection keeps a ring closed', () => {
    const ring: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [5, 0.01], [10, 0], [10, 10], [0, 10], [0, 0]]],
    };
    expect(geoPath(simplifiedProjection(identity, 0.5))(ring)).toBe('M0,0L10,0L10,10L0,10Z');
  });

  it('simplifiedProjection(projection, a negative tolerance) says what is wrong', () => {
    expect(() => simplifiedProjection(identity, -1)).toThrow(/tolerance must be a number ≥ 0, got -1/);
    expect(() => simplifiedProjection(identity, Number.NaN)).toThrow(/got NaN/);
  });
});
