/**
 * Makes a scene's topology small enough to ship: its arcs simplified (Visvalingam, by topojson-simplify) to the
 * detail its closest zoom can show, coarser outside the region the scene's views can show, re-quantized to a
 * fraction of a pixel at that zoom, and country names dropped (the browser draws no names from
 * the base map). Each arc is simplified once, so two countries that share a border still share it point for point.
 */
import type { Positions } from 'topojson-specification';
import { bbox, quantize } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea, type Triangle } from 'topojson-simplify';
import type { CountriesTopology } from './base-map';

/** A box in degrees: [west, south, east, north] (west > east never: boxes here do not cross 180°). */
export type Box = [number, number, number, number];

/** How the topology is compacted. */
export interface CompactOptions {
  /** Where the scene's views can look; null: everywhere (a world view). */
  region: Box | null;
  /** The closest zoom the scene's views draw the region at, in pixels a degree. */
  zoom: number;
  /** The zoom the detail outside the region is kept for, in pixels a degree (at most `zoom`). */
  outerZoom: number;
  /**
   * Quantization: points go to a square grid whose step is this many pixels at `zoom` (the same on both axes: a
   * step counted across the bounding box made a world map's latitudes twice as fine as its longitudes, and a
   * regional map's longitudes, across a Russia that reaches 180°, over a pixel coarse).
   */
  gridPx: number;
}

/**
 * The smallest detail kept, in square pixels at the zoom it is drawn at: a point goes when the triangle it makes
 * with its neighbours is smaller, as when it lies less than half a pixel off a line a pixel long (the server's
 * drawing simplifies to half a pixel too).
 */
export const MIN_AREA_PX = 0.5 * 0.5;

const inside = ([x, y]: Positions, [w, s, e, n]: Box) => x >= w && x <= e && y >= s && y <= n;
/** Square degrees in a steradian. */
const DEGREES2 = (180 / Math.PI) ** 2;

/**
 * The weight topojson-simplify gives a point: the area of its triangle in square pixels where it is drawn. The
 * area is spherical, not planar in degrees: d3-geo draws each segment as a great-circle arc, so points along a
 * parallel (the US–Canada border) are not on the line the map would draw without them, though a planar area
 * would call them collinear. A steradian is (180/π)² square degrees, and a square degree `zoom`² square pixels
 * at a zoom of `zoom` pixels a degree; a triangle that touches the region is drawn at `zoom`, one wholly
 * outside at `outerZoom`.
 */
export function screenArea(region: Box | null, zoom: number, outerZoom: number): (triangle: Triangle) => number {
  return (triangle) => {
    const near = region === null || triangle.some((p) => inside(p, region));
    return sphericalTriangleArea(triangle) * DEGREES2 * (near ? zoom : outerZoom) ** 2;
  };
}

/** The compacted topology. */
export function compactTopology(topology: CountriesTopology, options: CompactOptions): CountriesTopology {
  const { region, zoom, outerZoom, gridPx } = options;
  if (!(gridPx > 0)) throw new Error(`compactTopology: gridPx must be > 0, got ${gridPx}`);
  if (!(zoom > 0 && outerZoom > 0 && outerZoom <= zoom)) throw new Error(`compactTopology: zooms must be > 0 with outerZoom ≤ zoom, got ${zoom} and ${outerZoom}`);
  // Arcs in longitude and latitude, each point weighted; the arcs' ends are always kept.
  const simplified = simplify(presimplify(topology as never, screenArea(region, zoom, outerZoom)), MIN_AREA_PX);
  const geometries = topology.objects.countries.geometries.map((g) => {
    const { properties: _names, ...rest } = g;
    return rest;
  });
  const plain = { type: 'Topology' as const, arcs: simplified.arcs, objects: { countries: { type: 'GeometryCollection' as const, geometries } } };
  // The grid written short, as every reader of a full read fetches its numbers' digits: a grid as fine or finer,
  // moved by less than a hundredth of a degree, every point still within half a step of where it was. No bounding
  // box: nothing reads it.
  const [x0, y0] = bbox(plain as never);
  const step = shortStep(gridPx / zoom);
  const { bbox: _none, ...compact } = quantize(plain as never, { scale: [step, step], translate: [shortCorner(x0), shortCorner(y0)] });
  return compact as unknown as CountriesTopology;
}

/** `step` in 3 significant digits, never larger (a coarser grid): 1/60 is 0.0165, not 0.0167. */
function shortStep(step: number): number {
  const rounded = Number(step.toPrecision(3));
  // Rounding moves a number by at most half a unit of its third digit: 1 % less always rounds to no more than it.
  return rounded <= step ? rounded : Number((step * 0.99).toPrecision(3));
}

/** A grid corner in hundredths of a degree, never above or right of `degrees`. */
const shortCorner = (degrees: number): number => Math.floor(degrees * 100) / 100;
