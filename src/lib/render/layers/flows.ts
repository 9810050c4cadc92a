/** How flows draw: a curved arrow between two places, or an arrow along the pipeline it follows, and its label. */
import type { Position } from 'geojson';
import type { MapFlow } from '../../state/map-state';
import { curvedArrow, headAlong } from '../flow-arrow';
import { labelLines, pointsPath } from '../frame-parts';
import type { SceneGeometry } from '../render-frame';
import type { LayerDrawing } from './layer-drawing';

/** A route's line parts: a flow along a pipeline follows its geodata feature. */
function routeParts(flow: MapFlow, geometry: SceneGeometry): Position[][] {
  const feature = flow.route ? geometry.layers.get(flow.route.data)?.find((f) => f.id === flow.route?.feature) : undefined;
  const g = feature?.geometry;
  if (!g || (g.type !== 'LineString' && g.type !== 'MultiLineString')) {
    throw new Error(`flow "${flow.id}": route ${flow.route?.data}/${flow.route?.feature} is not a line in the scene's geometry`);
  }
  return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}

export const flowsDrawing: LayerDrawing = {
  name: 'flows',
  drawOverlay(draft, { state, geometry, placer }) {
    for (const flow of state.flows) {
      if (flow.route) {
        const parts = placer.line(routeParts(flow, geometry));
        // The head goes at the end of the last part of a multi-part line.
        const points = parts.at(-1) ?? [];
        const head = headAlong(points, flow.width);
        const shaft = pointsPath(parts);
        if (!head || !shaft) continue;
        draft.flows.push({ id: flow.id, kind: flow.kind, shaft, head, width: flow.width });
        const middle = points[Math.floor(points.length / 2)];
        draft.candidates.push({ id: `flow-${flow.id}`, x: middle[0], y: middle[1], lines: labelLines(flow.label), priority: 2.5 });
        continue;
      }
      const a = placer.point(flow.from);
      const b = placer.point(flow.to);
      if (!a || !b) continue;
      const arrow = curvedArrow([a[0], a[1]], [b[0], b[1]], flow.width);
      draft.flows.push({ id: flow.id, kind: flow.kind, shaft: arrow.shaft, head: arrow.head, width: flow.width });
      draft.candidates.push({ id: `flow-${flow.id}`, x: arrow.middle[0], y: arrow.middle[1], lines: labelLines(flow.label), priority: 2.5 });
    }
  },
};
