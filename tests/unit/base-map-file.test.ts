import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json';
import countries50m from 'world-atlas/countries-50m.json';
import { countryFeatures, type CountriesTopology } from '../../src/lib/geo/base-map';
import { baseMapArc, baseMapFile, baseMapFromFile, baseMapOf, checkedBaseMapFile } from '../../src/lib/geo/base-map-file';
import type { LayerFeature } from '../../src/lib/geo/geojson-layer';

const world110m = countries110m as unknown as CountriesTopology;
const world50m = countries50m as unknown as CountriesTopology;
/** Two hatched areas, as border-areas.ts cuts them from a base map. */
const borders: LayerFeature[] = [
  { id: 'crimea', class: 'occupied', name: 'Crimea', geometry: { type: 'Polygon', coordinates: [[[33.5, 44.4], [33.5, 46.1], [36.6, 45.4], [33.5, 44.4]]] } },
  { id: 'taiwan', class: 'disputed', geometry: { type: 'MultiPolygon', coordinates: [[[[120.1, 22], [121, 25.3], [121.9, 24.9], [120.1, 22]]]] } },
];
/** As a browser gets it: the published form through JSON. */
const published = (topology: CountriesTopology, areas: LayerFeature[] = []) => JSON.parse(JSON.stringify(baseMapFile({ topology, borders: areas }))) as unknown;

/** A quantized topology of one arc, its points (delta-coded) as given. */
const oneArc = (arc: number[][]) =>
  ({
    type: 'Topology',
    transform: { scale: [1, 1], translate: [0, 0] },
    arcs: [arc],
    objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'LineString', arcs: [0], id: '001' }] } },
  }) as unknown as CountriesTopology;

/** The published file with its arcs replaced. */
const withArcs = (arcs: unknown) => ({ ...(published(oneArc([[0, 0], [1, 1]])) as object), arcs });

describe('baseMapFile / baseMapFromFile', () => {
  it.each([
    ['110m', world110m],
    ['50m', world50m],
  ])('world-atlas %s comes back exactly as it went, countries, hatched areas and all', (_, topology) => {
    const back = baseMapFromFile(published(topology, borders), 'base/world.json');
    expect(back.topology).toEqual(topology);
    expect(countryFeatures(back.topology)).toEqual(countryFeatures(topology));
    expect(back.borders).toEqual(borders);
  });

  it('read an arc at a time (checkedBaseMapFile, baseMapArc, baseMapOf), a file gives the same base map', () => {
    const json = published(world110m, borders);
    const file = checkedBaseMapFile(json, 'base/world.json');
    const arcs = file.arcs.map((_, i) => baseMapArc(file, i, 'base/world.json'));
    expect(baseMapOf(file, arcs, 'base/world.json')).toEqual(baseMapFromFile(json, 'base/world.json'));
    expect(() => baseMapArc(checkedBaseMapFile(withArcs(['????', '??']), 'f'), 1, 'base/countries-1.json')).toThrow('base map base/countries-1.json: arcs[1] has fewer than 2 points');
  });

  it('writes each arc as one printable string', () => {
    const file = baseMapFile({ topology: world110m, borders });
    expect(file.arcs).toHaveLength(world110m.arcs.length);
    for (const arc of file.arcs) expect(arc).toMatch(/^[?-~]+$/);
  });

  it('keeps zero, negative and large numbers', () => {
    const arc = [[0, 0], [-1, 1], [-16, 16], [-17, 17], [1_000_000, -1_000_000], [-(2 ** 25), 2 ** 25 - 1]];
    expect(baseMapFromFile(published(oneArc(arc)), 'f').topology.arcs).toEqual([arc]);
  });

  it('weighs a sixth less compressed than the same topology as JSON arrays', () => {
    for (const topology of [world110m, world50m]) {
      const arrays = gzipSync(JSON.stringify(topology)).length;
      const text = gzipSync(JSON.stringify(baseMapFile({ topology, borders: [] }))).length;
      expect(text / arrays).toBeLessThan(0.9);
    }
  });

  it('refuses a topology that is not quantized, or has a point off the grid', () => {
    const { transform: _, ...plain } = oneArc([[0, 0], [1, 1]]);
    expect(() => baseMapFile({ topology: plain as CountriesTopology, borders })).toThrow('baseMapFile: the topology must be quantized');
    expect(() => baseMapFile({ topology: oneArc([[0, 0], [1.5, 1]]), borders })).toThrow('baseMapFile: arcs[0] has a point that is not whole numbers: 1.5');
  });

  it.each([
    [null, '"type" must be "Topology"'],
    [{ type: 'FeatureCollection' }, '"type" must be "Topology"'],
    [{ ...withArcs([]), transform: undefined }, '"transform" must have "scale" and "translate"'],
    [{ ...withArcs([]), objects: {} }, '"objects.countries.geometries" must be a list'],
    [withArcs('??'), '"arcs" must be a list of strings'],
    [withArcs([[[0, 0], [1, 1]]]), 'arcs[0] is not a string'],
    [withArcs(['????', '?? ??']), 'arcs[1] has " " at 2, outside "?" to "~"'],
    [withArcs(['???']), 'arcs[0] ends inside a point'],
    [withArcs(['????_']), 'arcs[0] ends inside a number'],
    [withArcs(['??']), 'arcs[0] has fewer than 2 points'],
    [withArcs(['~~~~~~~?']), 'arcs[0] has a number longer than 6 characters at 5'],
    [{ ...withArcs(['????']), borders: undefined }, '"borders" must be a list'],
    [{ ...withArcs(['????']), borders: [{ id: 'crimea', geometry: { type: 'Polygon', digits: 1, coordinates: ['??'] } }] }, 'borders[0]: geometry.coordinates[0] has 1 positions, fewer than 4'],
  ])('refuses a file that is not a base map, naming the file and the field: %j', (json, message) => {
    expect(() => baseMapFromFile(json, 'base/countries-1.json')).toThrow(`base map base/countries-1.json: ${message}`);
  });
});
