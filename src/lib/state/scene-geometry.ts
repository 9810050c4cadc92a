/** Which countries a scene needs: those any of its steps can show, at any frame shape the site uses. */
import { geoPath } from 'd3-geo';
import type { CountryFeature } from '../geo/base-map';
import { cameraForFit, projectionFor, viewFit, type Camera, type Size, type ViewFit } from '../geo/camera';
import { cameraTransform, referenceProjection } from '../render/reference-drawing';
import type { DrawnState, MapState } from './map-state';
import { viewTarget } from './view-target';

/** Frame shapes the map is drawn at: wide desktop panels down to tall phone panels. */
export const FRAME_SHAPES: readonly Size[] = [
  { width: 1000, height: 500 },
  { width: 800, height: 600 },
  { width: 500, height: 1000 },
];

/** Padding around a fitted view, in pixels, scaled to the frame. */
export function framePadding(size: Size): number {
  return Math.round(Math.min(size.width, size.height) * 0.06);
}

/** How a state's view fits a frame: measured once, for every frame size (the build publishes it with the scene). */
export function stateFit(state: DrawnState, countries: ReadonlyMap<string, CountryFeature>): ViewFit {
  return viewFit(state.projection, viewTarget(state.view, countries), state.view.meridian);
}

/** The camera that shows a state's view, fitted as `fit`, in a frame of `size`. */
export function fittedCamera(state: DrawnState, fit: ViewFit, size: Size): Camera {
  return cameraForFit(state.projection, fit, size, framePadding(size));
}

/** The camera that shows a state's view in a frame of `size`. */
export function stateCamera(state: MapState, size: Size, countries: ReadonlyMap<string, CountryFeature>): Camera {
  return fittedCamera(state, stateFit(state, countries), size);
}

/**
 * The ids of the countries any step's frame can show, at any of the frame shapes, or any glide between two steps
 * drawn from one base drawing (the same projection and rotation). A glide's frames stay inside the box around
 * its two ends' frames (its zoom changes geometrically and its centre in a line), so each such group of steps
 * is tested against the box around all its frames. A country counts when some of it is drawn there: not when
 * only its bounding box is, which for a country in parts (the United States, France) can span the whole map.
 */
export function countriesInScene(states: readonly MapState[], countries: readonly CountryFeature[]): Set<string> {
  const byId = new Map(countries.map((c) => [c.id, c]));
  const keep = new Set<string>();
  for (const size of FRAME_SHAPES) {
    const drawings = new Map<string, { projection: MapState['projection']; rotate: number; box: [number, number, number, number] }>();
    for (const state of states) {
      const fit = stateFit(state, byId);
      const t = cameraTransform(state.projection, fittedCamera(state, fit, size), size);
      // The frame in the base drawing's units.
      const [x0, y0, x1, y1] = [-t.x / t.k, -t.y / t.k, (size.width - t.x) / t.k, (size.height - t.y) / t.k];
      const key = `${state.projection}@${fit.rotate}`;
      const drawing = drawings.get(key);
      if (!drawing) drawings.set(key, { projection: state.projection, rotate: fit.rotate, box: [x0, y0, x1, y1] });
      else drawing.box = [Math.min(drawing.box[0], x0), Math.min(drawing.box[1], y0), Math.max(drawing.box[2], x1), Math.max(drawing.box[3], y1)];
    }
    for (const { projection, rotate, box: [x0, y0, x1, y1] } of drawings.values()) {
      const path = geoPath(referenceProjection(projection, rotate).clipExtent([[x0, y0], [x1, y1]]));
      for (const country of countries) if (!keep.has(country.id) && path.area(country) > 0) keep.add(country.id);
    }
  }
  return keep;
}

/**
 * The box (degrees, with a margin of `margin` of its size on each side) that any of the steps' frames can
 * show, at any frame shape; null when a frame shows the globe's edge or crosses 180° (a world view).
 */
export function sceneRegion(states: readonly MapState[], countries: readonly CountryFeature[], margin = 0.1): [number, number, number, number] | null {
  const byId = new Map(countries.map((c) => [c.id, c]));
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const SAMPLES = 16;
  for (const state of states) {
    for (const size of FRAME_SHAPES) {
      const projection = projectionFor(state.projection, stateCamera(state, size, byId), size);
      for (let i = 0; i <= SAMPLES; i++) {
        const f = i / SAMPLES;
        for (const [x, y] of [[f * size.width, 0], [f * size.width, size.height], [0, f * size.height], [size.width, f * size.height]]) {
          const p = projection.invert?.([x, y]);
          if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || Math.abs(p[0]) >= 179.9) return null;
          // A point off the globe inverts to somewhere else: project back to tell.
          const back = projection(p);
          if (!back || Math.hypot(back[0] - x, back[1] - y) > 1) return null;
          [w, s, e, n] = [Math.min(w, p[0]), Math.min(s, p[1]), Math.max(e, p[0]), Math.max(n, p[1])];
        }
      }
    }
  }
  const dx = (e - w) * margin;
  const dy = (n - s) * margin;
  return [Math.max(-180, w - dx), Math.max(-90, s - dy), Math.min(180, e + dx), Math.min(90, n + dy)];
}
