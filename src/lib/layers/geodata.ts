/**
 * What the `lines` and `areas` kinds share: a geodata layer (content/geodata/layers.yaml), a GeoJSON file of lines
 * or areas, some or all of whose features a scene layer draws.
 */
import { z } from 'astro/zod';
import { datedFactSchema } from '../content/schema-primitives';
import { BORDER_LAYER } from '../geo/border-layer';
import { textFacts, type LayerKind } from './layer-kind';

/** A geodata layer (content/geodata/layers.yaml): a GeoJSON file of lines or areas in content/geodata/. */
export const geoLayerSchema = z
  .object({
    /** The GeoJSON file, in content/geodata/. */
    file: z.string().regex(/^[\w.-]+\.geojson$/, { error: 'a geodata `file` is a .geojson file name in content/geodata/' }),
    /** What it holds. */
    geometry: z.enum(['lines', 'areas']),
    /** The feature property that holds each feature's id. */
    idField: z.string().min(1),
    /** The feature property that sets each feature's style class, if any. */
    classField: z.string().min(1).optional(),
    /** The feature property holding each feature's name, for the map's text alternative. */
    nameField: z.string().min(1).optional(),
    /** The feature property holding a note on each feature, for the map's text alternative. */
    noteField: z.string().min(1).optional(),
    /** The credit line every map showing this layer must carry. */
    credit: z.string().min(1),
    /** Dated facts about features, by feature id (e.g. when a pipeline was finished, or damaged). */
    facts: z.record(z.string().min(1), z.array(datedFactSchema).min(1)).optional(),
  })
  .strict();

/** Some or all features of a geodata layer, drawn as lines or areas. */
export interface MapGeoLayer {
  /** The scene layer's id. */
  layer: string;
  /** The geodata layer it draws (content/geodata/layers.yaml). */
  data: string;
  /** Ids of the features shown, or null for all. */
  show: string[] | null;
  /** Lines fade in as they appear. */
  fade: boolean;
}

/**
 * The kind that draws a geodata layer's `lines` or `areas` into the state's field of that name; `style` is the
 * first part of its key's style keys (`line:<layer>[:<class>]`, `area:<layer>[:<class>]`).
 */
export function geodataKind(name: 'lines' | 'areas', style: string, fade: boolean): LayerKind {
  return {
    name,
    sceneLayer: { data: true, fade },
    legendStyle: `${style}:<layer>[:<class>]`,
    resolve(draft, { layers }) {
      draft[name] = layers.map((l) => ({ layer: l.id, data: l.data as string, show: l.show, fade: l.fade }));
    },
    geodata: (state) => state[name].map((l) => [l.data, l.show]),
    shownKeys(state, classes) {
      const styles: string[] = [];
      for (const layer of state[name]) {
        styles.push(`${style}:${layer.layer}`);
        for (const [id, cls] of classes(layer.data)) {
          if (cls && (layer.show === null || layer.show.includes(id))) styles.push(`${style}:${layer.layer}:${cls}`);
        }
      }
      return { styles };
    },
    // The disputed areas' shapes are listed by their kind (disputed-areas.ts).
    text: (state, context) =>
      state[name]
        .filter((l) => l.data !== BORDER_LAYER)
        .map((l) => ({
          type: 'features',
          id: 'shapes',
          numbered: true,
          title: context.scene?.layers.find((s) => s.id === l.layer)?.title ?? l.layer,
          features: (context.layers[l.data] ?? [])
            .filter((f) => (l.show === null || l.show.includes(f.id)) && f.name)
            .map((f) => ({ name: f.name as string, ...(f.note ? { note: f.note } : {}), facts: textFacts(context.layerFacts.get(l.data)?.[f.id] ?? [], context.storyAsOf) })),
        })),
    checkSceneLayer(layer, i, scene, { entries, report, list }) {
      const geo = entries.geoLayers.get(layer.data ?? '');
      if (!geo) {
        report(`${scene.file}: layers[${i}].data: unknown geodata layer "${layer.data}"; use a layer from content/geodata/layers.yaml (known: ${list(entries.geoLayers.keys())})`);
        return;
      }
      if (geo.data.geometry !== layer.kind) {
        report(`${scene.file}: layers[${i}].kind: "${layer.kind}" but geodata layer "${layer.data}" holds ${geo.data.geometry}; make the kind "${geo.data.geometry}" or use a geodata layer of ${layer.kind}`);
      }
      if (!scene.data.credits.includes(geo.data.credit)) {
        report(`${scene.file}: credits: a map showing "${layer.data}" must credit "${geo.data.credit}" (${geo.file}); add that line to the scene's credits`);
      }
    },
    showable: (layer, entries) => ({
      known: entries.geoLayers.get(layer.data ?? '')?.featureIds,
      noun: 'feature',
      hint: `a feature id of geodata layer "${layer.data}"`,
    }),
    // The disputed areas' rows are theirs (disputed-areas.ts); their shapes are listed here, in drawing order.
    csvRows({ anchor, state }, context) {
      const rows: string[][] = [];
      for (const layer of state[name]) {
        if (layer.data === BORDER_LAYER) continue;
        for (const f of context.layers[layer.data] ?? []) {
          if (layer.show && !layer.show.includes(f.id)) continue;
          const facts = context.layerFacts.get(layer.data)?.[f.id] ?? [];
          const detail = [f.note, ...facts.map((fact) => `${fact.date}: ${fact.text}`)].filter(Boolean).join('; ');
          rows.push([anchor, layer.layer, f.id, f.name ?? f.id, '', '', detail, [...new Set(facts.flatMap((fact) => fact.sources))].join(' ')]);
        }
      }
      return rows;
    },
    geoJson(state, context, add) {
      for (const layer of state[name]) {
        for (const f of context.layers[layer.data] ?? []) {
          if (layer.show && !layer.show.includes(f.id)) continue;
          if (layer.data === BORDER_LAYER) {
            const area = context.borderAreas.find((a) => a.id === f.id)?.data;
            add(`area-${f.id}`, f.geometry, { kind: 'disputed-area', name: f.name ?? f.id, status: area?.status ?? null, held: area?.held ?? null, claimed: area?.claimed ?? null });
            continue;
          }
          add(`${layer.data}-${f.id}`, f.geometry, { kind: layer.layer, name: f.name ?? f.id, note: f.note ?? null });
        }
      }
    },
  };
}
