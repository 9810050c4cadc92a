/** How the ILRS partners draw: a marker at each capital, labelled with the name and signing date. */
import type { MapState } from '../../state/map-state';
import { round } from '../frame-parts';
import type { LayerDrawing } from './layer-drawing';
import { markerBox } from './markers';

/** Which marker labels go first when space is short: founders always, then partners new at this step. */
function markerPriority(marker: MapState['markers'][number]): number {
  if (marker.role === 'founder') return 2.8;
  return marker.fresh ? 2 : 1;
}

export const ilrsPartnersDrawing: LayerDrawing = {
  name: 'ilrs-partners',
  drawOverlay(draft, { state, placer }) {
    for (const m of state.markers) {
      const p = placer.point(m.at);
      if (!p) continue;
      draft.markers.push({ id: m.id, x: round(p[0]), y: round(p[1]), role: m.role });
      // No label covers a marker, its own or another's.
      draft.reserved.push(markerBox(p, m.role));
      draft.candidates.push({ id: m.id, x: p[0], y: p[1], lines: m.note ? [m.label, m.note] : [m.label], priority: markerPriority(m) });
    }
  },
};
