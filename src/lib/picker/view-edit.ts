/**
 * The map-state picker's view edits (src/dev/): a box dragged on a frame, or the frame itself, as the `bounds`
 * a step's view fits, and those bounds zoomed and panned. Bounds are [[west, south], [east, north]] in degrees;
 * west > east crosses the antimeridian, as the content schema reads them.
 */
import type { Size } from '../geo/camera';
import { wrap } from '../geo/camera';

export type Bounds = [[number, number], [number, number]];

/** A box on a frame, in its pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Turns a frame's pixel into [lon, lat], or null off the globe (a d3 projection's `invert`). */
export type Invert = (point: [number, number]) => [number, number] | null;

/** Degrees to a tenth: finer is more than any map here shows, and noise in the frontmatter. */
const round = (degrees: number) => Math.round(degrees * 10) / 10;
/** Samples along each edge of a box. */
const SAMPLES = 8;

/**
 * The bounds a box shows: the westmost point of its left edge to the eastmost of its right, the southmost of its
 * bottom to the northmost of its top (the edges of a box on a curved projection are not meridians and parallels).
 * Null when part of an edge is off the globe.
 */
export function boxBounds(box: Box, invert: Invert): Bounds | null {
  const [left, right] = [Math.min(box.x0, box.x1), Math.max(box.x0, box.x1)];
  const [top, bottom] = [Math.min(box.y0, box.y1), Math.max(box.y0, box.y1)];
  const edge = (from: [number, number], to: [number, number]) =>
    Array.from({ length: SAMPLES + 1 }, (_, i) => invert([from[0] + ((to[0] - from[0]) * i) / SAMPLES, from[1] + ((to[1] - from[1]) * i) / SAMPLES]));
  const edges = [edge([left, top], [left, bottom]), edge([right, top], [right, bottom]), edge([left, bottom], [right, bottom]), edge([left, top], [right, top])];
  if (edges.some((points) => points.some((p) => !p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])))) return null;
  const [w, e, s, n] = edges as [number, number][][];
  const west = Math.min(...w.map((p) => p[0]));
  const east = Math.max(...e.map((p) => p[0]));
  const south = Math.max(-90, Math.min(...s.map((p) => p[1])));
  const north = Math.min(90, Math.max(...n.map((p) => p[1])));
  return [
    [round(west), round(south)],
    [round(east), round(north)],
  ];
}

/** The bounds a whole frame of `size` shows, or null where the frame shows the globe's edge. */
export function frameBounds(size: Size, invert: Invert): Bounds | null {
  return boxBounds({ x0: 0, y0: 0, x1: size.width, y1: size.height }, invert);
}

/** How many degrees of longitude bounds span, crossing the antimeridian where west > east. */
export function lonSpan([[west], [east]]: Bounds): number {
  return west <= east ? east - west : east + 360 - west;
}

/** Bounds of `width` × `height` degrees around [lon, lat]: latitudes held to the globe, longitudes wrapped. */
function around(lon: number, lat: number, width: number, height: number): Bounds {
  const h = Math.min(height, 180) / 2;
  const centreLat = Math.max(-90 + h, Math.min(90 - h, lat));
  if (width >= 360) return [[-180, round(centreLat - h)], [180, round(centreLat + h)]];
  const west = wrap(lon - width / 2);
  const east = wrap(lon + width / 2);
  return [
    [round(west), round(centreLat - h)],
    [round(east === -180 ? 180 : east), round(centreLat + h)],
  ];
}

/** The centre of bounds: [lon, lat]. */
export function boundsCentre(bounds: Bounds): [number, number] {
  const [[west, south], [, north]] = bounds;
  return [wrap(west + lonSpan(bounds) / 2), (south + north) / 2];
}

/** Bounds `factor` times closer (over 1 zooms in) about their centre. */
export function zoomBounds(bounds: Bounds, factor: number): Bounds {
  const [lon, lat] = boundsCentre(bounds);
  return around(lon, lat, lonSpan(bounds) / factor, (bounds[1][1] - bounds[0][1]) / factor);
}

/** Bounds of the same span centred on [lon, lat]: a map dragged to a new place. */
export function centreBounds(bounds: Bounds, [lon, lat]: [number, number]): Bounds {
  return around(lon, lat, lonSpan(bounds), bounds[1][1] - bounds[0][1]);
}

/** Bounds moved by fractions of their span: `dx` east, `dy` north. */
export function panBounds(bounds: Bounds, dx: number, dy: number): Bounds {
  const [lon, lat] = boundsCentre(bounds);
  const [width, height] = [lonSpan(bounds), bounds[1][1] - bounds[0][1]];
  return around(lon + dx * width, lat + dy * height, width, height);
}
