import type { LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../../src/lib/geo/geojson-layer';
import type { MapState } from '../../src/lib/state/map-state';
import { cameraTransform, referenceProjection, transformPlacer } from '../../src/lib/render/reference-drawing';
import { drawOverlay } from '../../src/lib/render/render-frame';
import { drawableScene } from '../../src/lib/state/scene-data';
import { stateCamera } from '../../src/lib/state/scene-geometry';
import { staticDrawing, type DrawingBand } from '../../src/lib/render/static-drawing';
import { mapState, squareCountry } from './fixtures';

const countries = [
  squareCountry('001', 'Aland', 0, 0),
  squareCountry('002', 'Beeland', 10, 0),
  // Just beyond what the frames show of Aland and Beeland; far off, across the globe.
  squareCountry('003', 'Ceeland', 28, 0),
  squareCountry('004', 'Deeland', -170, -40),
];
const line = (...coordinates: [number, number][]): LineString => ({ type: 'LineString', coordinates });
const pipelines: LayerFeature[] = [
  { id: 'main', class: 'ns2', geometry: line([1, 1], [5, 2], [9, 3]) },
  { id: 'far', geometry: line([-160, -30], [-150, -35]) },
];

function state(overrides: Partial<MapState> = {}): MapState {
  return mapState({
    view: { fit: ['001', '002'] },
    roles: [['001', 'focus']],
    markers: [{ id: '001', at: [5, 5], role: 'focus', label: 'Aland', fresh: true }],
    labels: [{ id: 'place', at: [12, 3], text: 'Place', dot: true }],
    lines: [{ layer: 'routes', data: 'pipelines', show: null, fade: true }],
    description: 'Aland and Beeland.',
    ...overrides,
  });
}

const scene = drawableScene({ countries, layers: new Map([['pipelines', pipelines]]) }, [state()]);
const byId = new Map(countries.map((c) => [c.id, c]));
const bands: DrawingBand[] = [
  { name: 'small', size: { width: 300, height: 200 } },
  { name: 'large', size: { width: 900, height: 500 } },
];

describe('staticDrawing', () => {
  it('staticDrawing(scene, state, bands) places the shared geometry in each band as the camera for its size shows it', () => {
    const s = state();
    const drawing = staticDrawing(scene, s, bands);
    expect(drawing.bands.map((b) => b.name)).toEqual(['small', 'large']);
    for (const band of drawing.bands) {
      const camera = stateCamera(s, band.size, byId);
      expect(band.transform).toEqual(cameraTransform(s.projection, camera, band.size));
    }
  });

  it('staticDrawing draws each band\'s markers and labels at its own size, as the live map would', () => {
    const s = state();
    const drawing = staticDrawing(scene, s, bands);
    for (const band of drawing.bands) {
      const { rotate } = stateCamera(s, band.size, byId);
      const placer = transformPlacer(referenceProjection(s.projection, rotate), band.transform, new Map());
      expect(band.overlay).toEqual(drawOverlay(s, scene.geometry, placer, band.size, true));
    }
    // The labels are the same size in every band: where they go differs, what they say does not.
    expect(drawing.bands[0].overlay.labels.map((l) => l.lines)).toEqual(drawing.bands[1].overlay.labels.map((l) => l.lines));
  });

  it('staticDrawing keeps what some band shows and leaves out what none does', () => {
    const drawing = staticDrawing(scene, state(), bands);
    expect(drawing.countries.map((c) => c.id)).toEqual(['001', '002']);
    expect(drawing.countries.find((c) => c.id === '001')?.role).toBe('focus');
    expect(drawing.lines.map((l) => l.feature)).toEqual(['main']);
    // Drawn at rest: the server fades no line in.
    expect(drawing.lines[0]).not.toHaveProperty('fade', true);
  });

  it('staticDrawing draws a band\'s bleed: the map around its frame, for a box of another shape', () => {
    const bled = bands.map((b) => ({ ...b, bleed: { x: 0.6, y: 0.6 } }));
    expect(staticDrawing(scene, state(), bled).countries.map((c) => c.id)).toEqual(['001', '002', '003']);
  });

  it('staticDrawing writes the geometry in relative steps, fine enough for a fifth of a pixel at the closest band', () => {
    const drawing = staticDrawing(scene, state(), bands);
    const d = drawing.countries[0].d;
    expect(d).toMatch(/^M[\d.,-]+l/);
    const closest = Math.max(...drawing.bands.map((b) => b.transform.k));
    const decimals = Math.max(...(d.match(/\.\d+/g) ?? ['']).map((n) => n.length - 1));
    expect(10 ** -decimals * closest).toBeLessThanOrEqual(0.2);
    expect(10 ** -(decimals - 1) * closest).toBeGreaterThan(0.2);
  });

  it('staticDrawing spaces the hatching for the middle band\'s zoom', () => {
    const drawing = staticDrawing(scene, state(), [...bands, { name: 'medium', size: { width: 600, height: 400 } }]);
    const ks = drawing.bands.map((b) => b.transform.k).sort((a, b) => a - b);
    expect(drawing.hatchScale).toBe(ks[1]);
  });
});
