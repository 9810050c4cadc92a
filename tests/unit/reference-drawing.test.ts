import { geoPath } from 'd3-geo';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { countryFeatures, type CountriesTopology } from '../../src/lib/geo/base-map';
import type { LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cameraForFit, projectionFor, viewFit, type Camera, type ProjectionName } from '../../src/lib/geo/camera';
import type { LayerFeature } from '../../src/lib/geo/geojson-layer';
import type { MapState } from '../../src/lib/state/map-state';
import { moonInset } from '../../src/lib/render/moon-inset';
import {
  cameraTransform,
  clearOfCut,
  interpolateTransform,
  countryPieces,
  referenceProjection,
  REFERENCE_SCALE,
  relativeTransform,
  shapePieces,
  transformAttribute,
  transformPlacer,
  transformStyle,
  type MapTransform,
} from '../../src/lib/render/reference-drawing';
import { drawOverlay, renderFrame } from '../../src/lib/render/render-frame';
import { drawableScene, sceneFit } from '../../src/lib/state/scene-data';
import { stateCamera } from '../../src/lib/state/scene-geometry';
import { mapState, squareCountry } from './fixtures';

const size = { width: 500, height: 400 };
const countries = [
  squareCountry('001', 'Aland', 0, 0),
  squareCountry('002', 'Beeland', 10, 0),
  squareCountry('003', 'Ceeland', 100, 40),
  squareCountry('004', 'Deeland', 170, -20, 8),
];
const line = (...coordinates: [number, number][]): LineString => ({ type: 'LineString', coordinates });
const pipelines: LayerFeature[] = [
  { id: 'main', class: 'ns2', geometry: line([1, 1], [5, 2], [9, 3]) },
  { id: 'east', geometry: line([101, 41], [105, 45]) },
];

function state(overrides: Partial<MapState> = {}): MapState {
  return mapState({
    view: { fit: ['001', '002'] },
    roles: [['001', 'focus']],
    markers: [{ id: '001', at: [5, 5], role: 'focus', label: 'Aland', fresh: true }],
    labels: [{ id: 'place', at: [12, 3], text: 'Place', dot: true }],
    flows: [
      { id: 'ab', kind: 'sanctions', label: 'A to B', from: [5, 5], to: [15, 5], width: 2, schematic: true },
      { id: 'gas', kind: 'energy', label: 'Gas', from: [1, 1], to: [9, 3], route: { data: 'pipelines', feature: 'main' }, width: 4, schematic: false },
    ],
    lines: [{ layer: 'routes', data: 'pipelines', show: ['main'], fade: true }],
    moonInset: 'The south pole',
    description: 'Aland and Beeland.',
    ...overrides,
  });
}

const scene = drawableScene({ countries, layers: new Map([['pipelines', pipelines]]) }, [state()]);
const byId = new Map(countries.map((c) => [c.id, c]));
const apply = (t: MapTransform, p: [number, number]) => [t.k * p[0] + t.x, t.k * p[1] + t.y];

describe('cameraTransform', () => {
  for (const name of ['naturalEarth1', 'mercator', 'equalEarth'] as ProjectionName[]) {
    it(`cameraTransform(${name}, camera, size) turns the reference drawing into what the camera's projection draws`, () => {
      const camera = cameraForFit(name, viewFit(name, countries[2]), size, 20);
      const projection = projectionFor(name, camera, size);
      const reference = referenceProjection(name, camera.rotate);
      const t = cameraTransform(name, camera, size);
      expect(t.k).toBeCloseTo(camera.scale / REFERENCE_SCALE, 9);
      for (const at of [[100, 40], [110, 50], [95, 35], [120, 20]] as [number, number][]) {
        const [x, y] = apply(t, reference(at) as [number, number]);
        const [ex, ey] = projection(at) as [number, number];
        expect(x).toBeCloseTo(ex, 6);
        expect(y).toBeCloseTo(ey, 6);
      }
    });
  }
});

describe('interpolateTransform', () => {
  const a: MapTransform = { k: 1, x: 10, y: 20 };
  const b: MapTransform = { k: 4, x: -300, y: -100 };
  const path = interpolateTransform(a, b, size);
  const centre = (t: MapTransform) => [(size.width / 2 - t.x) / t.k, (size.height / 2 - t.y) / t.k];

  it('interpolateTransform(a, b, size) starts at a and ends at b', () => {
    expect(path(0)).toEqual(a);
    expect(path(1)).toEqual(b);
  });

  it('interpolateTransform zooms geometrically: half-way the scale is the geometric mean', () => {
    expect(path(0.5).k).toBeCloseTo(2, 9);
  });

  it('interpolateTransform moves the point at the frame centre in a straight line at an even pace', () => {
    const [c0, c1, cHalf, cQuarter] = [centre(a), centre(b), centre(path(0.5)), centre(path(0.25))];
    expect(cHalf[0]).toBeCloseTo((c0[0] + c1[0]) / 2, 6);
    expect(cHalf[1]).toBeCloseTo((c0[1] + c1[1]) / 2, 6);
    expect(cQuarter[0]).toBeCloseTo(c0[0] + (c1[0] - c0[0]) / 4, 6);
  });
});

