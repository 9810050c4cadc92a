/**
 * How a layer kind draws what keeps its screen size whatever the zoom (arrows, markers, labels, the inset): each
 * kind that does has a module here, listed in drawings.ts in drawing order. They are pure and load no content
 * schemas, so the browser's live map draws through them as the server does. The layer kinds themselves (schema,
 * state, key, text, downloads, checks) are in src/lib/layers/.
 */
import type { Size } from '../../geo/camera';
import type { MapState } from '../../state/map-state';
import type { LabelCandidate } from '../label-layout';
import type { Frame, FrameMarker, FramePlacer, SceneGeometry } from '../render-frame';

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
  state: MapState;
  geometry: SceneGeometry;
  placer: FramePlacer;
  size: Size;
}

/** A layer kind's drawing at screen scale. */
export interface LayerDrawing {
  /** The kind's name (src/lib/layers/registry.ts). */
  name: string;
  /** Adds what the kind shows in `input.state` to the overlay. */
  drawOverlay(draft: OverlayDraft, input: OverlayInput): void;
}
