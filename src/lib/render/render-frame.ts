/**
 * The renderer's core: (map state, camera, size, geometry) → a frame of projected SVG paths and placed labels.
 * Used server-side for the static map and in the island for every animation frame, so both draw the same map.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Position } from 'geojson';
import type { CountryFeature } from '../geo/base-map';
import type { LayerFeature } from '../geo/geojson-layer';
import { projectionFor, type Camera, type Size } from '../geo/camera';
import { markerRadius, round } from './frame-parts';
import { placeLabels } from './label-layout';
import type { OverlayDraft } from '../layers/layer-drawing';
import { LAYER_DRAWINGS } from '../layers/registry';
import type { DrawnState, MapFlow, MapGeoLayer } from '../state/map-state';
import type { MoonInset } from './moon-inset';
import type { Role } from '../content/schemas';

export { labelLines, markerRadius } from './frame-parts';
export { insetBox, prepareMoonInset } from '../layers/moon-inset';

/** A country as drawn. */
export interface FrameCountry {
  id: string;
  name: string;
  d: string;
  role: Role | null;
}

/** A marker as drawn: a partner's capital (with a role) or a labelled place (role null). */
export interface FrameMarker {
  id: string;
  x: number;
  y: number;
  role: Role | null;
}

/** A label as drawn: one or two lines, anchored left or right of its point. */
export interface FrameLabel {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  lines: string[];
}

/** A feature of a geodata layer as drawn (a line or an area). */
export interface FrameShape {
  /** "<layer>:<feature>", unique in the frame. */
  id: string;
  /** The scene layer. */
  layer: string;
  /** The feature's id in its geodata layer. */
  feature: string;
  /** The feature's style class, if its layer has one (e.g. "indian-claim", "china"). */
  class?: string;
  d: string;
  /** Lines only: it fades in as it appears. */
  fade?: boolean;
}

/** A flow as drawn: shaft, head and style. */
export interface FrameFlow {
  id: string;
  kind: MapFlow['kind'];
  shaft: string;
  head: string;
  width: number;
}

/** The geometry a scene draws: its countries and the features of its geodata layers, by layer id. */
export interface SceneGeometry {
  countries: readonly CountryFeature[];
  layers: ReadonlyMap<string, readonly LayerFeature[]>;
}

/** One drawn map. */
export interface Frame {
  width: number;
  height: number;
  /** The globe's outline (the sea). */
  sphere: string;
  countries: FrameCountry[];
  areas: FrameShape[];
  lines: FrameShape[];
  flows: FrameFlow[];
  markers: FrameMarker[];
  labels: FrameLabel[];
  /** The lunar inset, where it sits in the frame, its caption and which side the caption is aligned to, or null. */
  inset: (MoonInset & { x: number; y: number; caption: string; anchor: 'start' | 'end' }) | null;
}

export function layerFeatures(geometry: SceneGeometry, layer: MapGeoLayer): readonly LayerFeature[] {
  const features = geometry.layers.get(layer.data);
  if (!features) throw new Error(`geodata layer "${layer.data}" is not in the scene's geometry`);
  if (layer.show === null) return features;
  const show = new Set(layer.show);
  return features.filter((f) => show.has(f.id));
}

function projectLine(projection: GeoProjection, coordinates: Position[]): [number, number][] {
  return coordinates.flatMap((c) => {
    const p = projection([c[0], c[1]]);
    return p ? [[p[0], p[1]] as [number, number]] : [];
  });
}

/** Where points and lines fall in the frame: a projection, or (in the live map) a scaled reference drawing. */
export interface FramePlacer {
  /** A [lon, lat] point's place in the frame, or null where it is not drawn. */
  point(at: [number, number]): [number, number] | null;
  /** A line's parts, projected. */
  line(parts: readonly Position[][]): [number, number][][];
}

/** The placer for a d3 projection. */
export function projectionPlacer(projection: GeoProjection): FramePlacer {
  return {
    point: (at) => projection(at) as [number, number] | null,
    line: (parts) => parts.map((coordinates) => projectLine(projection, coordinates)),
  };
}