describe('transformAttribute', () => {
  it('transformAttribute(t) is a uniform-scale matrix to 3 decimals', () => {
    expect(transformAttribute({ k: 1.23456, x: -10.00049, y: 7 })).toBe('matrix(1.235 0 0 1.235 -10 7)');
  });
});

describe('transformStyle', () => {
  it('transformStyle(t) is the CSS translate and scale of the attribute, to 3 decimals', () => {
    expect(transformStyle({ k: 1.23456, x: -10.00049, y: 7 })).toBe('translate(-10px, 7px) scale(1.235)');
  });
});

describe('relativeTransform', () => {
  const from: MapTransform = { k: 2, x: 30, y: -40 };
  const to: MapTransform = { k: 5, x: -120, y: 60 };
  const apply = (t: MapTransform, [x, y]: number[]) => [t.k * x + t.x, t.k * y + t.y];

  it('relativeTransform(from, to) takes a point placed on screen at `from` to where `to` puts it', () => {
    const move = relativeTransform(from, to);
    for (const point of [[0, 0], [12.5, -3], [-100, 250]]) {
      const [x, y] = apply(move, apply(from, point));
      const [ex, ey] = apply(to, point);
      expect(x).toBeCloseTo(ex, 9);
      expect(y).toBeCloseTo(ey, 9);
    }
  });

  it('relativeTransform(t, t) moves nothing', () => {
    expect(relativeTransform(to, to)).toEqual({ k: 1, x: 0, y: 0 });
  });
});

describe('countryPieces and shapePieces', () => {
  const rotate = -10;
  const path = geoPath(referenceProjection('naturalEarth1', rotate)).digits(2);

  it('countryPieces(countries, projection, rotate) gives the sphere, then every country, as the reference projection draws them', () => {
    const pieces = [...countryPieces(scene.geometry.countries, 'naturalEarth1', rotate)];
    expect(pieces[0]).toEqual({ kind: 'sphere', d: path({ type: 'Sphere' }) });
    expect(pieces.slice(1)).toEqual(countries.map((c) => ({ kind: 'country', id: c.id, d: path(c) })));
  });

  it.each(['naturalEarth1', 'equalEarth', 'mercator'] as ProjectionName[])(
    'countryPieces(world-atlas countries-110m, %s, any rotation) draws every country exactly as d3 cutting at the antimeridian does',
    (name) => {
      const world = countryFeatures(countries110m as unknown as CountriesTopology);
      let uncut = 0;
      for (let r = -180; r < 180; r += 7.5) {
        const cut = geoPath(referenceProjection(name, r)).digits(2);
        const pieces = new Map([...countryPieces(world, name, r)].flatMap((p) => (p.kind === 'country' ? [[p.id, p.d]] : [])));
        for (const country of world) {
          expect(pieces.get(country.id) ?? null, `${country.properties.name} at rotation ${r}`).toBe(cut(country));
          if (clearOfCut(country, r)) uncut++;
        }
      }
      // Most countries at most rotations are clear of the cut (the point of drawing them uncut).
      expect(uncut / (48 * world.length)).toBeGreaterThan(0.8);
    },
  );

  it.each(['naturalEarth1', 'mercator'] as ProjectionName[])(
    'countryPieces(world-atlas countries-50m, %s, a rotation every 45°) draws every country exactly as d3 does, without its cut where clear of it',
    (name) => {
      // d3's cut gives some countries clear of it their rings in another order (Australia's): those are compared as
      // sets of rings. Countries are compared in the base map's order, not by id: some territories share their
      // country's id in this map.
      const world = countryFeatures(countries50m as unknown as CountriesTopology);
      for (let r = -180; r < 180; r += 45) {
        const cut = geoPath(referenceProjection(name, r)).digits(2);
        const uncut = geoPath(referenceProjection(name, r).preclip((stream) => stream)).digits(2);
        const drawn = [...countryPieces(world, name, r)].filter((p) => p.kind === 'country');
        const rings = (d: string | null) => (d ?? '').split('M').sort();
        const expected = world.flatMap((c) => {
          const clear = clearOfCut(c, r);
          if (clear) expect(rings(uncut(c)), `${c.properties.name} at rotation ${r}`).toEqual(rings(cut(c)));
          const d = (clear ? uncut : cut)(c);
          return d ? [{ kind: 'country', id: c.id, d }] : [];
        });
        expect(drawn, `at rotation ${r}`).toEqual(expected);
      }
    },
    // 2–3 s on a quiet machine, over Vitest's 5 s on a busy one (CI): 241 countries drawn three ways at each rotation.
    30_000,
  );

  it('clearOfCut(country, rotate) holds where the rotated antimeridian and the poles are at least a degree away', () => {
    const square = squareCountry('001', 'Aland', 0, 0); // 0–10°E, 0–10°N
    expect(clearOfCut(square, 0)).toBe(true);
    expect(clearOfCut(square, 168)).toBe(true); // the cut at 12°E
    expect(clearOfCut(square, 169.5)).toBe(false); // at 10.5°E
    expect(clearOfCut(square, 175)).toBe(false); // at 5°E
    expect(clearOfCut(square, -179.5)).toBe(false); // at -0.5°E
    expect(clearOfCut(square, -178)).toBe(true); // at 2°W
    expect(clearOfCut(squareCountry('002', 'Polar', 0, 80, 9.5), 0)).toBe(false);
    const world = countryFeatures(countries110m as unknown as CountriesTopology);
    const named = (name: string) => world.find((c) => c.properties.name === name)!;
    expect(clearOfCut(named('Russia'), -105)).toBe(false); // drawn across 180°
    expect(clearOfCut(named('Antarctica'), 0)).toBe(false);
    expect(clearOfCut(named('France'), -105)).toBe(true);
  });

  it('shapePieces(layers, projection, rotate) gives every feature of every layer, with its class', () => {
    expect([...shapePieces(scene.geometry.layers, 'naturalEarth1', rotate)]).toEqual([
      { kind: 'shape', data: 'pipelines', feature: 'main', class: 'ns2', d: path(pipelines[0].geometry) },
      { kind: 'shape', data: 'pipelines', feature: 'east', d: path(pipelines[1].geometry) },
    ]);
  });
});

