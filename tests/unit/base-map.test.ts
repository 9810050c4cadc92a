import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { countryFeatures, countryNames, geometriesBySize, labelPoint, type CountriesTopology, type CountryFeature, type CountryGeometry } from '../../src/lib/geo/base-map';
import { squareCountry } from './fixtures';

const world = countries110m as unknown as CountriesTopology;

/** Two countries sharing one square arc (no transform, so arcs are plain [lon, lat]), one without an id. */
const tiny = {
  type: 'Topology',
  arcs: [[[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]], id: '001', properties: { name: 'Squareland' } },
        { type: 'Polygon', arcs: [[0]], properties: { name: 'Nowhere' } },
        { type: 'Polygon', arcs: [[0]], id: '002' },
      ],
    },
  },
} as unknown as CountriesTopology;

describe('countryFeatures', () => {
  it('countryFeatures(topology) decodes the countries that have an id', () => {
    const features = countryFeatures(tiny);
    expect(features.map((f) => f.id)).toEqual(['001', '002']);
    expect(features[0].properties.name).toBe('Squareland');
    expect(features[0].geometry).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]] });
  });

  it('countryFeatures(world-atlas countries-110m) leaves out the three shapes without an ISO code', () => {
    const features = countryFeatures(world);
    expect(features.length).toBe(world.objects.countries.geometries.length - 3);
    expect(features.every((f) => /^\d{3}$/.test(f.id))).toBe(true);
    expect(features.find((f) => f.id === '250')?.properties.name).toBe('France');
  });
});

describe('geometriesBySize', () => {
  /** A geometry's points: its arcs' points, an arc counted wherever it is used. */
  const points = (t: CountriesTopology, g: CountryGeometry) =>
    (g.type === 'MultiPolygon' ? g.arcs.flat(2) : g.type === 'Polygon' ? g.arcs.flat() : []).reduce((n, a) => n + t.arcs[a < 0 ? ~a : a].length, 0);

  it('geometriesBySize(topology) gives every country once, fewest points first, ties in file order', () => {
    const sorted = geometriesBySize(world);
    expect(new Set(sorted)).toEqual(new Set(world.objects.countries.geometries));
    expect(sorted.length).toBe(world.objects.countries.geometries.length);
    const sizes = sorted.map((g) => points(world, g));
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    // The largest last: Canada, Antarctica and Russia are the three with the most points in countries-110m.
    expect(sorted.slice(-3).map((g) => (g.properties as { name?: string } | undefined)?.name).sort()).toEqual(['Antarctica', 'Canada', 'Russia']);
    // The two squares of the tiny topology are the same size: they keep their order.
    expect(geometriesBySize(tiny).map((g) => g.id)).toEqual(tiny.objects.countries.geometries.map((g) => g.id));
  });
});

describe('countryNames', () => {
  it('countryNames(topology) maps each id to its name, falling back to the id', () => {
    expect(countryNames(tiny)).toEqual(new Map([['001', 'Squareland'], ['002', '002']]));
  });

  it('countryNames(world-atlas countries-110m) keeps the leading zeros of ISO codes', () => {
    const names = countryNames(world);
    expect(names.get('156')).toBe('China');
    expect(names.get('643')).toBe('Russia');
    expect(names.get('036')).toBe('Australia');
    expect(names.has('36')).toBe(false);
  });
});

describe('labelPoint', () => {
  it('labelPoint(polygon) is its centroid, rounded to 0.01°', () => {
    const [lon, lat] = labelPoint(squareCountry('001', 'A', 0, 0));
    expect(lon).toBe(5);
    expect(lat).toBeGreaterThan(5);
    expect(lat).toBeLessThan(5.2);
    expect(lat * 100).toBe(Math.round(lat * 100));
  });

  it('labelPoint(multipolygon) is the centroid of its largest polygon', () => {
    const big = squareCountry('001', 'A', 0, 0, 20).geometry.coordinates as number[][][];
    const small = squareCountry('001', 'A', 100, 0, 2).geometry.coordinates as number[][][];
    const country: CountryFeature = { type: 'Feature', id: '001', properties: { name: 'A' }, geometry: { type: 'MultiPolygon', coordinates: [small, big] } };
    const [lon] = labelPoint(country);
    expect(lon).toBe(10);
  });

  it('labelPoint(France) lies in metropolitan France, not between it and French Guiana', () => {
    const france = countryFeatures(world).find((f) => f.id === '250');
    expect(france?.geometry.type).toBe('MultiPolygon');
    const [lon, lat] = labelPoint(france as CountryFeature);
    expect(lon).toBeGreaterThan(-5);
    expect(lon).toBeLessThan(8);
    expect(lat).toBeGreaterThan(42);
    expect(lat).toBeLessThan(51);
  });
});
