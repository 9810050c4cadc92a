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
  checkData({ entries, report, checkSources, tooLate, list }) {
    for (const { file, id, data } of entries.borderAreas) {
      checkSources(file, `${id}.sources`, data.sources);
      data.since.forEach((fact, i) => {
        checkSources(file, `${id}.since[${i}].sources`, fact.sources);
        tooLate(file, `${id}.since[${i}].date`, fact.date);
      });
      const shape = data.shape;
      if (shape && 'data' in shape) {
        const geo = entries.geoLayers.get(shape.data);
        if (!geo) report(`${file}: ${id}.shape.data: unknown geodata layer "${shape.data}"; use a layer from content/geodata/layers.yaml (known: ${list(entries.geoLayers.keys())})`);
        else if (geo.data.geometry !== 'areas') report(`${file}: ${id}.shape.data: geodata layer "${shape.data}" holds ${geo.data.geometry}; an area's shape comes from a layer of areas`);
        else if (!geo.featureIds.has(shape.feature)) report(`${file}: ${id}.shape.feature: no feature "${shape.feature}" in geodata layer "${shape.data}" (known: ${list(geo.featureIds)})`);
      }
    }
  },
  csvRows: ({ anchor, state }, context) =>
    context.borderAreas
      .filter((a) => state.borderAreas.includes(a.id))
      .map(({ id, data: area }) => [anchor, 'disputed-area', id, area.name, area.status, '', `${areaStanding(area)}. ${area.treatment}`, area.sources.join(' ')]),
};
