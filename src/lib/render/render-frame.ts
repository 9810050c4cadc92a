/**
 * The renderer's core: (map state, camera, size, geometry) → a frame of projected SVG paths and placed labels.
 * Used server-side for the static map and in the island for every animation frame, so both draw the same map.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Position } from 'geojson';
import type { CountryFeature } from '../geo/base-map';
import { curvedArrow, headAlong } from './flow-arrow';
import type { LayerFeature } from '../geo/geojson-layer';
import { projectionFor, type Camera, type Size } from '../geo/camera';
import { LABEL_CHAR_PX, placeLabels, type LabelCandidate } from './label-layout';
import type { MapFlow, MapGeoLayer, MapState } from '../state/map-state';
import { moonInset, type MoonInset } from './moon-inset';
import type { Role } from '../content/schemas';

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
  /** Lines only: it draws itself as it appears. */
  draw?: boolean;
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

const round = (n: number) => Math.round(n * 10) / 10;

/** Labels longer than this many characters go on two lines, where they can. */
const LONG_LABEL = 24;

/**
 * A label's lines: a long one is broken before its parenthesis ("Aksai Chin" / "(held by China, …)") or after
 * its colon ("Putin, 22 Oct 2020:" / "an alliance is …"), so it fits a small map.
 */
export function labelLines(text: string): string[] {
  if (text.length <= LONG_LABEL) return [text];
  const paren = text.indexOf(' (');
  if (paren > 0) return [text.slice(0, paren), text.slice(paren + 1)];
  const colon = text.indexOf(': ');
  if (colon > 0) return [text.slice(0, colon + 1), text.slice(colon + 2)];
  return [text];
}

/** A marker's radius: a partner's capital is a little larger than a labelled place. */
export function markerRadius(marker: Pick<FrameMarker, 'role'>): number {
  return marker.role ? 4 : 3;
}

/** Which marker labels go first when space is short: founders always, then partners new at this step. */
function markerPriority(marker: MapState['markers'][number]): number {
  if (marker.role === 'founder') return 2.8;
  return marker.fresh ? 2 : 1;
}

/**
 * Corners the inset may take, in order of preference, the first clear of markers: bottom left, top right, then
 * bottom right (never top left, under the desktop's key; bottom right sits under the desktop's credits, so it
 * comes last, for the small maps of phones, whose credits are below the map).
 */
export const INSET_CORNERS = ['bottom-left', 'top-right', 'bottom-right'] as const;

/** The inset's box in a corner of the frame: a fifth of the shorter side (48 px at least), its caption under it. */
export function insetBox(size: Size, corner: (typeof INSET_CORNERS)[number] = 'bottom-left') {
  const side = Math.round(Math.max(48, Math.min(size.width, size.height) * 0.2));
  const bottom = size.height - side - INSET_CAPTION_HEIGHT - 8;
  if (corner === 'top-right') return { x: size.width - 8 - side, y: 8, side, anchor: 'end' as const };
  if (corner === 'bottom-right') return { x: size.width - 8 - side, y: bottom, side, anchor: 'end' as const };
  return { x: 8, y: bottom, side, anchor: 'start' as const };
}

/** Room under the inset's disc for its caption: two lines. */
const INSET_CAPTION_HEIGHT = 36;

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

const pointsPath = (parts: readonly [number, number][][]) =>
  parts
    .filter((p) => p.length > 1)
    .map((p) => p.map(([x, y], i) => `${i ? 'L' : 'M'}${round(x)},${round(y)}`).join(''))
    .join('');

/** A route's line parts: a flow along a pipeline follows its geodata feature. */
function routeParts(flow: MapFlow, geometry: SceneGeometry): Position[][] {
  const feature = flow.route ? geometry.layers.get(flow.route.data)?.find((f) => f.id === flow.route?.feature) : undefined;
  const g = feature?.geometry;
  if (!g || (g.type !== 'LineString' && g.type !== 'MultiLineString')) {
    throw new Error(`flow "${flow.id}": route ${flow.route?.data}/${flow.route?.feature} is not a line in the scene's geometry`);
  }
  return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}

/** What is drawn over the base map at screen scale: flows, markers, labels and the lunar inset. */
export type FrameOverlay = Pick<Frame, 'flows' | 'markers' | 'labels' | 'inset'>;

/**
 * Draws the parts of `state` that keep their screen size whatever the zoom: arrows, markers, labels and the
 * inset, placed by `placer`. Without `labels` (mid-animation) no labels are placed: they would jump from frame
 * to frame.
 */
