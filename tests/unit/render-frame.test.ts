import { geoPath } from 'd3-geo';
import type { LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cameraForFit, projectionFor, viewFit } from '../../src/lib/geo/camera';
import { curvedArrow, headAlong } from '../../src/lib/render/flow-arrow';
import type { LayerFeature } from '../../src/lib/geo/geojson-layer';
import type { MapFlow, MapGeoLayer } from '../../src/lib/state/map-state';
import { FREE_CORNERS } from '../../src/lib/render/free-corners';
import { insetBox, labelLines, markerRadius, prepareMoonInset, renderFrame, type SceneGeometry } from '../../src/lib/render/render-frame';
import { moonInset } from '../../src/lib/render/moon-inset';
import { mapState, squareCountry } from './fixtures';

const size = { width: 400, height: 300 };
const inView = squareCountry('001', 'Aland', 0, 0);
const neighbour = squareCountry('002', 'Beeland', 10, 0);
const farEast = squareCountry('003', 'Ceeland', 100, 0);
const farWest = squareCountry('004', 'Deeland', -170, -40);
const countries = [inView, neighbour, farEast, farWest];
const camera = cameraForFit('naturalEarth1', viewFit('naturalEarth1', inView), size, 20);
const projection = projectionFor('naturalEarth1', camera, size);
const path = geoPath(projection).digits(1);

const line = (...coordinates: [number, number][]): LineString => ({ type: 'LineString', coordinates });
/** A clockwise square area (as d3-geo wants exterior rings) with its south-west corner at [west, south]. */
const square = (west: number, south: number, side = 2): Polygon => ({
  type: 'Polygon',
  coordinates: [[[west, south], [west, south + side], [west + side, south + side], [west + side, south], [west, south]]],
});

const lac: LayerFeature[] = [
  { id: 'western', geometry: line([1, 2], [5, 4], [9, 8]) },
  { id: 'eastern', geometry: line([2, 6], [8, 6]) },
  { id: 'far', geometry: line([100, 5], [105, 5]) },
];
const claims: LayerFeature[] = [
  { id: 'aksai-chin', class: 'indian-claim', geometry: line([2, 8], [8, 8]) },
  { id: 'arunachal', class: 'chinese-claim', geometry: line([2, 1], [8, 1]) },
];
const disputed: LayerFeature[] = [
  { id: 'aksai-chin', class: 'china', geometry: square(2, 2) },
  { id: 'arunachal', class: 'india', geometry: square(6, 6) },
  { id: 'far', class: 'china', geometry: square(100, 2) },
];
const pipelines: LayerFeature[] = [
  { id: 'pos1', geometry: line([1, 1], [5, 2], [9, 3]) },
  { id: 'twin', geometry: { type: 'MultiLineString', coordinates: [[[1, 5], [9, 5]], [[1, 6], [9, 6]]] } },
];

const geometry: SceneGeometry = {
  countries,
  layers: new Map([
    ['line-of-actual-control', lac],
    ['claim-lines', claims],
    ['disputed-areas', disputed],
    ['pipelines', pipelines],
  ]),
};

const state = mapState;

const geoLayer = (layer: string, data: string, show: string[] | null = null, fade = false): MapGeoLayer => ({ layer, data, show, fade });

function mapFlow(id: string, from: [number, number], to: [number, number], overrides: Partial<MapFlow> = {}): MapFlow {
  return { id, kind: 'sanctions', label: id, from, to, width: 2, schematic: overrides.route === undefined, ...overrides };
}

const projected = (at: [number, number]) => projection(at) as [number, number];

