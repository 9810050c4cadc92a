import { describe, expect, it } from 'vitest';
import type { CountriesTopology } from '../../src/lib/geo/base-map';
import type { MapState } from '../../src/lib/state/map-state';
import { countryFeatures } from '../../src/lib/geo/base-map';
import { baseMapFile, baseMapFromFile } from '../../src/lib/geo/base-map-file';
import { layerFeatureFile } from '../../src/lib/geo/layer-file';
import { drawableScene, drawState, fetchBaseMapFile, fetchSceneJson, sceneFit, sceneFromJson, sceneInfo, sceneJson, type SceneJson } from '../../src/lib/state/scene-data';
import type { Scene } from '../../src/lib/content/schemas';
import { mapState, squareCountry } from './fixtures';

/** One square country on one arc (no transform, so the arc is plain [lon, lat]), drawn clockwise as d3 wants. */
const topology = {
  type: 'Topology',
  arcs: [[[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]],
  objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], id: '001', properties: { name: 'Aland' } }] } },
} as unknown as CountriesTopology;

const state = (step: string, overrides: Partial<MapState> = {}) => mapState({ step, scene: 'squares', description: `Aland at ${step}.`, ...overrides });

const line = { id: 'l1', geometry: { type: 'LineString' as const, coordinates: [[1, 1], [9, 9]] } };
const states = [state('one'), state('two', { roles: [['001', 'focus']] })];
/** As the build publishes it (through JSON): each step's fit measured on the scene's countries. */
const json = JSON.parse(
  JSON.stringify(sceneJson('squares', 'base/countries-squares.json', drawableScene({ countries: countryFeatures(topology), layers: new Map([['lines', [line]]]) }, states))),
) as SceneJson;

const decode = (sceneJson: SceneJson) => sceneFromJson(sceneJson, countryFeatures(topology));

describe('sceneFromJson', () => {
  it('sceneFromJson(json, countries) keeps the countries and layers and indexes the states by step', () => {
    const scene = decode(json);
    expect(scene.geometry.countries.map((c) => c.id)).toEqual(['001']);
    expect(scene.geometry.countries[0].properties.name).toBe('Aland');
    expect(scene.geometry.layers.get('lines')).toEqual([line]);
    expect([...scene.states.keys()]).toEqual(['one', 'two']);
  });

  it('sceneJson(…) publishes each state as the maps draw it: the disputed areas in view, which only the page reads, left out', () => {
    const withAreas = [state('one', { borderAreas: ['north'] }), state('two', { borderAreas: [] })];
    const published = sceneJson('squares', 'base/countries-squares.json', drawableScene({ countries: countryFeatures(topology), layers: new Map() }, withAreas));
    for (const s of published.states) expect(Object.keys(s)).not.toContain('borderAreas');
    const { borderAreas, ...drawn } = withAreas[0];
    expect(borderAreas).toEqual(['north']);
    expect(published.states[0]).toEqual(drawn);
  });

  it('sceneFromJson(json, …) fits each step as published, not as measured in the browser', () => {
    const moved = { ...json, fits: { ...json.fits, two: { rotate: -40, bounds: [[-10, -20], [30, 40]] } } } satisfies SceneJson;
    const scene = decode(moved);
    expect(sceneFit(scene, scene.states.get('one')!)).toEqual(json.fits.one);
    expect(sceneFit(scene, scene.states.get('two')!)).toEqual({ rotate: -40, bounds: [[-10, -20], [30, 40]] });
    const frame = { width: 300, height: 200 };
    expect(drawState(scene, states[1], frame).sphere).not.toBe(drawState(decode(json), states[1], frame).sphere);
  });

  it.each([
    ['missing', undefined],
    ['without bounds', { rotate: 0 }],
    ['with a corner that is not a number', { rotate: 0, bounds: [[0, 0], [1, 'x']] }],
    ['with an infinite rotation', { rotate: null, bounds: [[0, 0], [1, 1]] }],
  ])('sceneFromJson(json with a step\'s fit %s) throws, naming the file and the step', (_, fit) => {
    const broken = { ...json, fits: { one: json.fits.one, ...(fit === undefined ? {} : { two: fit }) } } as unknown as SceneJson;
    expect(() => decode(broken)).toThrow('data/squares.json: fits["two"] must be { rotate, bounds: [[x0, y0], [x1, y1]] } with finite numbers');
  });

  it('sceneFromJson(json, countries, borders) draws the hatched areas from the base map, and refuses a step that hatches one it lacks', () => {
    const area = { id: 'north', class: 'disputed', geometry: { type: 'Polygon' as const, coordinates: [[[1, 5], [1, 9], [9, 9], [1, 5]]] } };
    const hatching = { ...json, states: [state('one', { areas: [{ layer: 'borders', data: 'borders', show: ['north'], fade: false }] })], fits: { one: json.fits.one } } satisfies SceneJson;
    const scene = sceneFromJson(hatching, countryFeatures(topology), [area]);
    expect(scene.geometry.layers.get('borders')).toEqual([area]);
    expect(scene.geometry.layers.get('lines')).toEqual([line]);
    expect(() => sceneFromJson(hatching, countryFeatures(topology), [{ ...area, id: 'south' }])).toThrow(
      'data/squares.json: step "one" hatches "north", which its base map base/countries-squares.json does not hold in "borders"',
    );
    expect(() => sceneFromJson(hatching, countryFeatures(topology))).toThrow('step "one" hatches "north"');
  });

  it('sceneJson(…) publishes the geodata but not the hatched areas, which the base map carries', () => {
    const area = { id: 'north', geometry: { type: 'Polygon' as const, coordinates: [[[1, 5], [1, 9], [9, 9], [1, 5]]] } };
    const built = drawableScene({ countries: countryFeatures(topology), layers: new Map([['lines', [line]], ['borders', [area]]]) }, states);
    const published = sceneJson('squares', 'base/countries-squares.json', built);
    expect(Object.keys(published.layers)).toEqual(['lines']);
    expect(published.states).toEqual(states.map(({ borderAreas, ...drawn }) => drawn));
    expect(sceneFromJson(published, countryFeatures(topology), [area]).geometry.layers).toEqual(built.geometry.layers);
  });

  it('sceneFromJson(json with a layer feature that cannot be read) throws, naming the file, the layer and the feature', () => {
    const broken = { ...json, layers: { lines: [layerFeatureFile(line), { id: 'l2', geometry: { type: 'LineString', digits: 2, coordinates: [[1, 1]] } }] } } as unknown as SceneJson;
    expect(() => decode(broken)).toThrow('data/squares.json: layers["lines"][1]: geometry.coordinates must be a string');
  });
});

