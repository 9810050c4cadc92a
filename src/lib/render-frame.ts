/**
 * The renderer's core: (map state, camera, size, geometry) → a frame of projected SVG paths and placed labels.
 * Used server-side for the static map and in the island for every animation frame, so both draw the same map.
 */
import { geoPath } from 'd3-geo';
import type { CountryFeature } from './base-map';
import { projectionFor, type Camera, type Size } from './camera';
import { LABEL_CHAR_PX, placeLabels, type LabelCandidate } from './label-layout';
import type { MapState } from './map-state';
import { moonInset, type MoonInset } from './moon-inset';
import type { Role } from './schemas';

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

/** One drawn map. */
export interface Frame {
  width: number;
  height: number;
  /** The globe's outline (the sea). */
  sphere: string;
  countries: FrameCountry[];
  markers: FrameMarker[];
  labels: FrameLabel[];
  /** The lunar inset, where it sits in the frame and its caption, or null. */
  inset: (MoonInset & { x: number; y: number; caption: string }) | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The inset's box in the frame: bottom left, a quarter of the shorter side, its caption under it. */
export function insetBox(size: Size) {
  const side = Math.round(Math.max(64, Math.min(size.width, size.height) * 0.22));
  return { x: 8, y: size.height - side - 44, side };
}

/**
 * Draws `state` through `camera` in a frame of `size`, leaving out countries entirely outside it.
 * Without `labels` (mid-animation) no labels are placed: they would jump from frame to frame.
 */
export function renderFrame(state: MapState, camera: Camera, size: Size, countries: readonly CountryFeature[], labels = true): Frame {
  const projection = projectionFor(state.projection, camera, size);
  const path = geoPath(projection).digits(1);
  const roles = new Map(state.roles);

  const drawn: FrameCountry[] = [];
  for (const country of countries) {
    const [[x0, y0], [x1, y1]] = path.bounds(country);
    if (x1 < 0 || y1 < 0 || x0 > size.width || y0 > size.height) continue;
    const d = path(country);
    if (d) drawn.push({ id: country.id, name: country.properties.name, d, role: roles.get(country.id) ?? null });
  }

  const markers: FrameMarker[] = [];
  const candidates: LabelCandidate[] = [];
  for (const m of state.markers) {
    const p = projection(m.at);
    if (!p) continue;
    markers.push({ id: m.id, x: round(p[0]), y: round(p[1]), role: m.role });
    candidates.push({ id: m.id, x: p[0], y: p[1], lines: m.note ? [m.label, m.note] : [m.label], priority: m.fresh ? 2 : 1 });
  }
  for (const l of state.labels) {
    const p = projection(l.at);
    if (!p) continue;
    if (l.dot) markers.push({ id: l.id, x: round(p[0]), y: round(p[1]), role: null });
    candidates.push({ id: l.id, x: p[0], y: p[1], lines: [l.text], priority: 3 });
  }

  let inset: Frame['inset'] = null;
  const reserved = [];
  if (state.moonInset !== null) {
    const box = insetBox(size);
    inset = { ...moonInset(box.side), x: box.x, y: box.y, caption: state.moonInset };
    // The caption runs wider than the disc: keep labels off both.
    const captionWidth = state.moonInset.length * LABEL_CHAR_PX;
    reserved.push({ x0: box.x, y0: box.y, x1: box.x + Math.max(box.side, captionWidth), y1: box.y + box.side + 24 });
  }

  const lines = new Map(candidates.map((c) => [c.id, c.lines]));
  const placed = labels ? placeLabels(candidates, size.width, size.height, reserved) : [];
  const frameLabels = placed.map((l) => ({
    id: l.id,
    x: round(l.x),
    y: round(l.y),
    anchor: l.anchor,
    lines: lines.get(l.id) ?? [],
  }));

  return {
    width: size.width,
    height: size.height,
    sphere: path({ type: 'Sphere' }) ?? '',
    countries: drawn,
    markers,
    labels: frameLabels,
    inset,
  };
}

/** The roles drawn in a frame (for the legend). */
export function frameRoles(frame: Frame): Role[] {
  const roles = new Set<Role>();
  for (const c of frame.countries) if (c.role) roles.add(c.role);
  for (const m of frame.markers) if (m.role) roles.add(m.role);
  return [...roles];
}
