/**
 * Build-time access to the story: reads the content collections and geodata, checks them across
 * collections, and resolves each step into the map state the renderer draws. Pages call `loadStory()`;
 * a content problem stops the build here with every message at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { countryFeatures, countryNames, labelPoint, type CountriesTopology, type CountryFeature } from '../lib/base-map';
import { parseGeoLayer, roundGeometry, type LayerFeature } from '../lib/geojson-layer';
import { resolveMapState, type MapState } from '../lib/map-state';
import type { SceneGeometry } from '../lib/render-frame';
import { drawableScene, type DrawableScene } from '../lib/scene-data';
import { countriesInScene, sceneRegion } from '../lib/scene-geometry';
import { compactTopology } from '../lib/topology-compact';
import type { Flow, Scene, Source, Story } from '../lib/schemas';
import { subsetTopology } from '../lib/topology-subset';
import { anchorFromFile, storyProblems } from '../lib/validate-story';

/** A step ready to render: its entry (for the prose), anchor and resolved map state. */
export interface StoryStep {
  entry: CollectionEntry<'steps'>;
  anchor: string;
  state: MapState;
}

/** What a scene's map needs, pruned to what its steps show: the data the island fetches. */
export interface SceneData {
  /** The base countries its views can show. */
  topology: CountriesTopology;
  /** The geodata features its steps draw, by geodata layer id. */
  layers: Record<string, LayerFeature[]>;
  /** Decoded geometry for rendering on the server. */
  geometry: SceneGeometry;
  /** Its steps' map states, in story order. */
  states: MapState[];
  /** Country names by ISO numeric code (the published topology carries none). */
  names: Map<string, string>;
  /** The same, ready to draw on the server. */
  drawable: DrawableScene;
}

/** The whole story, resolved. */
export interface LoadedStory {
  story: Story;
  steps: StoryStep[];
  scenes: Map<string, Scene>;
  sceneData: Map<string, SceneData>;
  sources: Map<string, Source>;
  flows: Map<string, Flow>;
  /** Cited source ids in order of first citation. */
  citedSources: string[];
}

const BASES: Record<Scene['base'], CountriesTopology> = {
  'countries-110m': countries110m as unknown as CountriesTopology,
  'countries-50m': countries50m as unknown as CountriesTopology,
};
const GEODATA_DIR = 'content/geodata';
/** Grid steps across each base's bounding box: a fraction of a pixel at the closest zoom the scenes use. */
const QUANTIZATION: Record<Scene['base'], number> = { 'countries-110m': 10_000, 'countries-50m': 20_000 };
let loading: Promise<LoadedStory> | undefined;

/** The error that stops the build: every problem on its own line, each naming its file, field and fix. */
function contentError(problems: string[]): Error {
  return new Error(`Content problems (${problems.length}):\n- ${problems.join('\n- ')}`);
}

function sceneData(scene: Scene, states: MapState[], geoLayers: Map<string, LayerFeature[]>): SceneData {
  const base = BASES[scene.base];
  const baseCountries = countryFeatures(base);
  const keep = countriesInScene(states, baseCountries);
  for (const state of states) for (const [code] of state.roles) keep.add(code);
  // Regional (50m) scenes keep full detail only where their views look; world scenes need it everywhere.
  const region = scene.base === 'countries-50m' ? sceneRegion(states, baseCountries) : null;
  const topology = compactTopology(subsetTopology(base, keep), { region, thin: 16, quantization: QUANTIZATION[scene.base] });

  const used = new Map<string, Set<string> | null>();
  const want = (data: string, ids: string[] | null) => {
    const current = used.get(data);
    if (current === null) return;
    used.set(data, ids === null ? null : new Set([...(current ?? []), ...ids]));
  };
  for (const state of states) {
    for (const layer of [...state.lines, ...state.areas]) want(layer.data, layer.show);
    for (const flow of state.flows) if (flow.route) want(flow.route.data, [flow.route.feature]);
  }
  const layers: Record<string, LayerFeature[]> = {};
  for (const [data, ids] of used) {
    const features = geoLayers.get(data) ?? [];
    const shown = ids === null ? features : features.filter((f) => ids.has(f.id));
    layers[data] = shown.map((f) => ({ ...f, geometry: roundGeometry(f.geometry, 2) }));
  }
  const geometry = { countries: countryFeatures(topology), layers: new Map(Object.entries(layers)) };
  return { topology, layers, geometry, states, drawable: drawableScene(geometry, states), names: countryNames(base) };
}

