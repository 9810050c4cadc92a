import { describe, expect, it } from 'vitest';
import { parseGeoLayer, roundGeometry, slug, type LayerSpec } from '../../src/lib/geo/geojson-layer';

const FILE = 'content/geodata/test.geojson';
const lines: LayerSpec = { geometry: 'lines', idField: 'id' };
const areas: LayerSpec = { geometry: 'areas', idField: 'id' };

/** A clockwise ring (as d3-geo wants exterior rings) around the square [west, south]–[west + 2, south + 2]. */
const ring = (west: number, south: number) => [[west, south], [west, south + 2], [west + 2, south + 2], [west + 2, south], [west, south]];

const feature = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry });
const lineString = (...coordinates: unknown[]) => ({ type: 'LineString', coordinates });
const polygon = (...rings: unknown[]) => ({ type: 'Polygon', coordinates: rings });
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

const aLine = (id: unknown, properties: Record<string, unknown> = {}) => feature({ id, ...properties }, lineString([77, 35], [78, 34]));
const anArea = (id: unknown, properties: Record<string, unknown> = {}) => feature({ id, ...properties }, polygon(ring(78, 34)));

describe('parseGeoLayer', () => {
  it('parseGeoLayer(lines) returns each feature\'s id and geometry', () => {
    const multi = { type: 'MultiLineString', coordinates: [[[90, 28], [92, 27]], [[93, 27], [95, 28]]] };
    const features = parseGeoLayer(collection(aLine('western'), feature({ id: 'eastern' }, multi)), FILE, lines);
    expect(features).toEqual([
      { id: 'western', geometry: { type: 'LineString', coordinates: [[77, 35], [78, 34]] } },
      { id: 'eastern', geometry: multi },
    ]);
  });

  it('parseGeoLayer(areas) returns polygons and multipolygons, holes included', () => {
    const hole = [[79, 35], [79.5, 35], [79.5, 35.5], [79, 35.5], [79, 35]];
    const multi = { type: 'MultiPolygon', coordinates: [[ring(88, 27)], [ring(91, 27)]] };
    const features = parseGeoLayer(collection(feature({ id: 'aksai-chin' }, polygon(ring(78, 34), hole)), feature({ id: 'east' }, multi)), FILE, areas);
    expect(features.map((f) => [f.id, f.geometry.type])).toEqual([['aksai-chin', 'Polygon'], ['east', 'MultiPolygon']]);
  });

  it('parseGeoLayer(empty collection) is empty', () => {
    expect(parseGeoLayer(collection(), FILE, lines)).toEqual([]);
  });

  it('parseGeoLayer(text that is not JSON) names the file', () => {
    expect(() => parseGeoLayer('{"type": "FeatureCollection",', FILE, lines)).toThrow(/^content\/geodata\/test\.geojson: not valid JSON \(/);
  });

  it('parseGeoLayer(JSON that is not a FeatureCollection) names the file and `type`', () => {
    const message = `${FILE}: type: not a GeoJSON FeatureCollection; the file must hold one, with a features array`;
    expect(() => parseGeoLayer(JSON.stringify(aLine('a')), FILE, lines)).toThrow(message);
    expect(() => parseGeoLayer(JSON.stringify({ type: 'FeatureCollection' }), FILE, lines)).toThrow(message);
    expect(() => parseGeoLayer('null', FILE, lines)).toThrow(message);
  });

  it('parseGeoLayer(null feature) names the file and features[i]', () => {
    expect(() => parseGeoLayer(collection(aLine('a'), null), FILE, lines)).toThrow(`${FILE}: features[1]: not a GeoJSON Feature; every entry of features must be a Feature object`);
  });

  it('parseGeoLayer(lines layer holding a polygon) names features[i].geometry.type and what the layer holds', () => {
    expect(() => parseGeoLayer(collection(aLine('a'), anArea('b')), FILE, lines)).toThrow(
      `${FILE}: features[1].geometry.type: "Polygon" is not one of LineString, MultiLineString (this layer holds lines)`,
    );
  });

  it('parseGeoLayer(areas layer holding a line, a point or no geometry) names features[i].geometry.type', () => {
    expect(() => parseGeoLayer(collection(aLine('a')), FILE, areas)).toThrow(`${FILE}: features[0].geometry.type: "LineString" is not one of Polygon, MultiPolygon (this layer holds areas)`);
    expect(() => parseGeoLayer(collection(feature({ id: 'p' }, { type: 'Point', coordinates: [78, 34] })), FILE, areas)).toThrow(`${FILE}: features[0].geometry.type: "Point"`);
    expect(() => parseGeoLayer(collection(feature({ id: 'p' }, null)), FILE, areas)).toThrow(`${FILE}: features[0].geometry.type: "undefined"`);
  });

  it('parseGeoLayer(position out of range) names the position and the range', () => {
    const swapped = feature({ id: 'a' }, lineString([77, 35], [34, 178]));
    expect(() => parseGeoLayer(collection(swapped), FILE, lines)).toThrow(
      `${FILE}: features[0].geometry.coordinates[1]: [34, 178] is out of range; positions are [lon, lat] within ±180, ±90`,
    );
    const east = feature({ id: 'a' }, polygon([[179, 0], [179, 1], [181, 1], [181, 0], [179, 0]]));
    expect(() => parseGeoLayer(collection(east), FILE, areas)).toThrow(`${FILE}: features[0].geometry.coordinates[0][2]: [181, 1] is out of range`);
  });

  it('parseGeoLayer(non-numeric position) names the position', () => {
    for (const bad of [['77', 35], [77], [77, null], 'x']) {
      expect(() => parseGeoLayer(collection(feature({ id: 'a' }, lineString([78, 34], bad))), FILE, lines)).toThrow(
        `${FILE}: features[0].geometry.coordinates[1]: not a position; write each position as a [lon, lat] pair of numbers`,
      );
    }
  });

  it('parseGeoLayer(line of one position) names the line', () => {
    expect(() => parseGeoLayer(collection(feature({ id: 'a' }, lineString([77, 35]))), FILE, lines)).toThrow(
      `${FILE}: features[0].geometry.coordinates: a line needs at least two positions`,
    );
    const multi = { type: 'MultiLineString', coordinates: [[[77, 35], [78, 34]], [[79, 33]]] };
    expect(() => parseGeoLayer(collection(feature({ id: 'a' }, multi)), FILE, lines)).toThrow(`${FILE}: features[0].geometry.coordinates[1]: a line needs at least two positions`);
  });

  it('parseGeoLayer(unclosed ring) names the ring', () => {
    const open = ring(78, 34).slice(0, 4).concat([[78.5, 34]]);
    expect(() => parseGeoLayer(collection(feature({ id: 'a' }, polygon(open))), FILE, areas)).toThrow(
      `${FILE}: features[0].geometry.coordinates[0]: the ring is not closed; repeat its first position at its end`,
    );
  });

  it('parseGeoLayer(ring of fewer than four positions) names the ring', () => {
    const triangle = [[78, 34], [78, 36], [78, 34]];
    expect(() => parseGeoLayer(collection(feature({ id: 'a' }, polygon(triangle))), FILE, areas)).toThrow(
      `${FILE}: features[0].geometry.coordinates[0]: a ring needs at least four positions`,
    );
    const multi = { type: 'MultiPolygon', coordinates: [[ring(88, 27)], []] };
    expect(() => parseGeoLayer(collection(feature({ id: 'a' }, multi)), FILE, areas)).toThrow(`${FILE}: features[0].geometry.coordinates[1]: a polygon needs at least one ring`);
  });

  it('parseGeoLayer(counter-clockwise exterior ring) says it is wound the wrong way', () => {
    const counterClockwise = ring(78, 34).reverse();
    expect(() => parseGeoLayer(collection(feature({ id: 'a' }, polygon(counterClockwise))), FILE, areas)).toThrow(
      `${FILE}: features[0].geometry.coordinates: the exterior ring is wound the wrong way (counter-clockwise)`,
    );
    const multi = { type: 'MultiPolygon', coordinates: [[ring(88, 27)], [ring(91, 27).reverse()]] };
    expect(() => parseGeoLayer(collection(feature({ id: 'a' }, multi)), FILE, areas)).toThrow(`${FILE}: features[0].geometry.coordinates[1]: the exterior ring is wound the wrong way`);
  });

  it('parseGeoLayer(feature without a string id) names features[i].properties.<idField>', () => {
    const spec = { geometry: 'lines', idField: 'sector' } as const;
    for (const properties of [{}, { sector: '' }, { sector: 3 }]) {
      expect(() => parseGeoLayer(collection(feature(properties, lineString([77, 35], [78, 34]))), FILE, spec)).toThrow(
        `${FILE}: features[0].properties.sector: missing; give every feature a string id in \`sector\``,
      );
    }
    expect(() => parseGeoLayer(collection(feature(null as unknown as Record<string, unknown>, lineString([77, 35], [78, 34]))), FILE, spec)).toThrow(
      `${FILE}: features[0].properties.sector: missing; give every feature a string id in \`sector\``,
    );
  });

  it('parseGeoLayer(two features with one id) names the second and the id', () => {
    expect(() => parseGeoLayer(collection(aLine('western'), aLine('eastern'), aLine('western')), FILE, lines)).toThrow(
      `${FILE}: features[2].properties.id: duplicate id "western"`,
    );
  });

  it('parseGeoLayer(feature without its class field) names features[i].properties.<classField>', () => {
    const spec: LayerSpec = { ...areas, classField: 'administered_by' };
    expect(() => parseGeoLayer(collection(anArea('a', { administered_by: 'China' }), anArea('b')), FILE, spec)).toThrow(
      `${FILE}: features[1].properties.administered_by: missing (this layer styles features by it)`,
    );
    expect(() => parseGeoLayer(collection(anArea('a', { administered_by: '' })), FILE, spec)).toThrow(`${FILE}: features[0].properties.administered_by: missing`);
  });

  it('parseGeoLayer(layer with a class field) gives each feature its class as a slug', () => {
    const spec: LayerSpec = { ...lines, classField: 'name' };
    const features = parseGeoLayer(collection(aLine('a', { name: 'Indian claim' }), aLine('b', { name: 'Chinese Claim (1960)' })), FILE, spec);
    expect(features.map((f) => f.class)).toEqual(['indian-claim', 'chinese-claim-1960']);
  });

  it('parseGeoLayer(layer without a class field) gives features no class', () => {
    expect(parseGeoLayer(collection(aLine('a', { name: 'Indian claim' })), FILE, lines)[0]).not.toHaveProperty('class');
  });

  it('parseGeoLayer(layer with name and note fields) reads them, numbers as text', () => {
    const spec: LayerSpec = { ...areas, nameField: 'name', noteField: 'km2' };
    const [aksai, empty] = parseGeoLayer(collection(anArea('aksai-chin', { name: 'Aksai Chin', km2: 37244 }), anArea('b', { name: '', km2: null })), FILE, spec);
    expect(aksai).toMatchObject({ id: 'aksai-chin', name: 'Aksai Chin', note: '37244' });
    expect(empty).not.toHaveProperty('name');
    expect(empty).not.toHaveProperty('note');
  });

  it('parseGeoLayer(layer without name and note fields) ignores those properties', () => {
    const [feature] = parseGeoLayer(collection(aLine('a', { name: 'Western sector', note: 'De facto' })), FILE, lines);
    expect(feature).not.toHaveProperty('name');
    expect(feature).not.toHaveProperty('note');
  });
});

describe('slug', () => {
  it('slug(words) is lowercase words joined by hyphens', () => {
    expect(slug('Indian claim')).toBe('indian-claim');
    expect(slug('NS2')).toBe('ns2');
    expect(slug('administered by China')).toBe('administered-by-china');
  });

  it('slug(text with punctuation and spaces at the ends) drops them', () => {
    expect(slug('  Chinese claim (1960)  ')).toBe('chinese-claim-1960');
    expect(slug('India/China — disputed')).toBe('india-china-disputed');
    expect(slug('already-a-slug')).toBe('already-a-slug');
  });
});

describe('roundGeometry', () => {
  it('roundGeometry(line, 2) rounds every coordinate to two decimals and keeps the type', () => {
    expect(roundGeometry({ type: 'LineString', coordinates: [[1.23456, -2.34567], [3.999, 4.001]] }, 2)).toEqual({
      type: 'LineString',
      coordinates: [[1.23, -2.35], [4, 4]],
    });
  });
});
