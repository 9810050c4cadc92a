import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import type { CountriesTopology } from '../../src/lib/geo/base-map';
import { subsetTopology } from '../../src/lib/geo/topology-subset';

/**
 * Three countries in a row sharing edges, plus an island of the third (no transform: arcs are plain
 * [lon, lat]). Rings run clockwise; a shared edge is drawn forward by one neighbour and reversed (~i) by the other.
 *
 *   +----+----+----+   +----+
 *   | A  | B  | C  |   | C' |
 *   +----+----+----+   +----+
 *   0    1    2    3   4    5
 */
const arcs = [
  [[1, 0], [0, 0], [0, 1], [1, 1]], // 0: A's outer edges
  [[1, 1], [1, 0]], //                 1: A|B, down
  [[1, 1], [2, 1]], //                 2: B's top
  [[2, 1], [2, 0]], //                 3: B|C, down
  [[2, 0], [1, 0]], //                 4: B's bottom
  [[2, 1], [3, 1], [3, 0], [2, 0]], // 5: C's outer edges
  [[4, 0], [4, 1], [5, 1], [5, 0], [4, 0]], // 6: C's island
];

const topology = {
  type: 'Topology',
  arcs,
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: '001', properties: { name: 'Aland' }, arcs: [[0, 1]] },
        { type: 'Polygon', id: '002', properties: { name: 'Beeland' }, arcs: [[~1, 2, 3, 4]] },
        { type: 'MultiPolygon', id: '003', properties: { name: 'Ceeland' }, arcs: [[[~3, 5]], [[6]]] },
      ],
    },
  },
} as unknown as CountriesTopology;

/** The same map quantized: integer positions on a 0.5° grid, each arc delta-encoded after its first point. */
function quantized(plain: CountriesTopology): CountriesTopology {
  const scale = 0.5;
  const encode = (arc: number[][]) =>
    arc.map((p, i) => (i === 0 ? [p[0] / scale, p[1] / scale] : [(p[0] - arc[i - 1][0]) / scale, (p[1] - arc[i - 1][1]) / scale]));
  return { ...plain, transform: { scale: [scale, scale], translate: [0, 0] }, arcs: plain.arcs.map(encode) } as CountriesTopology;
}

const decoded = (t: CountriesTopology) => feature(t, t.objects.countries).features;
const arcsOf = (t: CountriesTopology) => t.objects.countries.geometries.map((g) => ('arcs' in g ? g.arcs : null));

describe('subsetTopology', () => {
  it('subsetTopology(topology, keep) keeps only the chosen countries, in order, with their ids and properties', () => {
    const subset = subsetTopology(topology, new Set(['003', '001']));
    expect(subset.objects.countries.geometries.map((g) => [g.id, (g.properties as { name: string }).name])).toEqual([['001', 'Aland'], ['003', 'Ceeland']]);
  });

  it('subsetTopology(topology, keep) keeps exactly the arcs the chosen countries use, in order of first use', () => {
    expect(subsetTopology(topology, new Set(['002'])).arcs).toEqual([arcs[1], arcs[2], arcs[3], arcs[4]]);
    expect(subsetTopology(topology, new Set(['001', '003'])).arcs).toEqual([arcs[0], arcs[1], arcs[3], arcs[5], arcs[6]]);
  });

  it('subsetTopology(topology, keep) renumbers the arcs and keeps reversed references reversed (~i)', () => {
    expect(arcsOf(subsetTopology(topology, new Set(['002', '003'])))).toEqual([[[~0, 1, 2, 3]], [[[~2, 4]], [[5]]]]);
    expect(arcsOf(subsetTopology(topology, new Set(['001', '003'])))).toEqual([[[0, 1]], [[[~2, 3]], [[4]]]]);
  });

  it('subsetTopology(topology, keep) decodes to the same coordinates as the original', () => {
    for (const keep of [['001'], ['002'], ['003'], ['001', '003'], ['002', '003'], ['001', '002', '003']]) {
      const subset = subsetTopology(topology, new Set(keep));
      expect(decoded(subset)).toEqual(decoded(topology).filter((f) => keep.includes(f.id as string)));
    }
  });

  it('subsetTopology(quantized topology, keep) keeps the transform and decodes to the same coordinates', () => {
    const original = quantized(topology);
    const subset = subsetTopology(original, new Set(['002', '003']));
    expect(subset.transform).toEqual(original.transform);
    expect(decoded(subset)).toEqual(decoded(original).filter((f) => f.id !== '001'));
    expect(decoded(subset)[0].geometry).toEqual({ type: 'Polygon', coordinates: [[[1, 0], [1, 1], [2, 1], [2, 0], [1, 0]]] });
  });

  it('subsetTopology(topology, no countries) has no geometries and no arcs', () => {
    const subset = subsetTopology(topology, new Set());
    expect(subset.objects.countries.geometries).toEqual([]);
    expect(subset.arcs).toEqual([]);
  });

  it('subsetTopology(topology, keep) leaves the original untouched', () => {
    const before = structuredClone(topology);
    subsetTopology(topology, new Set(['002', '003']));
    expect(topology).toEqual(before);
  });
});