async function load(): Promise<LoadedStory> {
  const [storyEntries, stepEntries, sceneEntries, sourceEntries, partnerEntries, placeEntries, flowEntries, groupEntries, geoLayerEntries] =
    await Promise.all([
      getCollection('story'),
      getCollection('steps'),
      getCollection('scenes'),
      getCollection('sources'),
      getCollection('ilrsPartners'),
      getCollection('places'),
      getCollection('flows'),
      getCollection('countryGroups'),
      getCollection('geoLayers'),
    ]);
  if (storyEntries.length !== 1) throw new Error(`content/story.yaml: expected exactly one story entry, found ${storyEntries.length}`);
  const story = storyEntries[0].data;
  const ordered = [...stepEntries].sort((a, b) => a.id.localeCompare(b.id));
  const scenes = new Map(sceneEntries.map((e) => [e.id, e.data]));

  // Geodata files are checked here (geometry, ranges, winding, ids); a fault names the file and feature. Every
  // file is read before stopping, but the checks across collections wait: features of a broken file would
  // all look unknown.
  const geoProblems: string[] = [];
  const geoFeatures = new Map(
    geoLayerEntries.map((e): [string, LayerFeature[]] => {
      const file = `${GEODATA_DIR}/${e.data.file}`;
      if (!existsSync(file)) {
        geoProblems.push(`${GEODATA_DIR}/layers.yaml: ${e.id}.file: there is no file ${file}; add it or correct the name`);
        return [e.id, []];
      }
      try {
        return [e.id, parseGeoLayer(readFileSync(file, 'utf8'), file, e.data)];
      } catch (error) {
        geoProblems.push((error as Error).message);
        return [e.id, []];
      }
    }),
  );
  if (geoProblems.length > 0) throw contentError(geoProblems);

  const problems = storyProblems({
    story: { file: 'content/story.yaml', data: story },
    steps: ordered.map((e) => ({ anchor: anchorFromFile(e.id), file: e.filePath ?? `content/steps/${e.id}.md`, data: e.data, body: e.body ?? '' })),
    scenes,
    sourceIds: new Set(sourceEntries.map((e) => e.id)),
    placeIds: new Set(placeEntries.map((e) => e.id)),
    partners: partnerEntries.map((e) => ({ file: 'content/data/ilrs-partners.yaml', id: e.id, data: e.data })),
    flows: flowEntries.map((e) => ({ file: 'content/data/flows.yaml', id: e.id, data: e.data })),
    groups: groupEntries.map((e) => ({ file: 'content/data/country-groups.yaml', id: e.id, data: e.data })),
    geoLayers: new Map(
      geoLayerEntries.map((e) => [
        e.id,
        { file: 'content/geodata/layers.yaml', data: e.data, featureIds: new Set((geoFeatures.get(e.id) ?? []).map((f) => f.id)) },
      ]),
    ),
  });
  if (problems.length > 0) throw contentError(problems);

  const labelCountries: CountryFeature[] = countryFeatures(BASES['countries-110m']);
  const countryLabelPoints = new Map(labelCountries.map((c) => [c.id, { name: c.properties.name, at: labelPoint(c) }]));
  const context = {
    partners: partnerEntries.map((e) => e.data),
    places: new Map(placeEntries.map((e) => [e.id, e.data])),
    countryLabelPoints,
    flows: new Map(flowEntries.map((e) => [e.id, e.data])),
    groups: new Map(groupEntries.map((e) => [e.id, e.data])),
  };

  const steps = ordered.map((entry, i) => {
    const anchor = anchorFromFile(entry.id);
    const scene = scenes.get(entry.data.scene) as Scene;
    const state = resolveMapState(anchor, entry.data, ordered[i - 1]?.data, { ...context, scene });
    return { entry, anchor, state };
  });

  const sceneDataById = new Map(
    [...scenes].map(([id, scene]) => [id, sceneData(scene, steps.filter((s) => s.state.scene === id).map((s) => s.state), geoFeatures)]),
  );

  const citedSources = [
    ...new Set([
      ...ordered.flatMap((e) => e.data.sources),
      ...flowEntries.flatMap((e) => e.data.measures.flatMap((m) => m.sources)),
    ]),
  ];
  return {
    story,
    steps,
    scenes,
    sceneData: sceneDataById,
    sources: new Map(sourceEntries.map((e) => [e.id, e.data])),
    flows: context.flows,
    citedSources,
  };
}

/** Static paths for endpoints that build one file per step: `params.step` is its anchor. */
export async function stepPaths() {
  return (await loadStory()).steps.map((s) => ({ params: { step: s.anchor } }));
}

/** Static paths for endpoints that build one file per scene: `params.scene` is its id. */
export async function scenePaths() {
  return [...(await loadStory()).scenes.keys()].map((scene) => ({ params: { scene } }));
}

/** Loads and checks the story once per build. */
export function loadStory(): Promise<LoadedStory> {
  loading ??= load();
  return loading;
}