describe('transformPlacer', () => {
  const projection = referenceProjection('naturalEarth1', 0);
  const t: MapTransform = { k: 2, x: 100, y: 50 };

  it('transformPlacer places points through the reference projection and the transform, remembering each', () => {
    const cache = new Map<string, [number, number] | null>();
    const placer = transformPlacer(projection, t, cache);
    expect(placer.point([5, 5])).toEqual(apply(t, projection([5, 5]) as [number, number]));
    expect(cache.get('5,5')).toEqual(projection([5, 5]));
    // Another transform reuses the remembered reference point.
    const moved = transformPlacer(projection, { k: 1, x: 0, y: 0 }, cache);
    expect(moved.point([5, 5])).toEqual(cache.get('5,5'));
  });

  it('transformPlacer places each part of a line', () => {
    const placer = transformPlacer(projection, t, new Map());
    const parts = placer.line([[[0, 0], [1, 1]], [[2, 2]]]);
    expect(parts).toEqual([[apply(t, projection([0, 0]) as [number, number]), apply(t, projection([1, 1]) as [number, number])], [apply(t, projection([2, 2]) as [number, number])]]);
  });
});

describe('the live map draws what the static map draws', () => {
  it('drawOverlay through the reference drawing and the camera transform matches renderFrame at that camera', () => {
    const s = state();
    const camera: Camera = stateCamera(s, size, byId);
    const frame = renderFrame(s, camera, size, scene.geometry);
    const live = drawOverlay(
      s,
      scene.geometry,
      transformPlacer(referenceProjection(s.projection, sceneFit(scene, s).rotate), cameraTransform(s.projection, camera, size), new Map()),
      size,
    );
    expect(live.markers.map((m) => m.id)).toEqual(frame.markers.map((m) => m.id));
    live.markers.forEach((m, i) => {
      expect(m.x).toBeCloseTo(frame.markers[i].x, 0);
      expect(m.y).toBeCloseTo(frame.markers[i].y, 0);
    });
    expect(live.flows.map((f) => [f.id, f.kind, f.width])).toEqual(frame.flows.map((f) => [f.id, f.kind, f.width]));
    expect(live.labels.map((l) => [l.id, l.anchor, l.lines])).toEqual(frame.labels.map((l) => [l.id, l.anchor, l.lines]));
    expect(live.inset).toEqual(frame.inset);
  });

  it('a base drawing\'s rotation (its state\'s fit) is the rotation of the camera that shows the state, at any size', () => {
    for (const view of [{ fit: ['001'] }, { fit: ['003', '004'] }, { bounds: [[160, -30], [-170, 10]] as [[number, number], [number, number]] }, { fit: ['001'], meridian: 40 }]) {
      const s = state({ view });
      const drawn = drawableScene(scene.geometry, [s]);
      for (const frame of [size, { width: 300, height: 900 }]) expect(sceneFit(drawn, s).rotate).toBeCloseTo(stateCamera(s, frame, byId).rotate, 9);
    }
  });
});

describe('moonInset', () => {
  it('moonInset(size) is drawn once per size', () => {
    expect(moonInset(90)).toBe(moonInset(90));
    expect(moonInset(91)).not.toBe(moonInset(90));
  });
});
