/**
 * Build-time access to the story: reads the content collections and geodata, checks them across
 * collections, and resolves each step into the map state the renderer draws. Pages call `loadStory()`;
 * a content problem stops the build here with every message at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { countryFeatures, countryNames, labelPoint, type CountriesTopology, type CountryFeature } from '../lib/geo/base-map';
import { areasInView, borderShapes, recognisedTopology, withBorderAreas, type BorderAreaEntry } from '../lib/geo/border-areas';
import { BORDER_LAYER } from '../lib/geo/border-layer';
import { parseGeoLayer, roundGeometry, type LayerFeature } from '../lib/geo/geojson-layer';
import { keyProblems, resolveKey, shownKeys, unusedLegendEntries, type FeatureClasses, type ShownKeys } from '../lib/state/map-key';
import { resolveMapState, type MapState } from '../lib/state/map-state';
import { kindDataFiles, type KindDataSet } from '../lib/layers/kind-data';
import { LAYER_KINDS, TEXT_ORDER } from '../lib/layers/registry';
import type { SceneGeometry } from '../lib/render/render-frame';
import { drawableScene, type DrawableScene } from '../lib/state/scene-data';
import { countriesInScene, sceneRegion } from '../lib/state/scene-geometry';
import { compactTopology } from '../lib/geo/topology-compact';
import type { BaseMap } from '../lib/geo/base-map-file';
import { topologyFile } from '../lib/geo/topology-file';
import type { Correction, Source } from '../lib/content/editorial-schemas';
import type { DatedFact, Place, Scene, Story } from '../lib/content/schemas';
import { subsetTopology } from '../lib/geo/topology-subset';
import { stepSources } from '../lib/content/step-sources';
import { anchorFromFile, lastUpdate, storyProblems } from '../lib/content/validate-story';

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
  /** Where that base map is published, below `data/` (scenes with the same base map share the file). */
  topologyFile: string;
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
  /** The day of the last correction or update (content/corrections.yaml). */
  updated: string;
  /** Corrections and updates, newest first. */
  corrections: { id: string; data: Correction }[];
  /** The disputed and occupied areas, in list order. */
  borderAreas: BorderAreaEntry[];
  /** The layer kinds' own data files (the ILRS partners, flows, country groups), by collection (`entriesOf`). */
  kindData: KindDataSet;
  /** Places by id, with where their coordinates come from. */
  places: Map<string, Place>;
  /** Dated facts about geodata features, by geodata layer and feature id. */
  layerFacts: Map<string, Record<string, DatedFact[]>>;
  /** "About these maps": its title, the key's entry for hatched areas, and its prose. */
  about: CollectionEntry<'aboutMaps'>;
  steps: StoryStep[];
  scenes: Map<string, Scene>;
  sceneData: Map<string, SceneData>;
  /** The scenes' base maps by published file (below `data/`), each once, with the areas their scenes hatch. */
  topologies: Map<string, BaseMap>;
  sources: Map<string, Source>;
  /** Cited source ids in order of first citation. */
  citedSources: string[];
  /** The base maps whole, with recognised borders: the map-state picker (src/dev/) can look anywhere. */
  bases: Map<Scene['base'], CountriesTopology>;
  /** Every geodata layer's features, by layer id. */
  geoFeatures: Map<string, LayerFeature[]>;
  /** The hatched areas' shapes each scene draws from its base map, by scene id. */
  areaShapes: Map<string, LayerFeature[]>;
  /** Where a country's label goes, and its name, by code. */
  countryLabelPoints: Map<string, { name: string; at: [number, number] }>;
}

const BASES: Record<Scene['base'], CountriesTopology> = {
  'countries-110m': countries110m as unknown as CountriesTopology,
  'countries-50m': countries50m as unknown as CountriesTopology,
};
const GEODATA_DIR = 'content/geodata';
const BORDERS_FILE = 'content/geodata/borders.yaml';
/** A base map's grid: a step is half a pixel at the closest zoom its scenes draw, on both axes. */
const GRID_PX = 1 / 2;
/**
 * The closest zoom the scenes on each base draw at, in pixels a degree, the most of either axis at the view's
 * centre in any frame shape (FRAME_SHAPES): the world views about 8; the regional ones 42 (the China–India
 * border) and 71 (the Baltic, in Mercator). The arcs keep the detail those zooms show.
 */
