/**
 * A camera is where a map looks: the projection's central meridian, the point at the frame's centre and the
 * scale. Cameras are fitted to a view and a frame size; the live map glides between two of them by the transforms
 * they give its reference drawing (render/reference-drawing.ts).
 */
import { geoBounds, geoEqualEarth, geoMercator, geoNaturalEarth1, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
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

/** Fits a camera so that `target` fills the frame, less `padding` pixels on each side. */
export function fitCamera(
  name: ProjectionName,
  target: GeoPermissibleObjects,
  size: Size,
  padding: number,
  meridian: number = centralMeridian(target),
): Camera {
  const pad = Math.min(padding, size.width / 4, size.height / 4);
  const projection = factories[name]()
    .rotate([-meridian, 0])
    .fitExtent([[pad, pad], [size.width - pad, size.height - pad]], target);
  const center = projection.invert?.([size.width / 2, size.height / 2]);
  if (!center) throw new Error(`projection ${name} cannot invert the frame centre`);
  return { rotate: wrap(-meridian), center: [center[0], center[1]], scale: projection.scale() };
}
