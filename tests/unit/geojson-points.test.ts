import { describe, expect, it } from 'vitest';
import { parsePointCollection } from '../../src/lib/geo/geojson-points';

const FILE = 'content/geodata/places.geojson';

function point(coordinates: unknown, properties: Record<string, unknown> = {}) {
  return { type: 'Feature', geometry: { type: 'Point', coordinates }, properties };
}
const beijing = point([116.39, 39.91], { id: 'beijing', name: 'Beijing', source: 'Natural Earth' });
const moscow = point([37.61, 55.75], { id: 'moscow', name: 'Moscow', source: 'Natural Earth' });
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('parsePointCollection', () => {
  it('parsePointCollection(valid file) flattens each feature into a point record', () => {
    expect(parsePointCollection(collection(beijing, moscow), FILE)).toEqual([
      { id: 'beijing', name: 'Beijing', at: [116.39, 39.91], source: 'Natural Earth' },
      { id: 'moscow', name: 'Moscow', at: [37.61, 55.75], source: 'Natural Earth' },
    ]);
  });

  it('parsePointCollection(empty collection) is empty', () => {
    expect(parsePointCollection(collection(), FILE)).toEqual([]);
  });

  it('parsePointCollection(not JSON) names the file', () => {
    expect(() => parsePointCollection('{"type": "FeatureCollection",', FILE)).toThrow(/^content\/geodata\/places\.geojson: not valid JSON/);
  });

  it('parsePointCollection(not a FeatureCollection) names the file and `type`', () => {
    const message = 'content/geodata/places.geojson: type: expected a GeoJSON FeatureCollection with a features array';
    expect(() => parsePointCollection(JSON.stringify(beijing), FILE)).toThrow(message);
    expect(() => parsePointCollection(JSON.stringify({ type: 'FeatureCollection' }), FILE)).toThrow(message);
    expect(() => parsePointCollection('null', FILE)).toThrow(message);
    expect(() => parsePointCollection('[]', FILE)).toThrow(message);
  });

  it('parsePointCollection(non-Point geometry) names features[i].geometry', () => {
    const line = { ...beijing, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } };
    expect(() => parsePointCollection(collection(moscow, line), FILE)).toThrow('content/geodata/places.geojson: features[1].geometry: expected a Point with [lon, lat] numbers');
  });

  it('parsePointCollection(Point without two numbers) names features[i].geometry', () => {
    for (const coordinates of [[116], ['116', '39'], null, [116, null]]) {
      expect(() => parsePointCollection(collection(point(coordinates, { id: 'x', name: 'X', source: 's' })), FILE)).toThrow('features[0].geometry: expected a Point');
    }
    const noGeometry = { type: 'Feature', geometry: null, properties: { id: 'x', name: 'X', source: 's' } };
    expect(() => parsePointCollection(collection(noGeometry), FILE)).toThrow('content/geodata/places.geojson: features[0].geometry');
  });

  it('parsePointCollection(coordinates out of range) names features[i].geometry.coordinates', () => {
    const swapped = point([39.91, 116.39], { id: 'beijing', name: 'Beijing', source: 's' });
    expect(() => parsePointCollection(collection(swapped), FILE)).toThrow('content/geodata/places.geojson: features[0].geometry.coordinates: [39.91, 116.39] is out of range');
    const east = point([181, 0], { id: 'x', name: 'X', source: 's' });
    expect(() => parsePointCollection(collection(east), FILE)).toThrow('features[0].geometry.coordinates: [181, 0] is out of range');
  });

  it('parsePointCollection(feature without id) names features[i].properties.id', () => {
    const noId = point([0, 0], { name: 'X', source: 's' });
    expect(() => parsePointCollection(collection(beijing, noId), FILE)).toThrow('content/geodata/places.geojson: features[1].properties.id: every place needs a string id');
    const numericId = point([0, 0], { id: 7, name: 'X', source: 's' });
    expect(() => parsePointCollection(collection(numericId), FILE)).toThrow('features[0].properties.id');
  });

  it('parsePointCollection(feature without name) names features[i].properties.name', () => {
    const noName = point([0, 0], { id: 'x', source: 's' });
    expect(() => parsePointCollection(collection(noName), FILE)).toThrow('content/geodata/places.geojson: features[0].properties.name: missing');
    const emptyName = point([0, 0], { id: 'x', name: '', source: 's' });
    expect(() => parsePointCollection(collection(emptyName), FILE)).toThrow('features[0].properties.name: missing');
  });

  it('parsePointCollection(feature without source) names features[i].properties.source', () => {
    const noSource = point([0, 0], { id: 'x', name: 'X' });
    expect(() => parsePointCollection(collection(noSource), FILE)).toThrow('content/geodata/places.geojson: features[0].properties.source: every place cites where its coordinate comes from');
  });

  it('parsePointCollection(feature without properties) names features[i].properties.id', () => {
    const bare = { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] } };
    expect(() => parsePointCollection(collection(bare), FILE)).toThrow('features[0].properties.id');
  });

  it('parsePointCollection(null feature) names the file and features[i]', () => {
    expect(() => parsePointCollection(collection(beijing, null), FILE)).toThrow('content/geodata/places.geojson: features[1]');
  });

  it('parsePointCollection(duplicate id) names the second feature and the id', () => {
    expect(() => parsePointCollection(collection(beijing, moscow, beijing), FILE)).toThrow('content/geodata/places.geojson: features[2].properties.id: duplicate id "beijing"');
  });
});
