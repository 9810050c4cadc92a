import { geoBounds } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CountryFeature } from '../../src/lib/geo/base-map';
import { viewTarget } from '../../src/lib/state/view-target';
import { squareCountry } from './fixtures';

const a = squareCountry('001', 'Aland', 0, 0);
const b = squareCountry('002', 'Beeland', 30, 10);
const countries = new Map<string, CountryFeature>([['001', a], ['002', b]]);

describe('viewTarget', () => {
  it('viewTarget({ fit }) collects the listed countries', () => {
    expect(viewTarget({ fit: ['001', '002'] }, countries)).toEqual({ type: 'FeatureCollection', features: [a, b] });
  });

  it('viewTarget({ bounds }) is points along the box that span exactly the box', () => {
    const target = viewTarget({ bounds: [[-10, 20], [30, 50]] }, countries);
    expect(target.features).toHaveLength(1);
    expect(target.features[0].geometry.type).toBe('MultiPoint');
    const [[west, south], [east, north]] = geoBounds(target);
    expect([west, south, east, north].map((n) => Math.round(n * 1e6) / 1e6)).toEqual([-10, 20, 30, 50]);
  });

  it('viewTarget({ bounds across the antimeridian }) keeps longitudes within ±180', () => {
    const target = viewTarget({ bounds: [[170, -10], [-170, 10]] }, countries);
    const { coordinates } = target.features[0].geometry as MultiPoint;
    expect(coordinates.every(([lon]) => lon >= -180 && lon <= 180)).toBe(true);
    const [[west], [east]] = geoBounds(target);
    expect(west).toBeCloseTo(170, 6);
    expect(east).toBeCloseTo(-170, 6);
  });

  it('viewTarget({ fit, bounds }) fits both', () => {
    const target = viewTarget({ fit: ['002'], bounds: [[-10, -10], [0, 0]] }, countries);
    expect(target.features).toHaveLength(2);
    expect(target.features[0]).toBe(b);
    const [[west, south], [east, north]] = geoBounds(target);
    expect(west).toBeCloseTo(-10, 6);
    expect(south).toBeCloseTo(-10, 6);
    expect(east).toBeCloseTo(40, 6);
    expect(north).toBeGreaterThanOrEqual(20);
  });

  it('viewTarget({ fit: [unknown country] }) throws naming view.fit and the code', () => {
    expect(() => viewTarget({ fit: ['001', '999'] }, countries)).toThrow('view.fit: country "999" is not in the scene\'s geometry');
  });
});
