import { describe, expect, it } from 'vitest';
import type { CountriesTopology } from '../../src/lib/geo/base-map';
import { topologyFile } from '../../src/lib/geo/topology-file';

const square = (id: string) =>
  ({
    type: 'Topology',
    transform: { scale: [1, 1], translate: [0, 0] },
    arcs: [[[0, 0], [0, 10], [10, 0], [0, -10], [-10, 0]]],
    objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], id, properties: { name: id } }] } },
  }) as unknown as CountriesTopology;

describe('topologyFile', () => {
  it('topologyFile(topology) names the file by content: the same map, the same file', () => {
    expect(topologyFile(square('001'))).toMatch(/^base\/countries-[0-9a-f]{8}\.json$/);
    expect(topologyFile(square('001'))).toBe(topologyFile(square('001')));
  });

  it('topologyFile(topology) gives different maps different files', () => {
    expect(topologyFile(square('001'))).not.toBe(topologyFile(square('002')));
  });
});
