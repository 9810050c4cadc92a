/**
 * The disputed and occupied areas in view (content/geodata/borders.yaml): every map hatches them, so no scene
 * lists them; the base map adds them to a step's areas and labels (src/lib/geo/border-areas.ts).
 */
import { areaStanding } from '../content/border-area-schema';
import type { LayerKind } from './layer-kind';

export const disputedAreas: LayerKind = {
  name: 'disputed-areas',
  text(state, context) {
    const names = context.borderAreas.filter((a) => state.borderAreas.includes(a.id)).map((a) => a.data.name);
    return names.length === 0 ? [] : [{ type: 'about-maps', title: 'Disputed and occupied areas in view (hatched where the map can show them)', names }];
  },
  csvRows: ({ anchor, state }, context) =>
    context.borderAreas
      .filter((a) => state.borderAreas.includes(a.id))
      .map(({ id, data: area }) => [anchor, 'disputed-area', id, area.name, area.status, '', `${areaStanding(area)}. ${area.treatment}`, area.sources.join(' ')]),
};