const ZOOM: Record<Scene['base'], number> = { 'countries-110m': 8, 'countries-50m': 71 };
/**
 * Outside a regional scene's region, where none of its views look, the arcs keep what a world map a phone wide
 * shows (360 pixels, a pixel a degree): shapes stay close, and the base map ships a fraction of the points.
 */
const OUTER_ZOOM = 1;
let loading: Promise<LoadedStory> | undefined;
/** The layer kinds' data files: content.config.ts defines a collection for each from the same registry. */
const KIND_DATA = kindDataFiles(LAYER_KINDS);
/**
 * The same files in the order the story's list of sources cites them: as "What the map shows" lists the kinds
 * (flows, then partners), then the kinds it does not list.
 */
const CITING_DATA = kindDataFiles([...new Set([...TEXT_ORDER, ...LAYER_KINDS])]);

/** The error that stops the build: every problem on its own line, each naming its file, field and fix. */
function contentError(problems: string[]): Error {
  return new Error(`Content problems (${problems.length}):\n- ${problems.join('\n- ')}`);
}

/** The detail of the disputed areas' shapes: a world map needs far less than a regional one. */
const AREA_DETAIL: Record<Scene['base'], { digits: number; minDegrees: number }> = {
  'countries-110m': { digits: 1, minDegrees: 1 },
  'countries-50m': { digits: 2, minDegrees: 0 },
};

/** A scene's data before its base map is named (sharedBaseMaps names it). */
type UnnamedSceneData = Omit<SceneData, 'topologyFile'>;

function sceneData(scene: Scene, states: MapState[], geoLayers: Map<string, LayerFeature[]>, bases: Map<Scene['base'], CountriesTopology>): UnnamedSceneData {
  const base = bases.get(scene.base) as CountriesTopology;
  const baseCountries = countryFeatures(base);
  const keep = countriesInScene(states, baseCountries);
  for (const state of states) for (const [code] of state.roles) keep.add(code);
  // Regional (50m) scenes keep their detail only where their views look; world scenes need it everywhere.
  const region = scene.base === 'countries-50m' ? sceneRegion(states, baseCountries) : null;
  const topology = compactTopology(subsetTopology(base, keep), { region, zoom: ZOOM[scene.base], outerZoom: OUTER_ZOOM, gridPx: GRID_PX });

  const used = new Map<string, Set<string> | null>();
  const want = (data: string, ids: string[] | null) => {
    const current = used.get(data);
    if (current === null) return;
    used.set(data, ids === null ? null : new Set([...(current ?? []), ...ids]));
  };
  for (const state of states) for (const kind of LAYER_KINDS) for (const [data, ids] of kind.geodata?.(state) ?? []) want(data, ids);
  const layers: Record<string, LayerFeature[]> = {};
  for (const [data, ids] of used) {
    const features = geoLayers.get(data) ?? [];
    const shown = ids === null ? features : features.filter((f) => ids.has(f.id));
    // The areas' shapes are rounded already, to the scene's base.
    layers[data] = data === BORDER_LAYER ? shown : shown.map((f) => ({ ...f, geometry: roundGeometry(f.geometry, 2) }));
  }
  const geometry = { countries: countryFeatures(topology), layers: new Map(Object.entries(layers)) };
  return { topology, layers, geometry, states, drawable: drawableScene(geometry, states), names: countryNames(base) };
}

/**
 * The published base maps: scenes with the same countries at the same detail share one file, named by its content,
 * which holds the areas any of them hatches (each scene's data then leaves them out). Returns them by file, and
 * each scene's data with the file it names.
 */
function sharedBaseMaps(unnamed: Map<string, UnnamedSceneData>): { topologies: Map<string, BaseMap>; sceneData: Map<string, SceneData> } {
  const groups = new Map<string, { topology: CountriesTopology; borders: Map<string, LayerFeature> }>();
  const groupOf = new Map<string, string>();
  for (const [id, data] of unnamed) {
    const key = JSON.stringify(data.topology);
    const group = groups.get(key) ?? { topology: data.topology, borders: new Map<string, LayerFeature>() };
    groups.set(key, group);
    groupOf.set(id, key);
    // The same base map draws the same shape for an area, whichever scene asks.
    for (const area of data.layers[BORDER_LAYER] ?? []) group.borders.set(area.id, area);
  }
  const files = new Map<string, string>();
  const topologies = new Map<string, BaseMap>();
  for (const [key, { topology, borders }] of groups) {
    const baseMap = { topology, borders: [...borders.values()] };
    const file = topologyFile(baseMap);
    files.set(key, file);
    topologies.set(file, baseMap);
  }
  const sceneData = new Map([...unnamed].map(([id, data]) => [id, { ...data, topologyFile: files.get(groupOf.get(id) as string) as string }]));
  return { topologies, sceneData };
}

