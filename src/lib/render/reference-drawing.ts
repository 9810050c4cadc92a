/**
 * The live map's base drawing: a scene's countries and geodata features projected once, at a fixed reference
 * scale, for one rotation of its projection. Every step of the scene that shares that rotation is then the same
 * drawing scaled and moved (`MapTransform`), so moving between steps rewrites one attribute per frame instead of
 * re-projecting every country.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import { projectionFactory, projectionFor, type Camera, type ProjectionName, type Size } from '../geo/camera';
import type { FramePlacer, SceneGeometry } from './render-frame';

/** The reference projection's scale: the world about a thousand units wide. */
export const REFERENCE_SCALE = 160;

/** Decimal places of reference paths: a hundredth of a unit is under a tenth of a pixel at the closest zoom. */
const DIGITS = 2;

/** Scale and offset from reference units to frame pixels: x' = k·x + x0. */
export interface MapTransform {
  k: number;
  x: number;
  y: number;
}

/** One projected piece of a base drawing: the globe's outline, a country, or a feature of a geodata layer. */
export type ReferencePiece =
  | { kind: 'sphere'; d: string }
  | { kind: 'country'; id: string; d: string }
  | { kind: 'shape'; data: string; feature: string; class?: string; d: string };

/** The projection a base drawing is drawn in. */
export function referenceProjection(name: ProjectionName, rotate: number): GeoProjection {
  return projectionFactory(name)().rotate([rotate, 0]).scale(REFERENCE_SCALE).translate([0, 0]);
}

/**
 * The sphere and the countries of a base drawing at `rotate`, one at a time, so the caller can spread the work
 * over animation frames (`ProjectedCountries` gives them with `shapePieces`). Countries that project to nothing
 * (wholly clipped) are not drawn.
 */
export function* countryPieces(countries: SceneGeometry['countries'], name: ProjectionName, rotate: number): Generator<ReferencePiece> {
  const path = referencePath(name, rotate);
  // For a country far from the cut and the poles, d3's cut passes every point through unchanged, after testing each
  // ring (a third of projecting a world map's time).
  const uncut = referencePath(name, rotate, false);
  yield { kind: 'sphere', d: path({ type: 'Sphere' }) ?? '' };
  for (const country of countries) {
    const d = (clearOfCut(country, rotate) ? uncut : path)(country);
    if (d) yield { kind: 'country', id: country.id, d };
  }
}

/** Degrees a country keeps from the antimeridian of the rotated globe and from the poles to be drawn uncut. */
const CUT_MARGIN = 1;

/** Each country's extent in longitude and latitude ([west, east, south, north]), or null where it crosses 180°. */
const extents = new WeakMap<SceneGeometry['countries'][number], readonly [number, number, number, number] | null>();

/**
 * Whether a country lies wholly clear of the cut at `rotate` (rotated longitude ±180°) and of the poles. Its edges
 * are great-circle arcs, whose longitude runs between their ends', so its points' extent bounds it; a country drawn
 * across 180° (its extent spans most of the globe) is always cut.
 */
export function clearOfCut(country: SceneGeometry['countries'][number], rotate: number): boolean {
  let extent = extents.get(country);
  if (extent === undefined) {
    // Plain comparisons, no arrays per point: on a link to a later step this runs before its map can show.
    let [w, e, s, n] = [Infinity, -Infinity, Infinity, -Infinity];
    const { geometry } = country;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    for (const polygon of polygons)
      for (const ring of polygon)
        for (const point of ring) {
          const lon = point[0];
          const lat = point[1];
          if (lon < w) w = lon;
          if (lon > e) e = lon;
          if (lat < s) s = lat;
          if (lat > n) n = lat;
        }
    extent = polygons.length > 0 && e - w < 180 ? [w, e, s, n] : null;
    extents.set(country, extent);
  }
  if (!extent) return false;
  const [w, e, s, n] = extent;
  if (s <= -90 + CUT_MARGIN || n >= 90 - CUT_MARGIN) return false;
  // The cut in the country's own longitudes: 180° - rotate, brought to the nearest turn above its west edge.
  const cut = w - CUT_MARGIN + ((((180 - rotate - (w - CUT_MARGIN)) % 360) + 360) % 360);
  return cut > e + CUT_MARGIN;
}

