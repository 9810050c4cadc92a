/**
 * "Get the data": each scene's data as CSV (one row per thing a step's map shows) and GeoJSON (the points,
 * lines and areas it draws), built from the same resolved states and collections as the maps.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { areaStanding } from '../lib/content/border-area-schema';
import { toCsv } from '../lib/site/csv';
import { BORDER_LAYER } from '../lib/geo/border-areas';
import { loadStory } from './story';

/** The CSV's columns. */
export const CSV_COLUMNS = ['step', 'kind', 'id', 'name', 'role', 'date', 'detail', 'sources'] as const;

async function sceneParts(scene: string) {
  const story = await loadStory();
  const data = story.sceneData.get(scene);
  const info = story.scenes.get(scene);
  if (!data || !info) throw new Error(`no scene "${scene}"`);
  const { names } = data;
  return { story, data, info, names, steps: story.steps.filter((s) => s.state.scene === scene) };
}

/** The scene's data as CSV rows: one per thing a step's map shows, each citing the sources of that thing. */
export async function sceneCsv(scene: string): Promise<string> {
  const { story, data, names, steps } = await sceneParts(scene);
  const rows: string[][] = [];
  for (const { anchor, state, entry } of steps) {
    // A country's role comes from a group (cite the group's membership sources) or from the step itself.
    const groupOf = new Map<string, string[]>();
    for (const h of entry.data.highlight) {
      const group = h.group !== undefined ? story.groups.get(h.group) : undefined;
      if (group) for (const code of group.members) groupOf.set(code, group.sources);
    }
    for (const [code, role] of state.roles) {
      if (state.markers.some((m) => m.id === code)) continue;
      rows.push([anchor, 'country', code, names.get(code) ?? code, role, '', '', (groupOf.get(code) ?? []).join(' ')]);
    }
    for (const m of state.markers) {
      const partner = story.partners.get(m.id);
      rows.push([anchor, 'partner', m.id, m.label, m.role, m.note ?? '', `${m.at[0]} ${m.at[1]}`, (partner?.sources ?? []).join(' ')]);
    }
    for (const f of state.flows) {
      for (const measure of story.flows.get(f.id)?.measures ?? []) {
        rows.push([anchor, `flow:${f.kind}`, f.id, f.label, f.kind, measure.date, measure.text, measure.sources.join(' ')]);
      }
    }
    for (const l of state.labels) {
      if (l.area !== undefined) continue;
      const place = l.id.startsWith('place-') ? story.places.get(l.id.slice('place-'.length)) : undefined;
      rows.push([anchor, l.dot ? 'place' : 'label', l.id, l.text, '', '', `${l.at[0]} ${l.at[1]}`, place ? `(coordinates: ${place.source})` : '']);
    }
    for (const layer of [...state.lines, ...state.areas]) {
      if (layer.data === BORDER_LAYER) continue;
      for (const f of data.layers[layer.data] ?? []) {
        if (layer.show && !layer.show.includes(f.id)) continue;
        const facts = story.layerFacts.get(layer.data)?.[f.id] ?? [];
        const detail = [f.note, ...facts.map((fact) => `${fact.date}: ${fact.text}`)].filter(Boolean).join('; ');
        rows.push([anchor, layer.layer, f.id, f.name ?? f.id, '', '', detail, [...new Set(facts.flatMap((fact) => fact.sources))].join(' ')]);
      }
    }
    for (const { id, data: area } of story.borderAreas.filter((a) => state.borderAreas.includes(a.id))) {
      const detail = `${areaStanding(area)}. ${area.treatment}`;
      rows.push([anchor, 'disputed-area', id, area.name, area.status, '', detail, area.sources.join(' ')]);
    }
  }
  return toCsv(CSV_COLUMNS, rows);
}

/** The scene's points, lines and areas as a GeoJSON FeatureCollection, with the credits it must carry. */
export async function sceneGeoJson(scene: string): Promise<FeatureCollection & { attribution: string[] }> {
  const { story, data, info, steps } = await sceneParts(scene);
  const features: Feature[] = [];
  const add = (id: string, geometry: Geometry, properties: Record<string, unknown>) => {
    if (!features.some((f) => f.id === id)) features.push({ type: 'Feature', id, geometry, properties });
  };
  for (const { state } of steps) {
    for (const m of state.markers) add(`partner-${m.id}`, { type: 'Point', coordinates: m.at }, { kind: 'partner', name: m.label, role: m.role, signed: m.note ?? null });
    for (const l of state.labels.filter((x) => x.dot && x.area === undefined)) add(l.id, { type: 'Point', coordinates: l.at }, { kind: 'place', name: l.text });
    for (const f of state.flows) {
      const route = f.route ? data.layers[f.route.data]?.find((x) => x.id === f.route?.feature)?.geometry : undefined;
      const measures = story.flows.get(f.id)?.measures ?? [];
      add(`flow-${f.id}`, route ?? { type: 'LineString', coordinates: [f.from, f.to] }, {
        kind: f.kind,
        name: f.label,
        measures: measures.map((m) => `${m.date}: ${m.text}`),
      });
    }
    for (const layer of [...state.lines, ...state.areas]) {
      for (const f of data.layers[layer.data] ?? []) {
        if (layer.show && !layer.show.includes(f.id)) continue;
        if (layer.data === BORDER_LAYER) {
          const area = story.borderAreas.find((a) => a.id === f.id)?.data;
          add(`area-${f.id}`, f.geometry, { kind: 'disputed-area', name: f.name ?? f.id, status: area?.status ?? null, held: area?.held ?? null, claimed: area?.claimed ?? null });
          continue;
        }
        add(`${layer.data}-${f.id}`, f.geometry, { kind: layer.layer, name: f.name ?? f.id, note: f.note ?? null });
      }
    }
  }
  return { type: 'FeatureCollection', attribution: info.credits, features };
}
