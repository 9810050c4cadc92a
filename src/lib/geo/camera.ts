/**
 * A camera is where a map looks: the projection's central meridian, the point at the frame's centre and the
 * scale. Cameras are fitted to a view and a frame size; the live map glides between two of them by the transforms
 * they give its reference drawing (render/reference-drawing.ts).
 */
import { geoBounds, geoEqualEarth, geoPath, geoMercator, geoNaturalEarth1, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Scene } from '../content/schemas';

/** The projections a scene can use. */
export type ProjectionName = Scene['projection'];

/** A frame's size in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** Where the map looks. */
export interface Camera {
  /** Rotation of the projection about the poles, in degrees (minus the central meridian). */
  rotate: number;
  /** The [lon, lat] point at the centre of the frame. */
  center: [number, number];
  /** The projection's scale. */
  scale: number;
}

const factories: Record<ProjectionName, () => GeoProjection> = {
  naturalEarth1: geoNaturalEarth1,
  equalEarth: geoEqualEarth,
  mercator: geoMercator,
};

/** The d3 projection factory of a scene's projection. */
export function projectionFactory(name: ProjectionName): () => GeoProjection {
  return factories[name];
}

/** Builds the d3 projection that shows `camera` in a frame of `size`. */
export function projectionFor(name: ProjectionName, camera: Camera, size: Size): GeoProjection {
  const projection = factories[name]().rotate([camera.rotate, 0]).scale(camera.scale).translate([size.width / 2, size.height / 2]);
  const at = projection(camera.center);
  if (at) projection.translate([size.width - at[0], size.height - at[1]]);
  return projection;
}

/** A longitude brought into [-180, 180). */
export const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/** The longitude midway across an object's bounds, taking a crossing of the antimeridian into account. */
export function centralMeridian(object: GeoPermissibleObjects): number {
  const [[west], [east]] = geoBounds(object);
  return wrap(west <= east ? (west + east) / 2 : (west + east + 360) / 2);
}

/**
 * A view's fit, worked out once for every frame size: its projection's rotation and the bounds of its target
 * projected at d3's fitting scale (150, untranslated). A camera for a frame is then arithmetic (`cameraForFit`);
 * the build publishes each step's fit, so the browser never measures countries to place a view.
 */
export interface ViewFit {
  /** Rotation of the projection about the poles, in degrees (minus the central meridian). */
  rotate: number;
  /** [[x0, y0], [x1, y1]]: the target's projected bounds at scale 150 and translation [0, 0]. */
  bounds: [[number, number], [number, number]];
}

/** The scale d3's fitting methods measure a target at. */
const FIT_SCALE = 150;

/** A ten-thousandth of a unit at the fitting scale is far under a hundredth of a pixel at the closest view. */
const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

/** Measures `target` for fitting, centred on `meridian` (by default the middle of its bounds). */
export function viewFit(name: ProjectionName, target: GeoPermissibleObjects, meridian: number = centralMeridian(target)): ViewFit {
  const rotate = wrap(-meridian);
  const projection = factories[name]().rotate([rotate, 0]).scale(FIT_SCALE).translate([0, 0]);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(target).map((corner) => corner.map(round4));
  return { rotate, bounds: [[x0, y0], [x1, y1]] };
}

/**
 * The camera that shows a fitted view filling the frame, less `padding` pixels on each side: d3's `fitExtent`
 * from the measured bounds.
 */
export function cameraForFit(name: ProjectionName, fit: ViewFit, size: Size, padding: number): Camera {
  const pad = Math.min(padding, size.width / 4, size.height / 4);
  const [[x0, y0], [x1, y1]] = fit.bounds;
  const [w, h] = [size.width - pad - pad, size.height - pad - pad];
  const k = Math.min(w / (x1 - x0), h / (y1 - y0));
  if (!(k > 0 && Number.isFinite(k))) throw new Error(`cannot fit a view whose projected bounds are ${JSON.stringify(fit.bounds)}`);
  const projection = factories[name]()
    .rotate([fit.rotate, 0])
    .scale(FIT_SCALE * k)
    .translate([pad + (w - k * (x1 + x0)) / 2, pad + (h - k * (y1 + y0)) / 2]);
  const center = projection.invert?.([size.width / 2, size.height / 2]);
  if (!center) throw new Error(`projection ${name} cannot invert the frame centre`);
  return { rotate: fit.rotate, center: [center[0], center[1]], scale: projection.scale() };
}
