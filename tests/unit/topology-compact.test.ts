import { feature, neighbors } from 'topojson-client';
import { planarTriangleArea } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { CountriesTopology } from '../../src/lib/geo/base-map';
import { compactTopology, MIN_AREA_PX, screenArea } from '../../src/lib/geo/topology-compact';

type Point = [number, number];

/** The outline of the box from (0,0) to (10,10), counter-clockwise from (0,0), a point every degree along each side. */
function boxRing(bump: (p: Point) => Point = (p) => p): Point[] {
  const ring: Point[] = [];
  for (let x = 0; x < 10; x++) ring.push(bump([x, 0]));
  for (let y = 0; y < 10; y++) ring.push(bump([10, y]));
  for (let x = 10; x > 0; x--) ring.push(bump([x, 10]));
  for (let y = 10; y >= 0; y--) ring.push(bump([0, y]));
  return ring;
}

/** Arcs delta-encoded on a grid of 0.1°, as world-atlas ships them. */
function topology(arcs: Point[][], geometries: object[]): CountriesTopology {
  const encoded = arcs.map((arc) => arc.map(([x, y], i) => (i === 0 ? [x * 10, y * 10] : [(x - arc[i - 1][0]) * 10, (y - arc[i - 1][1]) * 10])));
  const t: Topology = {
    type: 'Topology',
    transform: { scale: [0.1, 0.1], translate: [0, 0] },
    arcs: encoded as Point[][],
    objects: { countries: { type: 'GeometryCollection', geometries: geometries as never } },
  };
  return t as unknown as CountriesTopology;
}

/** One country whose outline is `ring`. */
const oneCountry = (ring: Point[]) => topology([ring], [{ type: 'Polygon', id: '001', arcs: [[0]], properties: { name: 'Box' } }]);

/** Every point of the box's outline pushed out by 0.3° (inward on the odd ones): a saw-tooth coast. */
const sawTooth = ([x, y]: Point, i = x + y): Point => {
  const d = i % 2 === 0 ? 0.3 : -0.3;
  return x === 0 || x === 10 ? [x + (x === 0 ? -d : d), y] : [x, y + (y === 0 ? -d : d)];
};

const outline = (t: CountriesTopology, index = 0) =>
  (feature(t, t.objects.countries).features[index].geometry as { coordinates: number[][][] }).coordinates[0] as Point[];
/** Whether `points` hold `point`, to the grid the tests quantize to (about 0.01°). */
const near = (points: Point[], [x, y]: Point) => points.some(([px, py]) => Math.abs(px - x) < 0.02 && Math.abs(py - y) < 0.02);

describe('screenArea', () => {
  const triangle: [Point, Point, Point] = [[0, 0], [1, 1], [2, 0]];

  it('screenArea(null, zoom, outerZoom) is the area in square degrees times zoom² (a world view has no outside)', () => {
    // By the equator a spherical square degree is all but a planar one.
    expect(screenArea(null, 10, 1)(triangle)).toBeCloseTo(1 * 10 ** 2, 1);
  });

  it('screenArea(region, zoom, outerZoom) weighs a triangle that touches the region at zoom, one wholly outside at outerZoom', () => {
    expect(screenArea([1.5, -1, 3, 1], 10, 2)(triangle)).toBeCloseTo(100, 1);
    expect(screenArea([50, 50, 60, 60], 10, 2)(triangle)).toBeCloseTo(4, 2);
  });

  it('screenArea weighs points along a parallel: the map draws the great circle between their neighbours, not the parallel', () => {
    const along49: [Point, Point, Point] = [[-123, 49], [-109, 49], [-95, 49]];
    expect(planarTriangleArea(along49)).toBe(0);
    expect(screenArea(null, 8, 8)(along49)).toBeGreaterThan(100 * MIN_AREA_PX);
  });
});