describe('renderFrame', () => {
  it('renderFrame(state, camera, size, geometry) leaves out countries outside the frame', () => {
    const frame = renderFrame(state(), camera, size, geometry);
    expect(frame.width).toBe(400);
    expect(frame.height).toBe(300);
    expect(frame.countries.map((c) => c.id)).toEqual(['001', '002']);
    expect(frame.countries[0].name).toBe('Aland');
    expect(frame.countries[0].d).toMatch(/^M[\d.-]+,[\d.-]+L/);
    expect(frame.sphere).toMatch(/^M/);
    expect(frame).toMatchObject({ areas: [], lines: [], flows: [] });
  });

  it('renderFrame(state with roles) gives each drawn country its role, others null', () => {
    const frame = renderFrame(state({ roles: [['001', 'focus'], ['003', 'partner']] }), camera, size, geometry);
    expect(frame.countries.map((c) => [c.id, c.role])).toEqual([['001', 'focus'], ['002', null]]);
  });

  it('renderFrame(state with markers) projects them, rounded to 0.1 px', () => {
    const at: [number, number] = [4, 6];
    const frame = renderFrame(state({ markers: [{ id: '001', at, role: 'partner', label: 'Aland', note: '17 Jul 2023', fresh: true }] }), camera, size, geometry);
    const [x, y] = projected(at);
    expect(frame.markers).toEqual([{ id: '001', x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, role: 'partner' }]);
    expect(frame.labels).toEqual([{ id: '001', x: expect.any(Number), y: frame.markers[0].y, anchor: 'start', lines: ['Aland', '17 Jul 2023'] }]);
  });

  it('renderFrame(state with labels) places them with their text', () => {
    const frame = renderFrame(state({ labels: [{ id: 'place-mid', at: [5, 5], text: 'Middle', dot: false }] }), camera, size, geometry);
    expect(frame.labels).toHaveLength(1);
    expect(frame.labels[0]).toMatchObject({ id: 'place-mid', anchor: 'start', lines: ['Middle'] });
  });

  it('renderFrame(…, labels = false) places no labels but still draws markers', () => {
    const s = state({
      markers: [{ id: '001', at: [4, 6], role: 'partner', label: 'Aland', fresh: false }],
      labels: [{ id: 'place-mid', at: [5, 5], text: 'Middle', dot: false }],
    });
    const frame = renderFrame(s, camera, size, geometry, false);
    expect(frame.labels).toEqual([]);
    expect(frame.markers).toHaveLength(1);
  });

  it('renderFrame(state with a place label) draws a dot marker for it, with no role', () => {
    const frame = renderFrame(state({ labels: [{ id: 'place-mid', at: [5, 5], text: 'Middle', dot: true }] }), camera, size, geometry);
    const [x, y] = projected([5, 5]);
    expect(frame.markers).toEqual([{ id: 'place-mid', x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, role: null }]);
  });

  it('renderFrame(state with crowded markers) places no label over a marker, its own or another\'s', () => {
    const markers = [
      { id: 'a', at: [4, 6] as [number, number], role: 'partner' as const, label: 'Aland', note: '17 Jul 2023', fresh: true },
      { id: 'b', at: [4.6, 5.6] as [number, number], role: 'partner' as const, label: 'Beeland', note: '1 Sep 2023', fresh: true },
      { id: 'c', at: [3.6, 6.4] as [number, number], role: 'founder' as const, label: 'Ceeland', note: '9 Mar 2021', fresh: false },
    ];
    const frame = renderFrame(state({ markers }), camera, size, geometry);
    const lineHeight = 12 * 1.2;
    for (const label of frame.labels) {
      const width = Math.max(...label.lines.map((l) => l.length)) * 12 * 0.62;
      const x0 = label.anchor === 'start' ? label.x : label.x - width;
      const box = { x0, x1: x0 + width, y0: label.y - lineHeight * 0.8, y1: label.y - lineHeight * 0.8 + label.lines.length * lineHeight };
      for (const m of frame.markers) {
        const r = markerRadius(m);
        const clear = m.x + r <= box.x0 || m.x - r >= box.x1 || m.y + r <= box.y0 || m.y - r >= box.y1;
        expect(clear, `label "${label.id}" over marker "${m.id}"`).toBe(true);
      }
    }
  });

  it('renderFrame(state where labels compete) labels a founder first, before a partner new at the step', () => {
    const markers = [
      { id: 'new', at: [4, 6] as [number, number], role: 'partner' as const, label: 'Newland', note: '17 Jul 2023', fresh: true },
      { id: 'founder', at: [4.2, 6] as [number, number], role: 'founder' as const, label: 'Foundland', note: '9 Mar 2021', fresh: false },
    ];
    // Labels are placed (and listed) in priority order.
    expect(renderFrame(state({ markers }), camera, size, geometry).labels.map((l) => l.id)).toEqual(['founder', 'new']);
  });

  it('renderFrame(state with a disputed area\'s label) draws its dot only when the label is placed', () => {
    const area = { id: 'area-x', at: [5, 5] as [number, number], text: 'Area (held by A)', dot: true, priority: 0.5, area: 'x' };
    const placed = renderFrame(state({ labels: [area] }), camera, size, geometry);
    expect(placed.labels.length, 'a label that fits').toBe(1);
    expect(placed.labels.map((l) => l.id)).toEqual(['area-x']);
    expect(placed.markers.map((m) => m.id)).toEqual(['area-x']);
    const small = { width: 60, height: 40 };
    const tiny = renderFrame(state({ labels: [area] }), cameraForFit('naturalEarth1', viewFit('naturalEarth1', inView), small, 2), small, geometry);
    expect(tiny.labels).toEqual([]);
    expect(tiny.markers).toEqual([]);
  });

  it('renderFrame(state without moonInset) has no inset', () => {
    expect(renderFrame(state(), camera, size, geometry).inset).toBeNull();
  });

  it('renderFrame(state with moonInset) places the captioned inset in the bottom-left box', () => {
    const frame = renderFrame(state({ moonInset: 'South pole' }), camera, size, geometry);
    const box = insetBox(size);
    expect(frame.inset).toMatchObject({ x: box.x, y: box.y, size: box.side, caption: 'South pole' });
    expect(frame.inset?.disc).toEqual({ x: box.side / 2, y: box.side / 2, r: box.side / 2 - 4 });
  });

  it('renderFrame(state with moonInset) keeps labels off the inset', () => {
    const box = insetBox(size);
    const at = projection.invert?.([box.x + 10, box.y + box.side / 2]) as [number, number];
    const s = (moonInset: string | null) => state({ moonInset, labels: [{ id: 'place-corner', at, text: 'Corner', dot: false }] });
    expect(renderFrame(s(null), camera, size, geometry).labels.map((l) => l.id)).toEqual(['place-corner']);
    expect(renderFrame(s('South pole'), camera, size, geometry).labels).toEqual([]);
  });

  it('renderFrame(state with lines) draws the features inside the frame and leaves out the rest', () => {
    const frame = renderFrame(state({ lines: [geoLayer('lac', 'line-of-actual-control')] }), camera, size, geometry);
    expect(frame.lines).toEqual([
      { id: 'lac:western', layer: 'lac', feature: 'western', d: path(lac[0].geometry) },
      { id: 'lac:eastern', layer: 'lac', feature: 'eastern', d: path(lac[1].geometry) },
    ]);
  });

  it('renderFrame(state with lines of a classed layer) gives each shape its class', () => {
    const frame = renderFrame(state({ lines: [geoLayer('claims', 'claim-lines')] }), camera, size, geometry);
    expect(frame.lines.map((l) => [l.id, l.class])).toEqual([['claims:aksai-chin', 'indian-claim'], ['claims:arunachal', 'chinese-claim']]);
  });

  it('renderFrame(state with lines and `show`) draws only the features shown', () => {
    const frame = renderFrame(state({ lines: [geoLayer('lac', 'line-of-actual-control', ['eastern', 'far'])] }), camera, size, geometry);
    expect(frame.lines.map((l) => l.id)).toEqual(['lac:eastern']);
  });

  it('renderFrame(state with a fading lines layer) flags its shapes to fade in', () => {
    const fading = renderFrame(state({ lines: [geoLayer('routes', 'pipelines', null, true)] }), camera, size, geometry);
    expect(fading.lines.map((l) => [l.id, l.fade])).toEqual([['routes:pos1', true], ['routes:twin', true]]);
    const still = renderFrame(state({ lines: [geoLayer('routes', 'pipelines')] }), camera, size, geometry);
    expect(still.lines.every((l) => !('fade' in l))).toBe(true);
  });

  it('renderFrame(state with areas) draws the areas inside the frame with their class and leaves out the rest', () => {
    const frame = renderFrame(state({ areas: [geoLayer('disputed', 'disputed-areas')] }), camera, size, geometry);
    expect(frame.areas).toEqual([
      { id: 'disputed:aksai-chin', layer: 'disputed', feature: 'aksai-chin', class: 'china', d: path(disputed[0].geometry) },
      { id: 'disputed:arunachal', layer: 'disputed', feature: 'arunachal', class: 'india', d: path(disputed[1].geometry) },
    ]);
    expect(frame.areas[0].d).toMatch(/Z$/);
  });

  it('renderFrame(state with areas and `show`) draws only the features shown', () => {
    const frame = renderFrame(state({ areas: [geoLayer('disputed', 'disputed-areas', ['arunachal'])] }), camera, size, geometry);
    expect(frame.areas.map((a) => a.id)).toEqual(['disputed:arunachal']);
  });

  it('renderFrame(state with a geodata layer missing from the geometry) throws naming the layer', () => {
    expect(() => renderFrame(state({ lines: [geoLayer('rivers', 'rivers')] }), camera, size, geometry)).toThrow('geodata layer "rivers" is not in the scene\'s geometry');
  });

  it('renderFrame(state with a flow) draws a curved arrow between the projected places', () => {
    const frame = renderFrame(state({ flows: [mapFlow('us-ru', [2, 5], [8, 5], { width: 3 })] }), camera, size, geometry);
    const arrow = curvedArrow(projected([2, 5]), projected([8, 5]), 3);
    expect(frame.flows).toEqual([{ id: 'us-ru', kind: 'sanctions', shaft: arrow.shaft, head: arrow.head, width: 3 }]);
  });

  it('renderFrame(state with a flow) labels it near the middle of its arrow', () => {
    const frame = renderFrame(state({ flows: [mapFlow('us-ru', [2, 5], [8, 5], { label: 'US sanctions' })] }), camera, size, geometry);
    const [middleX] = curvedArrow(projected([2, 5]), projected([8, 5]), 2).middle;
    expect(frame.labels).toEqual([expect.objectContaining({ id: 'flow-us-ru', lines: ['US sanctions'] })]);
    expect(Math.abs(frame.labels[0].x - middleX)).toBeLessThanOrEqual(6);
  });

  it('renderFrame(state with a route flow) draws it along its line feature with a head at the line\'s end', () => {
    const route = mapFlow('gas', [1, 1], [9, 3], { kind: 'energy', width: 4, route: { data: 'pipelines', feature: 'pos1' } });
    const frame = renderFrame(state({ flows: [route] }), camera, size, geometry);
    const points = (pipelines[0].geometry as LineString).coordinates.map((c) => projected([c[0], c[1]]));
    expect(frame.flows).toEqual([{ id: 'gas', kind: 'energy', shaft: path(pipelines[0].geometry), head: headAlong(points, 4), width: 4 }]);
  });

  it('renderFrame(state with a route flow whose feature is missing) throws naming the flow and route', () => {
    const route = (feature: string) => state({ flows: [mapFlow('gas', [1, 1], [9, 3], { kind: 'energy', route: { data: 'pipelines', feature } })] });
    expect(() => renderFrame(route('nope'), camera, size, geometry)).toThrow('flow "gas": route pipelines/nope is not a line in the scene\'s geometry');
  });

  it('renderFrame(state with a route flow along a multi-part line) puts the head at the end of the last part', () => {
    const frame = renderFrame(state({ flows: [mapFlow('gas', [1, 1], [9, 3], { kind: 'energy', route: { data: 'pipelines', feature: 'twin' } })] }), camera, size, geometry);
    expect(frame.flows.map((f) => f.id)).toEqual(['gas']);
    expect(frame.flows[0].head).toMatch(/^M[\d.-]+,[\d.-]+L/);
  });
});