/** What is drawn over the base map at screen scale: flows, markers, labels and the lunar inset. */
export type FrameOverlay = Pick<Frame, 'flows' | 'markers' | 'labels' | 'inset'>;

/**
 * Draws the parts of `state` that keep their screen size whatever the zoom, placed by `placer`: each layer kind
 * that has any draws them (arrows, markers, labels, the inset: LAYER_DRAWINGS), then the labels are
 * placed clear of one another and of markers. Without `labels` (mid-animation) no labels are placed: they would
 * jump from frame to frame.
 */
export function drawOverlay(state: DrawnState, geometry: SceneGeometry, placer: FramePlacer, size: Size, labels = true): FrameOverlay {
  const draft: OverlayDraft = { flows: [], markers: [], inset: null, candidates: [], reserved: [], labelDots: new Map() };
  for (const drawing of LAYER_DRAWINGS) drawing.drawOverlay(draft, { state, geometry, placer, size });
  const { candidates, markers } = draft;

  const lines = new Map(candidates.map((c) => [c.id, c.lines]));
  const placedBoxes = labels ? placeLabels(candidates, size.width, size.height, draft.reserved) : [];
  const placed = placedBoxes.filter((l) => {
    // A note in a corner stands apart from the place it names: no dot there.
    const dot = l.corner ? undefined : draft.labelDots.get(l.id);
    if (!dot) return true;
    // These labels go last: one whose dot another label covers is left out, dot and all.
    const r = markerRadius(dot) + 1;
    const covered = placedBoxes.some((b) => b.id !== l.id && dot.x + r > b.box.x0 && dot.x - r < b.box.x1 && dot.y + r > b.box.y0 && dot.y - r < b.box.y1);
    if (!covered) markers.push(dot);
    return !covered;
  });
  const frameLabels = placed.map((l) => ({
    id: l.id,
    x: round(l.x),
    y: round(l.y),
    anchor: l.anchor,
    lines: l.lines ?? lines.get(l.id) ?? [],
  }));
  return { flows: draft.flows, markers, labels: frameLabels, inset: draft.inset };
}

/**
 * Draws `state` through `camera` in a frame of `size`, leaving out countries and shapes entirely outside it.
 * Without `labels` no labels are placed. `digits` is the paths' decimal places: whole pixels are enough for a
 * still drawing.
 */
export function renderFrame(state: DrawnState, camera: Camera, size: Size, geometry: SceneGeometry, labels = true, digits = 1): Frame {
  const projection = projectionFor(state.projection, camera, size);
  const path = geoPath(projection).digits(digits);
  const roles = new Map(state.roles);
  const inFrame = (object: Parameters<typeof path.bounds>[0]) => {
    const [[x0, y0], [x1, y1]] = path.bounds(object);
    return !(x1 < 0 || y1 < 0 || x0 > size.width || y0 > size.height);
  };

  const drawn: FrameCountry[] = [];
  for (const country of geometry.countries) {
    if (!inFrame(country)) continue;
    const d = path(country);
    if (d) drawn.push({ id: country.id, name: country.properties?.name ?? country.id, d, role: roles.get(country.id) ?? null });
  }

  const shapes = (layers: MapGeoLayer[]): FrameShape[] =>
    layers.flatMap((layer) =>
      layerFeatures(geometry, layer).flatMap((f) => {
        const d = inFrame(f.geometry) ? path(f.geometry) : null;
        if (!d) return [];
        return [frameShape(layer, f, d)];
      }),
    );

  return {
    width: size.width,
    height: size.height,
    sphere: path({ type: 'Sphere' }) ?? '',
    countries: drawn,
    areas: shapes(state.areas),
    lines: shapes(state.lines),
    ...drawOverlay(state, geometry, projectionPlacer(projection), size, labels),
  };
}

/** A geodata feature as drawn by a scene layer, with its path `d`. */
export function frameShape(layer: MapGeoLayer, feature: LayerFeature, d: string): FrameShape {
  return {
    id: `${layer.layer}:${feature.id}`,
    layer: layer.layer,
    feature: feature.id,
    ...(feature.class ? { class: feature.class } : {}),
    d,
    ...(layer.fade ? { fade: true } : {}),
  };
}