describe('compactTopology', () => {
  it('compactTopology(topology, no region) keeps detail its zoom shows, on the new grid, and drops country names', () => {
    // Teeth of 0.3° at 10 px a degree: 3 px, far above half a pixel.
    const source = oneCountry(boxRing(sawTooth));
    const compact = compactTopology(source, { region: null, zoom: 10, outerZoom: 10, gridPx: 0.1 });
    expect(compact.objects.countries.geometries[0]).not.toHaveProperty('properties');
    const before = outline(source);
    const after = outline(compact);
    expect(after).toHaveLength(before.length);
    after.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(before[i][0], 1);
      expect(p[1]).toBeCloseTo(before[i][1], 1);
    });
  });

  it('compactTopology puts every point on a square grid of gridPx pixels at its zoom (written short, no coarser), within half a step of where it was', () => {
    const source = oneCountry(boxRing(sawTooth));
    const compact = compactTopology(source, { region: null, zoom: 10, outerZoom: 10, gridPx: 1 / 3 });
    expect(compact.transform?.scale).toEqual([0.0333, 0.0333]);
    // 1/60 would round up to 0.0167, a coarser grid: it is written 0.0165.
    expect(compactTopology(source, { region: null, zoom: 20, outerZoom: 20, gridPx: 1 / 3 }).transform?.scale).toEqual([0.0165, 0.0165]);
    // The grid's corner is at most a hundredth of a degree below and left of the drawing's, written in hundredths.
    const [x0, y0] = compact.transform!.translate;
    expect([x0, y0].map((v) => Math.round(v * 100) / 100)).toEqual([x0, y0]);
    expect(compact).not.toHaveProperty('bbox');
    const before = outline(source);
    outline(compact).forEach((p, i) => {
      expect(Math.abs(p[0] - before[i][0])).toBeLessThanOrEqual(0.0333 / 2 + 1e-9);
      expect(Math.abs(p[1] - before[i][1])).toBeLessThanOrEqual(0.0333 / 2 + 1e-9);
    });
    expect(() => compactTopology(source, { region: null, zoom: 10, outerZoom: 10, gridPx: 0 })).toThrow('compactTopology: gridPx must be > 0, got 0');
  });

  it('compactTopology drops detail finer than half a pixel at its zoom: a straight side keeps only its corners', () => {
    // The top side runs along 10°N: the great circle between its corners strays 0.04° from it, 0.04 px at 1 px a degree.
    const compact = compactTopology(oneCountry(boxRing()), { region: null, zoom: 1, outerZoom: 1, gridPx: 0.1 });
    const after = outline(compact);
    // The arc's start, (0,0), is kept as every arc's ends are; the other corners because they turn.
    expect(after).toHaveLength(5);
    for (const corner of [[0, 0], [10, 0], [10, 10], [0, 10]] as Point[]) expect(near(after, corner)).toBe(true);
    expect(after[0]).toEqual(after[after.length - 1]);
  });

  it('compactTopology keeps a tooth the closest zoom shows and drops one only a closer zoom would', () => {
    // A tooth 0.6° deep between neighbours 2° apart is a triangle of 0.6 square degrees: 0.6·zoom² square pixels.
    const source = oneCountry(boxRing(sawTooth));
    const count = (zoom: number) => outline(compactTopology(source, { region: null, zoom, outerZoom: zoom, gridPx: 0.1 })).length;
    expect(0.6 * 1 ** 2).toBeGreaterThan(MIN_AREA_PX);
    expect(count(1)).toBe(outline(source).length);
    expect(0.6 * 0.5 ** 2).toBeLessThan(MIN_AREA_PX);
    expect(count(0.5)).toBeLessThan(outline(source).length);
  });

  it('compactTopology(topology, a region at one corner) keeps the outline whole near it and thins it away from it', () => {
    const source = oneCountry(boxRing(sawTooth));
    const compact = compactTopology(source, { region: [-1, -1, 2, 2], zoom: 10, outerZoom: 0.5, gridPx: 0.1 });
    const after = outline(compact);
    expect(after.length).toBeLessThan(outline(source).length);
    // Near the region (the corner at 0,0) every tooth is still there.
    for (const point of outline(source).filter(([x, y]) => x <= 2 && y <= 2)) expect(near(after, point)).toBe(true);
    // Away from it, on the far side, teeth are gone.
    expect(outline(source).filter(([x, y]) => x >= 4 && y >= 9).every((p) => near(after, p))).toBe(false);
    expect(after[0]).toEqual(after[after.length - 1]);
  });

  it('compactTopology simplifies a shared border once: both neighbours keep the same points along it', () => {
    // Two countries side by side: A from x 0 to 10, B from 10 to 20, sharing a saw-tooth border at x = 10.
    const border: Point[] = Array.from({ length: 11 }, (_, y) => [10 + (y % 2 === 0 ? 0 : 0.1), y]);
    const aRest: Point[] = [[10, 10], [0, 10], [0, 0], [10, 0]];
    const bRest: Point[] = [[10, 0], [20, 0], [20, 10], [10, 10]];
    const source = topology(
      [border, aRest, bRest],
      [
        { type: 'Polygon', id: '001', arcs: [[0, 1]] },
        { type: 'Polygon', id: '002', arcs: [[~0, 2]] },
      ],
    );
    // A tooth of 0.1° is a triangle of 0.1 square degrees, at 5 px a degree 2.5 px²: kept. At 0.5 px a degree even
    // the border's largest triangle (0.1° off a 10° line, 0.5 square degrees) is 0.125 px²: all go but the ends.
    for (const zoom of [5, 0.5]) {
      const compact = compactTopology(source, { region: null, zoom, outerZoom: zoom, gridPx: 0.1 });
      expect(neighbors(compact.objects.countries.geometries as never)).toEqual([[1], [0]]);
      const onBorder = (index: number) => [
        ...new Set(
          outline(compact, index)
            .filter(([x]) => x > 9.9 && x < 10.2)
            .map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`),
        ),
      ].sort();
      expect(onBorder(0)).toEqual(onBorder(1));
      expect(onBorder(0)).toHaveLength(zoom === 5 ? 11 : 2);
    }
  });

  it('compactTopology(topology, zooms out of order) says what is wrong', () => {
    expect(() => compactTopology(oneCountry(boxRing()), { region: null, zoom: 1, outerZoom: 2, gridPx: 0.1 })).toThrow(/outerZoom ≤ zoom, got 1 and 2/);
    expect(() => compactTopology(oneCountry(boxRing()), { region: null, zoom: 0, outerZoom: 0, gridPx: 0.1 })).toThrow(/zooms must be > 0/);
  });
});