describe('insetBox', () => {
  const sizes = [{ width: 1000, height: 500 }, { width: 500, height: 1000 }, { width: 200, height: 200 }, { width: 300, height: 165 }];
  it.each(sizes)('insetBox($width×$height) is a square, a fifth of the shorter side and 48 px at least, in the bottom-left corner', (size) => {
    const { x, y, side, anchor } = insetBox(size);
    expect(side).toBe(Math.max(48, Math.round(Math.min(size.width, size.height) / 5)));
    expect(anchor).toBe('start');
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(20);
    expect(y + side).toBeGreaterThan(size.height / 2);
  });

  it.each(sizes.flatMap((size) => FREE_CORNERS.map((corner) => ({ ...size, corner }))))(
    'insetBox($width×$height, $corner) sits in that corner, inside the frame with two lines of caption under it',
    ({ width, height, corner }) => {
      const { x, y, side, anchor } = insetBox({ width, height }, corner);
      expect(x).toBeGreaterThan(0);
      expect(x + side).toBeLessThan(width);
      expect(y).toBeGreaterThan(0);
      expect(y + side + 2 * 14).toBeLessThanOrEqual(height);
      expect(x + side / 2 < width / 2, 'left half').toBe(corner === 'bottom-left');
      expect(y + side / 2 < height / 2, 'top half').toBe(corner === 'top-right');
      // The caption is aligned to the edge the disc is at.
      expect(anchor).toBe(corner === 'bottom-left' ? 'start' : 'end');
    },
  );

  it('the inset a frame draws in any corner is the one prepareMoonInset(size) projected ahead', () => {
    for (const step of prepareMoonInset(size)) void step;
    const prepared = moonInset(insetBox(size).side);
    const box = insetBox(size);
    const corner = projection.invert?.([box.x + box.side / 2, box.y + box.side / 2]) as [number, number];
    for (const markers of [[], [{ id: '001', at: corner, role: 'partner' as const, label: 'Aland', fresh: false }]]) {
      const frame = renderFrame(state({ moonInset: 'South pole', markers }), camera, size, geometry);
      expect(frame.inset).toMatchObject({ size: prepared.size, disc: prepared.disc, graticule: prepared.graticule });
    }
  });

  it('renderFrame(state with moonInset and a marker in the bottom-left corner) puts the inset in the next corner', () => {
    const box = insetBox(size);
    const corner = projection.invert?.([box.x + box.side / 2, box.y + box.side / 2]) as [number, number];
    const withMarker = state({ moonInset: 'South pole', markers: [{ id: '001', at: corner, role: 'partner', label: 'Aland', fresh: false }] });
    const frame = renderFrame(withMarker, camera, size, geometry);
    const next = insetBox(size, 'top-right');
    expect(frame.inset).toMatchObject({ x: next.x, y: next.y, anchor: next.anchor });
    expect(frame.inset?.caption).toBe('South pole');
  });
});

describe('labelLines', () => {
  it('labelLines(short text) is one line', () => {
    expect(labelLines('Pangong Tso')).toEqual(['Pangong Tso']);
  });

  it('labelLines(long text) breaks before its parenthesis, or else after its colon', () => {
    expect(labelLines('Aksai Chin (held by China, claimed by India)')).toEqual(['Aksai Chin', '(held by China, claimed by India)']);
    expect(labelLines('Putin, 22 Oct 2020: an alliance is “quite possible to imagine”')).toEqual(['Putin, 22 Oct 2020:', 'an alliance is “quite possible to imagine”']);
    expect(labelLines('Crimea, annexed by Russia in 2014')).toEqual(['Crimea, annexed by Russia in 2014']);
  });
});