export function drawOverlay(state: MapState, geometry: SceneGeometry, placer: FramePlacer, size: Size, labels = true): FrameOverlay {
  const candidates: LabelCandidate[] = [];
  const flows: FrameFlow[] = [];
  for (const flow of state.flows) {
    if (flow.route) {
      const parts = placer.line(routeParts(flow, geometry));
      // The head goes at the end of the last part of a multi-part line.
      const points = parts.at(-1) ?? [];
      const head = headAlong(points, flow.width);
      const shaft = pointsPath(parts);
      if (!head || !shaft) continue;
      flows.push({ id: flow.id, kind: flow.kind, shaft, head, width: flow.width });
      const middle = points[Math.floor(points.length / 2)];
      candidates.push({ id: `flow-${flow.id}`, x: middle[0], y: middle[1], lines: labelLines(flow.label), priority: 2.5 });
      continue;
    }
    const a = placer.point(flow.from);
    const b = placer.point(flow.to);
    if (!a || !b) continue;
    const arrow = curvedArrow([a[0], a[1]], [b[0], b[1]], flow.width);
    flows.push({ id: flow.id, kind: flow.kind, shaft: arrow.shaft, head: arrow.head, width: flow.width });
    candidates.push({ id: `flow-${flow.id}`, x: arrow.middle[0], y: arrow.middle[1], lines: labelLines(flow.label), priority: 2.5 });
  }

  const markers: FrameMarker[] = [];
  // No label covers a marker, its own or another's (boxes from the unrounded points labels are placed by).
  const reserved: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const reserve = (p: [number, number], role: Role | null) => {
    const r = markerRadius({ role }) + 1;
    reserved.push({ x0: p[0] - r, y0: p[1] - r, x1: p[0] + r, y1: p[1] + r });
  };
  for (const m of state.markers) {
    const p = placer.point(m.at);
    if (!p) continue;
    markers.push({ id: m.id, x: round(p[0]), y: round(p[1]), role: m.role });
    reserve(p, m.role);
    candidates.push({ id: m.id, x: p[0], y: p[1], lines: m.note ? [m.label, m.note] : [m.label], priority: markerPriority(m) });
  }
  // A disputed area's dot is drawn only with its label: alone it would point at nothing.
  const areaDots = new Map<string, FrameMarker>();
  for (const l of state.labels) {
    const p = placer.point(l.at);
    if (!p) continue;
    const dot = { id: l.id, x: round(p[0]), y: round(p[1]), role: null };
    if (l.area !== undefined) areaDots.set(l.id, dot);
    else if (l.dot) {
      markers.push(dot);
      reserve(p, null);
    }
    candidates.push({ id: l.id, x: p[0], y: p[1], lines: labelLines(l.text), priority: l.priority ?? 3 });
  }

  let inset: Frame['inset'] = null;
  if (state.moonInset !== null) {
    // The caption runs wider than the disc: the inset's room is both, in the first corner clear of markers.
    const captionWidth = Math.max(...labelLines(state.moonInset).map((line) => line.length)) * LABEL_CHAR_PX;
    const room = (box: ReturnType<typeof insetBox>) => {
      const width = Math.max(box.side, captionWidth);
      const x0 = box.anchor === 'start' ? box.x : box.x + box.side - width;
      return { x0, y0: box.y, x1: x0 + width, y1: box.y + box.side + INSET_CAPTION_HEIGHT };
    };
    const clear = (r: ReturnType<typeof room>) => !markers.some((m) => m.x + 4 > r.x0 && m.x - 4 < r.x1 && m.y + 4 > r.y0 && m.y - 4 < r.y1);
    const box = INSET_CORNERS.map((corner) => insetBox(size, corner)).find((b) => clear(room(b))) ?? insetBox(size);
    inset = { ...moonInset(box.side), x: box.x, y: box.y, caption: state.moonInset, anchor: box.anchor };
    reserved.push(room(box));
  }

  const lines = new Map(candidates.map((c) => [c.id, c.lines]));
  const placedBoxes = labels ? placeLabels(candidates, size.width, size.height, reserved) : [];
  const placed = placedBoxes.filter((l) => {
    const dot = areaDots.get(l.id);
    if (!dot) return true;
    // Area labels go last: one whose dot another label covers is left out, dot and all.
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
    lines: lines.get(l.id) ?? [],
  }));
  return { flows, markers, labels: frameLabels, inset };
}

/**
 * Draws `state` through `camera` in a frame of `size`, leaving out countries and shapes entirely outside it.
 * Without `labels` no labels are placed. `digits` is the paths' decimal places: whole pixels are enough for a
 * still drawing.
 */
export function renderFrame(state: MapState, camera: Camera, size: Size, geometry: SceneGeometry, labels = true, digits = 1): Frame {
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
    ...(layer.draw ? { draw: true } : {}),
  };
}