describe('drawableScene', () => {
  it('drawableScene(geometry, states) keeps the countries and indexes the states by step', () => {
    const aland = squareCountry('001', 'Aland', 0, 0);
    const scene = drawableScene({ countries: [aland], layers: new Map() }, [state('one')]);
    expect(scene.geometry.countries[0]).toBe(aland);
    expect(scene.states.get('one')?.description).toBe('Aland at one.');
  });

  it('drawableScene(geometry, states) measures each state\'s fit, as the build publishes it', () => {
    const scene = drawableScene({ countries: countryFeatures(topology), layers: new Map() }, states);
    expect(Object.fromEntries(scene.fits)).toEqual(json.fits);
  });

  it('a scene decoded from its published JSON draws each state exactly as the build draws it', () => {
    const built = drawableScene({ countries: countryFeatures(topology), layers: new Map([['lines', [line]]]) }, states);
    const decoded = decode(json);
    for (const s of states) expect(drawState(decoded, s, { width: 300, height: 200 })).toEqual(drawState(built, s, { width: 300, height: 200 }));
  });
});

describe('drawState', () => {
  it('drawState(scene, state, size) draws the state fitted to the size, with its roles', () => {
    const scene = decode(json);
    const frame = drawState(scene, scene.states.get('two') as MapState, { width: 300, height: 200 });
    expect(frame.width).toBe(300);
    expect(frame.height).toBe(200);
    expect(frame.countries).toHaveLength(1);
    expect(frame.countries[0].role).toBe('focus');
  });
});

describe('fetchSceneJson', () => {
  it('fetchSceneJson(dataUrl, scene, fetcher) fetches <dataUrl><scene>.json, which decodes', async () => {
    const asked: string[] = [];
    const fetcher = (async (url: string) => {
      asked.push(url);
      return new Response(JSON.stringify(json));
    }) as typeof fetch;
    const scene = decode(await fetchSceneJson('/base/data/', 'squares', fetcher));
    expect(asked).toEqual(['/base/data/squares.json']);
    expect([...scene.states.keys()]).toEqual(['one', 'two']);
  });

  it('fetchSceneJson(…) with an HTTP error rejects, naming the scene and status', async () => {
    const fetcher = (async () => new Response('missing', { status: 404 })) as typeof fetch;
    await expect(fetchSceneJson('/data/', 'squares', fetcher)).rejects.toThrow('map data for scene "squares": HTTP 404');
  });

  it('fetchBaseMapFile(dataUrl, file, fetcher) fetches the base map a scene names, below the data folder, as published', async () => {
    const asked: string[] = [];
    // The square again, quantized (its arc delta-coded on a 1° grid) and published as the build writes it.
    const quantized = { ...topology, transform: { scale: [1, 1], translate: [0, 0] }, arcs: [[[0, 0], [0, 10], [10, 0], [0, -10], [-10, 0]]] } as unknown as CountriesTopology;
    const fetcher = (async (url: string) => {
      asked.push(url);
      return new Response(JSON.stringify(baseMapFile({ topology: quantized, borders: [] })));
    }) as typeof fetch;
    expect(countryFeatures(baseMapFromFile(await fetchBaseMapFile('/base/data/', json.topology, fetcher), json.topology).topology)).toEqual(countryFeatures(topology));
    expect(asked).toEqual(['/base/data/base/countries-squares.json']);
  });

  it('fetchBaseMapFile(…) of a file that is not a base map rejects, naming the file and the field', async () => {
    const fetcher = (async () => new Response(JSON.stringify(topology))) as typeof fetch;
    await expect(fetchBaseMapFile('/data/', 'base/countries-1.json', fetcher)).rejects.toThrow('base map base/countries-1.json: "transform" must have "scale" and "translate"');
  });

  it('fetchBaseMapFile(…) with an HTTP error rejects, naming the file and status', async () => {
    const fetcher = (async () => new Response('busy', { status: 503 })) as typeof fetch;
    await expect(fetchBaseMapFile('/data/', 'base/countries-1.json', fetcher)).rejects.toThrow('base map base/countries-1.json: HTTP 503');
  });
});

describe('sceneInfo', () => {
  it('sceneInfo(scene) keeps only the title and credits (each step\'s state carries its own key)', () => {
    const scene: Scene = {
      title: 'Squares',
      projection: 'naturalEarth1',
      base: 'countries-110m',
      layers: [],
      legend: [{ role: 'focus', label: 'Aland' }],
      credits: ['Made up'],
    };
    expect(sceneInfo(scene)).toEqual({ title: 'Squares', credits: ['Made up'] });
  });
});
