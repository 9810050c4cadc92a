/**
 * "Get the data": each scene's data as CSV (one row per thing a step's map shows) and GeoJSON (the points,
 * lines and areas it draws), built from the same resolved states and collections as the maps: each layer kind
 * gives its rows and features (src/lib/layers/), in the registry's order.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { DownloadContext } from '../lib/layers/layer-kind';
import { LAYER_KINDS } from '../lib/layers/registry';
import { toCsv } from '../lib/site/csv';
import { loadStory } from './story';

/** The CSV's columns. */
export const CSV_COLUMNS = ['step', 'kind', 'id', 'name', 'role', 'date', 'detail', 'sources'] as const;

async function sceneParts(scene: string) {
  const story = await loadStory();
  const data = story.sceneData.get(scene);
  const info = story.scenes.get(scene);
  if (!data || !info) throw new Error(`no scene "${scene}"`);
  const context: DownloadContext = { ...story, names: data.names, layers: data.layers };
  return { info, context, steps: story.steps.filter((s) => s.state.scene === scene) };
}

/** The scene's data as CSV rows: one per thing a step's map shows, each citing the sources of that thing. */
export async function sceneCsv(scene: string): Promise<string> {
  const { steps, context } = await sceneParts(scene);
  const rows = steps.flatMap(({ anchor, state, entry }) => LAYER_KINDS.flatMap((kind) => kind.csvRows?.({ anchor, state, data: entry.data }, context) ?? []));
  return toCsv(CSV_COLUMNS, rows);
}

/** The scene's points, lines and areas as a GeoJSON FeatureCollection, with the credits it must carry. */
export async function sceneGeoJson(scene: string): Promise<FeatureCollection & { attribution: string[] }> {
  const { info, steps, context } = await sceneParts(scene);
  const features: Feature[] = [];
  for (const { state } of steps) {
    const shown: Feature[] = [];
    for (const kind of LAYER_KINDS) kind.geoJson?.(state, context, (id, geometry, properties) => shown.push({ type: 'Feature', id, geometry, properties }));
    // Each step's points first, then its lines and areas; a feature several steps show is listed once.
    const points = shown.filter((f) => f.geometry.type === 'Point');
    for (const f of [...points, ...shown.filter((x) => !points.includes(x))]) if (!features.some((x) => x.id === f.id)) features.push(f);
  }
  return { type: 'FeatureCollection', attribution: info.credits, features };
}
