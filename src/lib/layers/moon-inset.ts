/** The lunar south-pole inset, captioned with its layer's title, in a corner of the map clear of its markers. */
import type { Size } from '../geo/camera';
import { labelLines } from '../render/frame-parts';
import { FREE_CORNERS, type FreeCorner } from '../render/free-corners';
import { LABEL_CHAR_PX } from '../render/label-layout';
import { drawMoonInset, moonInset as moonInsetShape } from '../render/moon-inset';
import type { LayerDrawing } from './layer-drawing';
import type { LayerKind } from './layer-kind';

export const moonInset: LayerKind = {
  name: 'moon-inset',
  sceneLayer: { data: false, fade: false },
  resolve(draft, { layers }) {
    draft.moonInset = layers[0]?.title ?? null;
  },
};


/** Room under the inset's disc for its caption: two lines. */
const INSET_CAPTION_HEIGHT = 36;

/** The inset's box in a corner of the frame: a fifth of the shorter side (48 px at least), its caption under it. */
export function insetBox(size: Size, corner: FreeCorner = 'bottom-left') {
  const side = Math.round(Math.max(48, Math.min(size.width, size.height) * 0.2));
  const bottom = size.height - side - INSET_CAPTION_HEIGHT - 8;
  if (corner === 'top-right') return { x: size.width - 8 - side, y: 8, side, anchor: 'end' as const };
  if (corner === 'bottom-right') return { x: size.width - 8 - side, y: bottom, side, anchor: 'end' as const };
  return { x: 8, y: bottom, side, anchor: 'start' as const };
}

/**
 * Draws the inset a map of `size` draws, whichever corner it goes in (each is as big), a line per step: a page draws
 * it ahead over frames, and drawing it there later only places it (`moonInset` keeps each size's drawing).
 */
export function prepareMoonInset(size: Size): Iterable<void> {
  return drawMoonInset(insetBox(size).side);
}

export const moonInsetDrawing: LayerDrawing = {
  name: 'moon-inset',
  drawOverlay(draft, { state, size }) {
    if (state.moonInset === null) return;
    // The caption runs wider than the disc: the inset's room is both, in the first corner clear of markers.
    const captionWidth = Math.max(...labelLines(state.moonInset).map((line) => line.length)) * LABEL_CHAR_PX;
    const room = (box: ReturnType<typeof insetBox>) => {
      const width = Math.max(box.side, captionWidth);
      const x0 = box.anchor === 'start' ? box.x : box.x + box.side - width;
      return { x0, y0: box.y, x1: x0 + width, y1: box.y + box.side + INSET_CAPTION_HEIGHT };
    };
    const markers = draft.markers;
    const clear = (r: ReturnType<typeof room>) => !markers.some((m) => m.x + 4 > r.x0 && m.x - 4 < r.x1 && m.y + 4 > r.y0 && m.y - 4 < r.y1);
    const box = FREE_CORNERS.map((corner) => insetBox(size, corner)).find((b) => clear(room(b))) ?? insetBox(size);
    draft.inset = { ...moonInsetShape(box.side), x: box.x, y: box.y, caption: state.moonInset, anchor: box.anchor };
    draft.reserved.push(room(box));
  },
};
