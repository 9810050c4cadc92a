/**
 * A scene's map data as the site publishes it (`data/<scene>.json`) and as every map draws it: the story's
 * island, the embed stepper and the server-rendered maps all decode it and draw a step's state the same way.
 */
import { sceneJsonUrl, topologyUrl } from './data-urls';
import type { CountriesTopology, CountryFeature } from '../geo/base-map';
import type { Size } from '../geo/camera';
import type { LayerFeature } from '../geo/geojson-layer';
import type { MapState } from './map-state';
import { renderFrame, type Frame, type SceneGeometry } from '../render/render-frame';
import { stateCamera } from './scene-geometry';
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
  /** The geodata features its steps draw, by geodata layer id. */
  layers: Record<string, LayerFeature[]>;
  /** Its steps' map states, in story order. */
  states: MapState[];
}

/** A scene ready to draw: its geometry, its countries by id (to fit views) and its steps' states by anchor. */
export interface DrawableScene {
  /** Its countries and geodata features. */
  geometry: SceneGeometry;
  /** Its countries by ISO numeric code, to fit views to. */
  byId: ReadonlyMap<string, CountryFeature>;
  /** Its steps' map states by anchor. */
  states: ReadonlyMap<string, MapState>;
}

/** What the map prints around a scene's drawing (MapKey) besides each step's key: its title and credits. */
export type SceneInfo = Pick<Scene, 'title' | 'credits'>;

/** What a live map is told about the story: its steps, its scenes' keys and where their data is. */
export interface MapSource {
  /** Each step's anchor and scene id, in story order. */
  steps: { anchor: string; scene: string }[];
  /** Title and credits of each scene. */
  scenes: Record<string, SceneInfo>;
  /** Each scene's base map file (its `topology`), so the live map fetches it beside the scene's data, not after. */
  baseMaps: Record<string, string>;
  /** URL of the folder holding each scene's `<scene>.json` (geometry and map states). */
  dataUrl: string;
}

/** A scene's display data, without the rest of its definition (which the browser does not need). */
export function sceneInfo(scene: Scene): SceneInfo {
  return { title: scene.title, credits: scene.credits };
}

/** A drawable scene from decoded geometry and its states. */
export function drawableScene(geometry: SceneGeometry, states: readonly MapState[]): DrawableScene {
  return {
    geometry,
    byId: new Map(geometry.countries.map((c) => [c.id, c])),
    states: new Map(states.map((s) => [s.step, s])),
  };
}

/** A drawable scene from its published JSON and its countries, decoded by the caller (the live map, a few per frame). */
export function sceneFromJson(json: Pick<SceneJson, 'layers' | 'states'>, countries: readonly CountryFeature[]): DrawableScene {
  return drawableScene({ countries, layers: new Map(Object.entries(json.layers)) }, json.states);
}

/** Fetches `<dataUrl><scene>.json`, undecoded. */
export async function fetchSceneJson(dataUrl: string, scene: string, fetcher: typeof fetch = fetch): Promise<SceneJson> {
  const response = await fetcher(sceneJsonUrl(dataUrl, scene));
  if (!response.ok) throw new Error(`map data for scene "${scene}": HTTP ${response.status}`);
  return (await response.json()) as SceneJson;
}

/** Fetches a base map named by a scene's `topology` (`<dataUrl><file>`), undecoded. */
export async function fetchTopology(dataUrl: string, file: string, fetcher: typeof fetch = fetch): Promise<CountriesTopology> {
  const response = await fetcher(topologyUrl(dataUrl, file));
  if (!response.ok) throw new Error(`base map ${file}: HTTP ${response.status}`);
  return (await response.json()) as CountriesTopology;
}

/** Draws `state` at rest (its view fitted to `size`), labels placed, to whole pixels (a still drawing: the server's maps and images). */
export function drawState(scene: DrawableScene, state: MapState, size: Size): Frame {
  return renderFrame(state, stateCamera(state, size, scene.byId), size, scene.geometry, true, 0);
}
