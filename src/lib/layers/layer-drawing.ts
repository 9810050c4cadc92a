/**
 * How a layer kind draws what keeps its screen size whatever the zoom (arrows, markers, labels, the inset): a kind
 * that does exports a `LayerDrawing` from its module beside its `LayerKind`, and registry.ts lists the drawings in
 * drawing order. The browser's live map draws through them as the server does; its bundle keeps only the drawings
 * of each module, not the content schemas beside them (astro.config.mjs, `treeshake`; a budget test checks).
 */
import type { Role } from '../content/schemas';
import type { Size } from '../geo/camera';
import { markerRadius } from '../render/frame-parts';
import type { LabelCandidate } from '../render/label-layout';
import type { Frame, FrameMarker, FramePlacer, SceneGeometry } from '../render/render-frame';
import type { DrawnState } from '../state/map-state';

/** A box no label may cover, in frame pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A frame's overlay while the kinds draw it. */
export interface OverlayDraft extends Pick<Frame, 'flows' | 'markers' | 'inset'> {
  /** Labels to place once every kind has drawn. */
  candidates: LabelCandidate[];
  /** Boxes no label may cover (markers, the inset). */
  reserved: Box[];
  /** Dots drawn only with their label, which is left out if another label covers the dot (disputed areas'). */
  labelDots: Map<string, FrameMarker>;
}

/** What a kind draws from. */
export interface OverlayInput {
  state: DrawnState;
  geometry: SceneGeometry;
  placer: FramePlacer;
  size: Size;
}

/** A layer kind's drawing at screen scale. */
export interface LayerDrawing {
  /** The kind's name (registry.ts). */
  name: string;
  /** Adds what the kind shows in `input.state` to the overlay. */
  drawOverlay(draft: OverlayDraft, input: OverlayInput): void;
}

/** The box around a marker at `p` (from the unrounded point labels are placed by), which no label may cover. */
export function markerBox(p: [number, number], role: Role | null): Box {
  const r = markerRadius({ role }) + 1;
  return { x0: p[0] - r, y0: p[1] - r, x1: p[0] + r, y1: p[1] + r };
}
