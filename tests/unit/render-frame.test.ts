import { describe, expect, it } from 'vitest';
import { fitCamera, projectionFor } from '../../src/lib/camera';
import type { MapState } from '../../src/lib/map-state';
import { frameRoles, insetBox, renderFrame } from '../../src/lib/render-frame';
import { squareCountry } from './fixtures';

const size = { width: 400, height: 300 };
const inView = squareCountry('001', 'Aland', 0, 0);
const neighbour = squareCountry('002', 'Beeland', 10, 0);
const farEast = squareCountry('003', 'Ceeland', 100, 0);
const farWest = squareCountry('004', 'Deeland', -170, -40);
const countries = [inView, neighbour, farEast, farWest];
const camera = fitCamera('naturalEarth1', inView, size, 20);
const projection = projectionFor('naturalEarth1', camera, size);

function state(overrides: Partial<MapState> = {}): MapState {
  return {
    step: 'step',
    scene: 'scene',
    projection: 'naturalEarth1',
    view: { fit: ['001'] },
    roles: [],
    markers: [],
    labels: [],
    moonInset: null,
    description: 'Aland.',
    ...overrides,
  };
}

describe('renderFrame', () => {
  it('renderFrame(state, camera, size, countries) leaves out countries outside the frame', () => {
    const frame = renderFrame(state(), camera, size, countries);
    expect(frame.width).toBe(400);
    expect(frame.height).toBe(300);
    expect(frame.countries.map((c) => c.id)).toEqual(['001', '002']);
    expect(frame.countries[0].name).toBe('Aland');
    expect(frame.countries[0].d).toMatch(/^M[\d.-]+,[\d.-]+L/);
    expect(frame.sphere).toMatch(/^M/);
  });

  it('renderFrame(state with roles) gives each drawn country its role, others null', () => {
    const frame = renderFrame(state({ roles: [['001', 'focus'], ['003', 'partner']] }), camera, size, countries);
    expect(frame.countries.map((c) => [c.id, c.role])).toEqual([['001', 'focus'], ['002', null]]);
  });

  it('renderFrame(state with markers) projects them, rounded to 0.1 px', () => {
    const at: [number, number] = [4, 6];
    const frame = renderFrame(state({ markers: [{ id: '001', at, role: 'partner', label: 'Aland', note: '17 Jul 2023', fresh: true }] }), camera, size, countries);
    const [x, y] = projection(at) as [number, number];
    expect(frame.markers).toEqual([{ id: '001', x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, role: 'partner' }]);
    expect(frame.labels).toEqual([{ id: '001', x: expect.any(Number), y: frame.markers[0].y, anchor: 'start', lines: ['Aland', '17 Jul 2023'] }]);
  });

  it('renderFrame(state with labels) places them with their text', () => {
    const frame = renderFrame(state({ labels: [{ id: 'place-mid', at: [5, 5], text: 'Middle', dot: false }] }), camera, size, countries);
    expect(frame.labels).toHaveLength(1);
    expect(frame.labels[0]).toMatchObject({ id: 'place-mid', anchor: 'start', lines: ['Middle'] });
  });

  it('renderFrame(…, labels = false) places no labels but still draws markers', () => {
    const s = state({
      markers: [{ id: '001', at: [4, 6], role: 'partner', label: 'Aland', fresh: false }],
      labels: [{ id: 'place-mid', at: [5, 5], text: 'Middle', dot: false }],
    });
    const frame = renderFrame(s, camera, size, countries, false);
    expect(frame.labels).toEqual([]);
    expect(frame.markers).toHaveLength(1);
  });

  it('renderFrame(state with a place label) draws a dot marker for it, with no role', () => {
    const frame = renderFrame(state({ labels: [{ id: 'place-mid', at: [5, 5], text: 'Middle', dot: true }] }), camera, size, countries);
    const [x, y] = projection([5, 5]) as [number, number];
    expect(frame.markers).toEqual([{ id: 'place-mid', x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, role: null }]);
    expect(frameRoles(frame)).toEqual([]);
  });

  it('renderFrame(state without moonInset) has no inset', () => {
    expect(renderFrame(state(), camera, size, countries).inset).toBeNull();
  });

  it('renderFrame(state with moonInset) places the captioned inset in the bottom-left box', () => {
    const frame = renderFrame(state({ moonInset: 'South pole' }), camera, size, countries);
    const box = insetBox(size);
    expect(frame.inset).toMatchObject({ x: box.x, y: box.y, size: box.side, caption: 'South pole' });
    expect(frame.inset?.disc).toMatch(/^M/);
  });

  it('renderFrame(state with moonInset) keeps labels off the inset', () => {
    const box = insetBox(size);
    const at = projection.invert?.([box.x + 10, box.y + box.side / 2]) as [number, number];
    const s = (moonInset: string | null) => state({ moonInset, labels: [{ id: 'place-corner', at, text: 'Corner', dot: false }] });
    expect(renderFrame(s(null), camera, size, countries).labels.map((l) => l.id)).toEqual(['place-corner']);
    expect(renderFrame(s('South pole'), camera, size, countries).labels).toEqual([]);
  });
});

describe('insetBox', () => {
  it.each([{ width: 1000, height: 500 }, { width: 500, height: 1000 }, { width: 200, height: 200 }])(
    'insetBox($width×$height) is a square of at least 64 px in the bottom-left corner, with room under it',
    (size) => {
      const { x, y, side } = insetBox(size);
      expect(side).toBeGreaterThanOrEqual(64);
      expect(side).toBeLessThanOrEqual(Math.max(64, Math.min(size.width, size.height) / 4));
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(20);
      expect(y + side).toBeGreaterThan(size.height * 0.75);
      expect(y + side + 24).toBeLessThanOrEqual(size.height);
    },
  );
});

describe('frameRoles', () => {
  it('frameRoles(frame) lists each role drawn on a country or marker once', () => {
    const s = state({
      roles: [['001', 'founder'], ['002', 'focus'], ['003', 'member']],
      markers: [
        { id: '001', at: [4, 6], role: 'founder', label: 'Aland', fresh: false },
        { id: '002', at: [14, 6], role: 'partner', label: 'Beeland', fresh: false },
      ],
    });
    expect(frameRoles(renderFrame(s, camera, size, countries))).toEqual(['founder', 'focus', 'partner']);
  });
});