async function load(): Promise<LoadedStory> {
  const [
    storyEntries,
    stepEntries,
    sceneEntries,
    sourceEntries,
    placeEntries,
    geoLayerEntries,
    borderEntries,
    correctionEntries,
    aboutEntries,
    kindEntries,
  ] = await Promise.all([
      getCollection('story'),
      getCollection('steps'),
      getCollection('scenes'),
      getCollection('sources'),
      getCollection('places'),
      getCollection('geoLayers'),
      getCollection('borderAreas'),
      getCollection('corrections'),
      getCollection('aboutMaps'),
      // Each kind's collection, which content.config.ts names after the descriptor.
      Promise.all(KIND_DATA.map((d) => getCollection(d.collection as CollectionKey))),
    ]);
  if (storyEntries.length !== 1) throw new Error(`content/story.yaml: expected exactly one story entry, found ${storyEntries.length}`);
  if (aboutEntries.length !== 1) throw new Error(`content/about-maps.md: expected the one "About these maps" note, found ${aboutEntries.length}`);
  const story = storyEntries[0].data;
  const ordered = [...stepEntries].sort((a, b) => a.id.localeCompare(b.id));
  const scenes = new Map(sceneEntries.map((e) => [e.id, e.data]));
  const kindData: KindDataSet = new Map(KIND_DATA.map((d, i) => [d.collection, kindEntries[i].map((e) => ({ file: d.file, id: e.id, data: e.data }))]));

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

  const borderAreas = borderEntries.map((e) => ({ id: e.id, data: e.data }));
  const problems = storyProblems({
    story: { file: 'content/story.yaml', data: story },
    steps: ordered.map((e) => ({ anchor: anchorFromFile(e.id), file: e.filePath ?? `content/steps/${e.id}.md`, data: e.data, body: e.body ?? '' })),
    scenes,
    sourceIds: new Set(sourceEntries.map((e) => e.id)),
    places: new Map(placeEntries.map((e) => [e.id, e.data.at])),
    kindData,
    geoLayers: new Map(
      geoLayerEntries.map((e) => [
        e.id,
        { file: 'content/geodata/layers.yaml', data: e.data, featureIds: new Set((geoFeatures.get(e.id) ?? []).map((f) => f.id)) },
      ]),
    ),
    borderAreas: borderEntries.map((e) => ({ file: BORDERS_FILE, id: e.id, data: e.data })),
    corrections: correctionEntries.map((e) => ({ file: 'content/corrections.yaml', id: e.id, data: e.data })),
  });
  if (problems.length > 0) throw contentError(problems);

  // The base maps with internationally recognised borders (content/geodata/borders.yaml).
  const bases = new Map<Scene['base'], CountriesTopology>();
  // The same mistake shows in both base maps: one message names both.
  const baseProblems = new Map<string, string[]>();
  for (const [name, topology] of Object.entries(BASES) as [Scene['base'], CountriesTopology][]) {
    try {
      bases.set(name, recognisedTopology(topology, borderAreas, name));
    } catch (error) {
      for (const line of (error as Error).message.split('\n')) {
        const key = line.replaceAll(name, '{base}');
        baseProblems.set(key, [...(baseProblems.get(key) ?? []), name]);
      }
    }
  }
  for (const [line, names] of baseProblems) problems.push(line.replaceAll('{base}', names.join(' and ')));
  if (problems.length > 0) throw contentError(problems);

  const labelCountries: CountryFeature[] = countryFeatures(bases.get('countries-110m') as CountriesTopology);
  const countryLabelPoints = new Map(labelCountries.map((c) => [c.id, { name: c.properties.name, at: labelPoint(c) }]));
  const names = countryNames(bases.get('countries-110m') as CountriesTopology);
  const context = {
    storyAsOf: story.asOf,
    places: new Map(placeEntries.map((e) => [e.id, e.data])),
    countryLabelPoints,
    kindData,
  };
  const about = aboutEntries[0];
  const bordersKey = { style: `area:${BORDER_LAYER}`, label: about.data.key };

  // Each scene's disputed areas, drawn from its own base map.
  const areaShapes = new Map(
    [...scenes].map(([id, scene]) => [id, borderShapes(BASES[scene.base], borderAreas, geoFeatures, AREA_DETAIL[scene.base])]),
  );
  const sceneCountries = new Map(
    [...scenes].map(([id, scene]) => [id, new Map(countryFeatures(bases.get(scene.base) as CountriesTopology).map((c) => [c.id, c]))]),
  );
  const classesOf =
    (sceneId: string): FeatureClasses =>
    (data) =>
      new Map((data === BORDER_LAYER ? (areaShapes.get(sceneId) ?? []) : (geoFeatures.get(data) ?? [])).map((f) => [f.id, f.class]));

  const shownBySceneFile = new Map<string, ShownKeys[]>();
  const steps = ordered.map((entry, i) => {
    const anchor = anchorFromFile(entry.id);
    const sceneId = entry.data.scene;
    const scene = scenes.get(sceneId) as Scene;
    const resolved = resolveMapState(anchor, entry.data, ordered[i - 1]?.data, { ...context, scene });
    const shapes = areaShapes.get(sceneId) ?? [];
    const inView = areasInView(resolved, borderAreas, shapes, sceneCountries.get(sceneId) ?? new Map());
    const state = withBorderAreas(resolved, inView, borderAreas, shapes);
    const shown = shownKeys(state, classesOf(sceneId));
    const keyContext = {
      scene,
      step: entry.data,
      countryName: (code: string) => names.get(code) ?? code,
      kindData,
      borders: bordersKey,
    };
    const files = { step: entry.filePath ?? `content/steps/${entry.id}.md`, scene: `content/scenes/${sceneId}.yaml` };
    problems.push(...keyProblems(state, shown, keyContext, files));
    shownBySceneFile.set(files.scene, [...(shownBySceneFile.get(files.scene) ?? []), shown]);
    return { entry, anchor, state: { ...state, key: resolveKey(state, shown, keyContext) } };
  });
  for (const [file, shown] of shownBySceneFile) {
    const scene = scenes.get(file.replace(/^content\/scenes\/|\.yaml$/g, '')) as Scene;
    problems.push(...unusedLegendEntries(scene, shown, file));
  }
  if (problems.length > 0) throw contentError(problems);

  const unnamed = new Map(
    [...scenes].map(([id, scene]) => {
      const layers = new Map(geoFeatures);
      layers.set(BORDER_LAYER, areaShapes.get(id) ?? []);
      return [id, sceneData(scene, steps.filter((s) => s.state.scene === id).map((s) => s.state), layers, bases)];
    }),
  );
  const { topologies, sceneData: sceneDataById } = sharedBaseMaps(unnamed);

  const citedSources = [
    ...new Set([
      ...ordered.flatMap((e) => stepSources(e.data)),
      ...CITING_DATA.flatMap((d) => (kindData.get(d.collection) ?? []).flatMap((e) => d.sources?.(e.data) ?? [])),
      ...geoLayerEntries.flatMap((e) => Object.values(e.data.facts ?? {}).flatMap((facts) => facts.flatMap((f) => f.sources))),
      ...borderEntries.flatMap((e) => [...e.data.sources, ...e.data.since.flatMap((f) => f.sources)]),
    ]),
  ];
  const corrections = correctionEntries
    .map((e) => ({ id: e.id, data: e.data }))
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  return {
    story,
    updated: lastUpdate(corrections) ?? story.asOf,
    corrections,
    borderAreas,
    kindData,
    places: new Map(placeEntries.map((e) => [e.id, e.data])),
    layerFacts: new Map(geoLayerEntries.map((e) => [e.id, e.data.facts ?? {}])),
    about,
    steps,
    scenes,
    sceneData: sceneDataById,
    topologies,
    sources: new Map(sourceEntries.map((e) => [e.id, e.data])),
    citedSources,
    bases,
    geoFeatures,
    areaShapes,
    countryLabelPoints,
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

/** Static paths for the scenes' base maps: `params.name` is the file name in `data/base/`, without `.json`. */
export async function topologyPaths() {
  return [...(await loadStory()).topologies.keys()].map((file) => ({ params: { name: file.replace(/^base\/|\.json$/g, '') } }));
}

/** Each scene's base map file (`topologyFile`), by scene id: what the live map fetches beside a scene's data. */
export function baseMapFiles(story: LoadedStory): Record<string, string> {
  return Object.fromEntries([...story.sceneData].map(([id, data]) => [id, data.topologyFile]));
}

/** Loads and checks the story once per build. */
export function loadStory(): Promise<LoadedStory> {
  loading ??= load();
  return loading;
}
