/**
 * The server's drawing of a step, legible at every screen size. A drawing made for one size and scaled to the
 * reader's screen scales its text too (4 px on a phone, 30 px on a wide embed). Instead the scene's geometry is
 * projected once — clipped to what any of the drawing's bands can show — and each band of screen sizes places
 * that geometry with a transform and draws its own arrows, markers and labels at its own size: a band's text is
 * 12 px at its size and grows by no more than the band's range on the screens it covers.
 */
import type { Size } from '../geo/camera';
import type { MapState } from '../state/map-state';
import { cameraTransform, referenceProjection, transformPlacer, type MapTransform } from './reference-drawing';
import { drawOverlay, frameShape, layerFeatures, type FrameCountry, type FrameOverlay, type FrameShape } from './render-frame';
import { sceneFit, type DrawableScene } from '../state/scene-data';
import { fittedCamera } from '../state/scene-geometry';
import { relativePath } from '../geo/relative-path';
import { simplifiedProjection } from '../geo/simplified-projection';

/** A band of screen sizes: the size its labels are placed at. */
export interface DrawingBand {
  /** Its name, which the page's CSS shows it by. */
  name: string;
  /** The size it is drawn at; on screen it is scaled up (or down) by the band's range at most. */
  size: Size;
  /**
   * How much of the map is drawn beyond the frame on each side, as a fraction of its width and height, for a
   * box whose shape differs from the frame's: the frame shows whole and centred, and the map fills the rest.
   */
  bleed?: { x: number; y: number };
}

/** One band as drawn: the transform that places the shared geometry, and what it draws at its own size. */
export interface StaticBand extends DrawingBand {
  transform: MapTransform;
  overlay: FrameOverlay;
}

/** A step drawn for several bands: the geometry, in reference units, shared by every band. */
export interface StaticDrawing {
  /** The globe's outline (the sea), clipped to what the bands show. */
  sphere: string;
  countries: FrameCountry[];
  areas: FrameShape[];
  lines: FrameShape[];
  /** The hatching's scale, so that its lines are a few pixels apart in the bands. */
  hatchScale: number;
  bands: StaticBand[];
}

/** Reference units beyond a band's frame that are still drawn, so that no border shows along its edge. */
const MARGIN_PX = 4;

/** The smallest detail drawn, in pixels at the closest band: finer detail costs bytes and shows nowhere. */
const DETAIL_PX = 0.5;

/** Draws `state` for `bands`; the geometry is clipped to the union of the bands' frames. */
export function staticDrawing(scene: DrawableScene, state: MapState, bands: readonly DrawingBand[]): StaticDrawing {
  const fit = sceneFit(scene, state);
  const placed = bands.map((band) => {
    const camera = fittedCamera(state, fit, band.size);
    return { band, camera, transform: cameraTransform(state.projection, camera, band.size) };
  });
  const rotate = placed[0].camera.rotate;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { band, transform: t } of placed) {
    const { width, height } = band.size;
    const [bx, by] = [MARGIN_PX + (band.bleed?.x ?? 0) * width, MARGIN_PX + (band.bleed?.y ?? 0) * height];
    x0 = Math.min(x0, (-bx - t.x) / t.k);
    y0 = Math.min(y0, (-by - t.y) / t.k);
    x1 = Math.max(x1, (width + bx - t.x) / t.k);
    y1 = Math.max(y1, (height + by - t.y) / t.k);
  }
  const largest = Math.max(...placed.map((p) => p.transform.k));
  // Reference units are a band's pixels divided by its zoom: enough decimals for a fifth of a pixel at the closest.
  const digits = Math.max(0, Math.ceil(Math.log10(largest * 5)));
  const clipped = referenceProjection(state.projection, rotate).clipExtent([
    [x0, y0],
    [x1, y1],
  ]);
  const path = relativePath(simplifiedProjection(clipped, DETAIL_PX / largest), digits);
  const roles = new Map(state.roles);
  const countries: FrameCountry[] = [];
  for (const country of scene.geometry.countries) {
    const d = path(country);
    if (d) countries.push({ id: country.id, name: country.properties?.name ?? country.id, d, role: roles.get(country.id) ?? null });
  }
  const shapes = (layers: MapState['lines']) =>
    layers.flatMap((layer) =>
      layerFeatures(scene.geometry, layer).flatMap((f) => {
        const d = path(f.geometry);
        // Drawn at rest: a line does not fade in on the server.
        return d ? [frameShape({ ...layer, fade: false }, f, d)] : [];
      }),
    );
  const projection = referenceProjection(state.projection, rotate);
  const points = new Map<string, [number, number] | null>();
  const ks = placed.map((p) => p.transform.k).sort((a, b) => a - b);
  return {
    sphere: path({ type: 'Sphere' }) ?? '',
    countries,
    areas: shapes(state.areas),
    lines: shapes(state.lines),
    hatchScale: ks[Math.floor(ks.length / 2)],
    bands: placed.map(({ band, transform }) => ({
      ...band,
      transform,
      overlay: drawOverlay(state, scene.geometry, transformPlacer(projection, transform, points), band.size, true),
    })),
  };
}
