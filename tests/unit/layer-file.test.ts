import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../../src/lib/geo/geojson-layer';
import { layerFeatureFile, layerFeatureFromFile } from '../../src/lib/geo/layer-file';

/** As a browser gets it: the published form through JSON. */
const published = (feature: LayerFeature) => JSON.parse(JSON.stringify(layerFeatureFile(feature))) as unknown;
const back = (feature: LayerFeature) => layerFeatureFromFile(published(feature), 'data/x.json: layers["l"][0]');

const ring = (x: number, y: number, d = 1) => [[x, y], [x, y + d], [x + d, y + d], [x + d, y], [x, y]];
const FEATURES: LayerFeature[] = [
  { id: 'line', class: 'lac', name: 'A line', note: 'A note', geometry: { type: 'LineString', coordinates: [[78.12, 34.56], [78.13, 34.5], [-179.99, -89.01]] } },
  { id: 'lines', geometry: { type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[10.5, -3.5], [11, -4], [12, -4.5]]] } },
  { id: 'polygon', geometry: { type: 'Polygon', coordinates: [ring(77.81, 34.07, 0.25), ring(77.9, 34.1, 0.05)] } },
  { id: 'polygons', geometry: { type: 'MultiPolygon', coordinates: [[ring(0, 0)], [ring(-60.123456, 10.000001, 0.5)]] } },
];

describe('layerFeatureFile / layerFeatureFromFile', () => {
  it.each(FEATURES.map((f) => [f.geometry.type, f] as const))('a %s comes back exactly as it went, to the last bit', (_, feature) => {
    expect(back(feature)).toEqual(feature);
  });

  it('writes each line or ring as one printable string, with the fewest decimals that write it exactly', () => {
    const [line, lines, polygon, polygons] = FEATURES.map(layerFeatureFile);
    expect(line.geometry).toMatchObject({ type: 'LineString', digits: 2, coordinates: expect.stringMatching(/^[?-~]+$/) });
    expect(lines.geometry.digits).toBe(1);
    expect(polygon.geometry.digits).toBe(2);
    expect(polygons.geometry.digits).toBe(6);
    expect(polygons.geometry.coordinates).toHaveLength(2);
  });

  it('keeps a geodata file of the site exactly and weighs far less than its positions as JSON', () => {
    const lac = JSON.parse(readFileSync('content/geodata/line_of_actual_control.geojson', 'utf8')) as { features: { id?: string; properties: { id?: string }; geometry: LayerFeature['geometry'] }[] };
    const rounded = (v: number) => Math.round(v * 100) / 100;
    const features = lac.features.map((f, i): LayerFeature => ({
      id: String(i),
      geometry: JSON.parse(JSON.stringify(f.geometry), (_, v: unknown) => (typeof v === 'number' ? rounded(v) : v)) as LayerFeature['geometry'],
    }));
    expect(features.map(back)).toEqual(features);
    expect(gzipSync(JSON.stringify(features.map(layerFeatureFile))).length).toBeLessThan(gzipSync(JSON.stringify(features)).length * 0.75);
  });

  it('refuses positions that need more than 6 decimals, naming the feature', () => {
    expect(() => layerFeatureFile({ id: 'fine', geometry: { type: 'LineString', coordinates: [[0.1234567, 0], [1, 1]] } })).toThrow('layer feature "fine": positions need more than 6 decimals; round them');
  });

  const good = published(FEATURES[3]) as { geometry: object };
  it.each([
    [null, '"id" must be a string'],
    [{ ...good, geometry: { ...good.geometry, digits: 7 } }, '"geometry.digits" must be a whole number from 0 to 6'],
    [{ ...good, geometry: { ...good.geometry, type: 'Point' } }, '"geometry.type" must be LineString, MultiLineString, Polygon or MultiPolygon'],
    [{ ...good, geometry: { ...good.geometry, coordinates: 'abc' } }, 'geometry.coordinates must be a list'],
    [{ ...good, geometry: { ...good.geometry, coordinates: [['????????????', '??'], []] } }, 'geometry.coordinates[0][1] has 1 positions, fewer than 4'],
    [{ ...good, geometry: { ...good.geometry, coordinates: [[' ']] } }, 'geometry.coordinates[0][0] has " " at 0, outside "?" to "~"'],
    [{ id: 'l', geometry: { type: 'LineString', digits: 0, coordinates: '???' } }, 'geometry.coordinates ends inside a position'],
    [{ id: 'l', geometry: { type: 'MultiLineString', digits: 0, coordinates: ['????', '??'] } }, 'geometry.coordinates[1] has 1 positions, fewer than 2'],
  ])('refuses a feature it cannot read, naming where and the field: %j', (json, message) => {
    expect(() => layerFeatureFromFile(json, 'data/x.json: layers["l"][0]')).toThrow(`data/x.json: layers["l"][0]: ${message}`);
  });
});
