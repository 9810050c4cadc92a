import { describe, expect, it } from 'vitest';
import type { CountriesTopology } from '../../src/lib/geo/base-map';
import type { LayerFeature } from '../../src/lib/geo/geojson-layer';
import { topologyFile } from '../../src/lib/geo/topology-file';

const square = (id: string, borders: LayerFeature[] = []) => ({
  topology: {
    type: 'Topology',
    transform: { scale: [1, 1], translate: [0, 0] },
    arcs: [[[0, 0], [0, 10], [10, 0], [0, -10], [-10, 0]]],
    objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], id, properties: { name: id } }] } },
  } as unknown as CountriesTopology,
  borders,
});
const area = (north: number): LayerFeature => ({ id: 'a', class: 'disputed', geometry: { type: 'Polygon', coordinates: [[[0, 0], [0, north], [1, 0], [0, 0]]] } });

describe('topologyFile', () => {
  it('topologyFile(baseMap) names the file by content: the same map, the same file', () => {
    expect(topologyFile(square('001'))).toMatch(/^base\/countries-[0-9a-f]{8}\.json$/);
    expect(topologyFile(square('001'))).toBe(topologyFile(square('001')));
  });

  it('topologyFile(baseMap) gives different maps different files, and the same countries with other hatched areas', () => {
    expect(topologyFile(square('001'))).not.toBe(topologyFile(square('002')));
    expect(topologyFile(square('001', [area(1)]))).not.toBe(topologyFile(square('001', [area(2)])));
    expect(topologyFile(square('001', [area(1)]))).not.toBe(topologyFile(square('001')));
  });
});
