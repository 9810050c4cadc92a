import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { CountriesTopology } from '../../src/lib/geo/base-map';
import { compactTopology, thinArc } from '../../src/lib/geo/topology-compact';

/** One country: a square from (0,0) to (10,10) drawn with a point every degree, quantized on a 0.1° grid. */
function squareTopology(): CountriesTopology {
  const ring: [number, number][] = [];
  for (let x = 0; x < 10; x++) ring.push([x, 0]);
  for (let y = 0; y < 10; y++) ring.push([10, y]);
  for (let x = 10; x > 0; x--) ring.push([x, 10]);
  for (let y = 10; y >= 0; y--) ring.push([0, y]);
  // Delta-encode on a grid of 0.1°.
  const arc = ring.map(([x, y], i) => (i === 0 ? [x * 10, y * 10] : [(x - ring[i - 1][0]) * 10, (y - ring[i - 1][1]) * 10]));
  const topology: Topology = {
    type: 'Topology',
    transform: { scale: [0.1, 0.1], translate: [0, 0] },
    arcs: [arc as [number, number][]],
    objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: '001', arcs: [[0]], properties: { name: 'Square' } }] } },
  };
  return topology as unknown as CountriesTopology;
}

const coordinates = (t: CountriesTopology) => (feature(t, t.objects.countries).features[0].geometry as { coordinates: number[][][] }).coordinates[0];

describe('thinArc', () => {
  it('thinArc(points, region, 4) keeps the ends, the points in the region and their neighbours, and every fourth point elsewhere', () => {
    const points = Array.from({ length: 13 }, (_, i) => [i, 0] as [number, number]);
    const kept = thinArc(points, [5, -1, 6, 1], 4).map((p) => p[0]);
    expect(kept).toEqual([0, 4, 5, 6, 7, 8, 12]);
  });

  it('thinArc(points, null, n) keeps every point (a world view has no outside)', () => {
    const points = [[0, 0], [1, 1], [2, 2]] as [number, number][];
    expect(thinArc(points, null, 8)).toEqual(points);
  });
});

describe('compactTopology', () => {
  it('compactTopology(topology, no region) keeps the shape on the new grid and drops country names', () => {
    const compact = compactTopology(squareTopology(), { region: null, thin: 8, quantization: 101 });
    expect(compact.objects.countries.geometries[0]).not.toHaveProperty('properties');
    const before = coordinates(squareTopology());
    const after = coordinates(compact);
    expect(after).toHaveLength(before.length);
    after.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(before[i][0], 5);
      expect(p[1]).toBeCloseTo(before[i][1], 5);
    });
  });

  it('compactTopology(topology, a region at one corner) thins the outline away from it and keeps it whole near it', () => {
    const compact = compactTopology(squareTopology(), { region: [-1, -1, 2, 2], thin: 5, quantization: 1001 });
    const after = coordinates(compact);
    expect(after.length).toBeLessThan(coordinates(squareTopology()).length);
    // Near the region (the corner at 0,0) every degree is still there.
    for (const x of [0, 1, 2]) expect(after.some(([px, py]) => Math.abs(px - x) < 1e-6 && Math.abs(py) < 1e-6)).toBe(true);
    // The ring stays closed.
    expect(after[0]).toEqual(after[after.length - 1]);
  });
});
