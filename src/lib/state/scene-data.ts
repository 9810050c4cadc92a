/**
 * A scene's map data as the site publishes it (`data/<scene>.json`) and as every map draws it: the story's
 * island, the embed stepper and the server-rendered maps all decode it and draw a step's state the same way.
 */
import { sceneJsonUrl, topologyUrl } from './data-urls';
import type { CountryFeature } from '../geo/base-map';
import { checkedBaseMapFile, type BaseMapFile } from '../geo/base-map-file';
import { BORDER_LAYER } from '../geo/border-layer';
import type { LayerFeature } from '../geo/geojson-layer';
import type { Size, ViewFit } from '../geo/camera';
import { layerFeatureFile, layerFeatureFromFile, type LayerFeatureFile } from '../geo/layer-file';
import { drawnState, type DrawnState, type MapState } from './map-state';
import { renderFrame, type Frame, type SceneGeometry } from '../render/render-frame';
import { fittedCamera, stateFit } from './scene-geometry';
import type { Scene } from '../content/schemas';

/** The published form of a scene's map data. */
export interface SceneJson {
  /** The scene's id. */
  scene: string;
  /**
   * The file of the base countries its views can show, below the data folder (`base/countries-<hash>.json`):
   * scenes drawn on the same base map share it.
   */
  topology: string;
  /**
   * The geodata features its steps draw, by geodata layer id, their lines as text (layer-file.ts); the hatched
   * areas (`borders`) are in the base map, shared with the other scenes drawn on it.
   */
  layers: Record<string, LayerFeatureFile[]>;
  /** Its steps' map states, in story order. */
  states: DrawnState[];
  /** How each step's view fits a frame, by step: measured at build time, so the browser never measures countries. */
  fits: Record<string, ViewFit>;
}

/** A scene ready to draw: its geometry, its steps' states and how each one's view fits a frame, by anchor. */
export interface DrawableScene {
  /** Its countries and geodata features. */
  geometry: SceneGeometry;
  /** Its steps' map states by anchor. */
  states: ReadonlyMap<string, DrawnState>;
  /** How each step's view fits a frame, by anchor. */
  fits: ReadonlyMap<string, ViewFit>;
}

/** What the map prints around a scene's drawing (MapKey) besides each step's key: its title and credits. */
export type SceneInfo = Pick<Scene, 'title' | 'credits'>;

/** A scene's display data, without the rest of its definition (which the browser does not need). */
export function sceneInfo(scene: Scene): SceneInfo {
  return { title: scene.title, credits: scene.credits };
}

/**
 * A scene's published JSON: its geodata as text (layer-file.ts), without the hatched areas, which its base map
 * (`topology`, the file's name) carries for every scene drawn on it; each step's fit as the build measured it.
 */
export function sceneJson(scene: string, topology: string, drawable: DrawableScene): SceneJson {
  const layers = [...drawable.geometry.layers].filter(([id]) => id !== BORDER_LAYER).map(([id, features]) => [id, features.map(layerFeatureFile)]);
  return { scene, topology, layers: Object.fromEntries(layers), states: [...drawable.states.values()], fits: Object.fromEntries(drawable.fits) };
}

/** A drawable scene from decoded geometry and its states, each state's view measured to fit (at build time). */
export function drawableScene(geometry: SceneGeometry, states: readonly MapState[]): DrawableScene {
  const byId = new Map(geometry.countries.map((c) => [c.id, c]));
  return {
    geometry,
    // Only what the maps draw: what `sceneJson` publishes, and all the maps may read.
    states: new Map(states.map((s) => [s.step, drawnState(s)])),
    fits: new Map(states.map((s) => [s.step, stateFit(s, byId)])),
  };
}

/**
 * A drawable scene from its published JSON and its countries, decoded by the caller (the live map, a few per frame).
 * Each state's fit is the published one: a file without a usable fit for every step is refused, naming the step,
 * as is one with a layer feature that cannot be read, naming the layer and the feature. The hatched areas come
 * from the base map (`borders`): a step that hatches one the base map lacks is refused, naming both.
 */
export function sceneFromJson(
  json: Pick<SceneJson, 'scene' | 'topology' | 'layers' | 'states' | 'fits'>,
  countries: readonly CountryFeature[],
  borders: readonly LayerFeature[] = [],
): DrawableScene {
  const fits = new Map<string, ViewFit>();
  for (const state of json.states) {
    const fit = json.fits?.[state.step];
    if (!isViewFit(fit)) throw new Error(`data/${json.scene}.json: fits["${state.step}"] must be { rotate, bounds: [[x0, y0], [x1, y1]] } with finite numbers, found ${JSON.stringify(fit)}`);
    fits.set(state.step, fit);
  }
  const layers = new Map<string, readonly LayerFeature[]>(
    Object.entries(json.layers).map(([id, features]) => [id, features.map((f, i) => layerFeatureFromFile(f, `data/${json.scene}.json: layers["${id}"][${i}]`))]),
  );
  const areas = new Set(borders.map((f) => f.id));
  for (const state of json.states)
    for (const layer of state.areas)
      for (const id of layer.data === BORDER_LAYER ? (layer.show ?? []) : [])
        if (!areas.has(id)) throw new Error(`data/${json.scene}.json: step "${state.step}" hatches "${id}", which its base map ${json.topology} does not hold in "borders"`);
  if (borders.length > 0) layers.set(BORDER_LAYER, borders);
  return {
    geometry: { countries, layers },
    states: new Map(json.states.map((s) => [s.step, s])),
    fits,
  };
}

/** Whether `value` has a view fit's shape: a finite rotation and two corners of finite numbers. */
function isViewFit(value: unknown): value is ViewFit {
  if (typeof value !== 'object' || value === null) return false;
  const { rotate, bounds } = value as Partial<ViewFit>;
  const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  const corner = (c: unknown) => Array.isArray(c) && c.length === 2 && c.every(finite);
  return finite(rotate) && Array.isArray(bounds) && bounds.length === 2 && bounds.every(corner);
}

/** How a scene's state fits a frame (its fit, published or measured with the scene). */
export function sceneFit(scene: DrawableScene, state: DrawnState): ViewFit {
  const fit = scene.fits.get(state.step);
  if (!fit) throw new Error(`scene "${state.scene}" has no view fit for step "${state.step}"`);
  return fit;
}

/** Fetches `<dataUrl><scene>.json`, undecoded. */
export async function fetchSceneJson(dataUrl: string, scene: string, fetcher: typeof fetch = fetch): Promise<SceneJson> {
  const response = await fetcher(sceneJsonUrl(dataUrl, scene));
  if (!response.ok) throw new Error(`map data for scene "${scene}": HTTP ${response.status}`);
  return (await response.json()) as SceneJson;
}

/**
 * Fetches a base map named by a scene's `topology` (`<dataUrl><file>`), its fields checked and its arcs still text,
 * for the caller to read (base-map-file.ts).
 */
export async function fetchBaseMapFile(dataUrl: string, file: string, fetcher: typeof fetch = fetch): Promise<BaseMapFile> {
  const response = await fetcher(topologyUrl(dataUrl, file));
  if (!response.ok) throw new Error(`base map ${file}: HTTP ${response.status}`);
  return checkedBaseMapFile(await response.json(), file);
}

/** Draws `state` at rest (its view fitted to `size`), labels placed, to whole pixels (a still drawing: the server's maps and images). */
export function drawState(scene: DrawableScene, state: DrawnState, size: Size): Frame {
  return renderFrame(state, fittedCamera(state, sceneFit(scene, state), size), size, scene.geometry, true, 0);
}
