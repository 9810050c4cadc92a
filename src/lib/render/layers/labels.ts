/** How labels draw: a country's name at its point, a place's with a dot, a disputed area's with a dot only if placed. */
import { labelLines, round } from '../frame-parts';
import type { LayerDrawing } from './layer-drawing';
import { markerBox } from './markers';

export const labelsDrawing: LayerDrawing = {
  name: 'labels',
  drawOverlay(draft, { state, placer }) {
    for (const l of state.labels) {
      const p = placer.point(l.at);
      if (!p) continue;
      const dot = { id: l.id, x: round(p[0]), y: round(p[1]), role: null };
      // A disputed area's dot is drawn only with its label: alone it would point at nothing.
      if (l.area !== undefined) draft.labelDots.set(l.id, dot);
      else if (l.dot) {
        draft.markers.push(dot);
        draft.reserved.push(markerBox(p, null));
      }
      draft.candidates.push({ id: l.id, x: p[0], y: p[1], lines: labelLines(l.text), priority: l.priority ?? 3 });
    }
  },
};