/** The features of a scene's geodata layers in a base drawing, one at a time; those wholly clipped are not drawn. */
export function* shapePieces(layers: SceneGeometry['layers'], name: ProjectionName, rotate: number): Generator<ReferencePiece> {
  const path = referencePath(name, rotate);
  for (const [data, features] of layers) {
    for (const f of features) {
      const d = path(f.geometry);
      if (d)
        yield {
          kind: 'shape',
          data,
          feature: f.id,
          ...(f.class ? { class: f.class } : {}),
          d,
        };
    }
  }
}

/** Path data in the reference projection; with `cut` false, without d3's cut at the rotated antimeridian. */
const referencePath = (name: ProjectionName, rotate: number, cut = true) => {
  const projection = referenceProjection(name, rotate);
  return geoPath(cut ? projection : projection.preclip((stream) => stream)).digits(DIGITS);
};

/** The transform that turns the reference drawing into what `camera` shows in a frame of `size`. */
export function cameraTransform(name: ProjectionName, camera: Camera, size: Size): MapTransform {
  const [x, y] = projectionFor(name, camera, size).translate();
  return { k: camera.scale / REFERENCE_SCALE, x, y };
}

/**
 * Moves from `a` to `b` in a frame of `size`: the zoom changes geometrically and the point at the frame's
 * centre travels in a straight line across the drawing, so the motion reads as one smooth glide.
 */
export function interpolateTransform(a: MapTransform, b: MapTransform, size: Size): (t: number) => MapTransform {
  const [cx, cy] = [size.width / 2, size.height / 2];
  const from = [(cx - a.x) / a.k, (cy - a.y) / a.k];
  const to = [(cx - b.x) / b.k, (cy - b.y) / b.k];
  const zoom = Math.log(b.k / a.k);
  return (t) => {
    if (t <= 0) return a;
    if (t >= 1) return b;
    const k = a.k * Math.exp(zoom * t);
    const px = from[0] + (to[0] - from[0]) * t;
    const py = from[1] + (to[1] - from[1]) * t;
    return { k, x: cx - k * px, y: cy - k * py };
  };
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** The SVG transform attribute for `t`. */
export function transformAttribute(t: MapTransform): string {
  return `matrix(${round3(t.k)} 0 0 ${round3(t.k)} ${round3(t.x)} ${round3(t.y)})`;
}

/** `t`'s zoom as its attribute writes it: what the drawing's strokes divide their width by (map.css, `--zoom`). */
export function transformZoom(t: MapTransform): string {
  return String(round3(t.k));
}

/** `t` as a CSS transform, for an animation's keyframes: the same translate and scale as the attribute. */
export function transformStyle(t: MapTransform): string {
  return `translate(${round3(t.x)}px, ${round3(t.y)}px) scale(${round3(t.k)})`;
}

/**
 * What takes a point drawn on screen at `from` to where it is at `to`: what keeps its screen size (arrows,
 * markers) follows the drawing with it while the map glides.
 */
export function relativeTransform(from: MapTransform, to: MapTransform): MapTransform {
  const k = to.k / from.k;
  return { k, x: to.x - k * from.x, y: to.y - k * from.y };
}

/**
 * Places points and lines through the reference projection and then `transform`, remembering each point's
 * reference position so that moving the map only rescales them.
 */
export function transformPlacer(
  projection: GeoProjection,
  transform: MapTransform,
  cache: Map<string, [number, number] | null>,
): FramePlacer {
  const reference = (at: readonly number[]) => {
    const key = `${at[0]},${at[1]}`;
    let p = cache.get(key);
    if (p === undefined) {
      p = (projection([at[0], at[1]]) as [number, number] | null) ?? null;
      cache.set(key, p);
    }
    return p;
  };
  const place = (at: readonly number[]): [number, number] | null => {
    const p = reference(at);
    return p ? [transform.k * p[0] + transform.x, transform.k * p[1] + transform.y] : null;
  };
  return {
    point: place,
    line: (parts) =>
      parts.map((coordinates) =>
        coordinates.flatMap((c) => {
          const p = place(c);
          return p ? [p] : [];
        }),
      ),
  };
}
