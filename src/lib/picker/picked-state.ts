/**
 * What the map-state picker (src/dev/) draws: a scene as the dev server sends it, and a picked step resolved into
 * the map state readers see — the layer kinds' own resolution, then the disputed areas in view, as the build
 * resolves a step (src/data/story.ts) — for the one renderer to draw at the story's phone and desktop sizes.
 */
import { countryFeatures, type CountriesTopology, type CountryFeature } from '../geo/base-map';
import { areasInView, BORDER_STYLE, withBorderAreas, type BorderAreaEntry } from '../geo/border-areas';
import { BORDER_LAYER } from '../geo/border-layer';
import type { LayerFeature } from '../geo/geojson-layer';
import type { Scene, Step } from '../content/schemas';
import type { KindEntry } from '../layers/kind-data';
import type { SceneGeometry } from '../render/render-frame';
import { keyProblems, resolveKey, shownKeys } from '../state/map-key';
import { resolveMapState, type MapState, type StateContext } from '../state/map-state';
import type { PickedStep } from './step-yaml';

/** A named point: a place, or where a country's label goes. */
type Named = { name: string; at: [number, number] };

/** Everything the picker needs of a scene, whole (not pruned to what the story's steps show), as JSON. */
export interface PickerSceneJson {
  id: string;
  scene: Scene;
  /** The day the story speaks as of. */
  storyAsOf: string;
  /** The scene's base map, whole, with recognised borders. */
  topology: CountriesTopology;
  /** Every geodata layer's features, and the hatched areas' shapes under `borders`. */
  layers: Record<string, LayerFeature[]>;
  borderAreas: BorderAreaEntry[];
  /** The key's words for the hatched areas ("About these maps", content/about-maps.md). */
  bordersKey: string;
  places: Record<string, Named>;
  countryLabelPoints: Record<string, Named>;
  /** The layer kinds' own data, by collection. */
  kindData: Record<string, readonly KindEntry[]>;
  /**
   * The story's steps on this scene, to start from: the fields the picker sets, and the step's own key entries
   * (which it does not write, but which explain what the step's map draws).
   */
  steps: { anchor: string; picked: PickedStep; key: Step['key'] }[];
}

/** A picker scene decoded, ready to resolve and draw. */
export interface PickerScene {
  json: PickerSceneJson;
  geometry: SceneGeometry;
  byId: ReadonlyMap<string, CountryFeature>;
  context: StateContext;
}

export function pickerScene(json: PickerSceneJson): PickerScene {
  const countries = countryFeatures(json.topology);
  return {
    json,
    geometry: { countries, layers: new Map(Object.entries(json.layers)) },
    byId: new Map(countries.map((c) => [c.id, c])),
    context: {
      scene: json.scene,
      storyAsOf: json.storyAsOf,
      places: new Map(Object.entries(json.places)),
      countryLabelPoints: new Map(Object.entries(json.countryLabelPoints)),
      kindData: new Map(Object.entries(json.kindData)),
    },
  };
}

/**
 * The map state of a picked step (parsed by the step schema), with its key, as the build would resolve it; and
 * what the build would say of its key (a role the scene's legend does not explain, …), naming `file` for the step.
 */
export function pickedState(scene: PickerScene, step: Step, file = 'the step'): { state: MapState; problems: string[] } {
  const { json } = scene;
  const resolved = resolveMapState('picked', step, undefined, scene.context);
  const shapes = json.layers[BORDER_LAYER] ?? [];
  const inView = areasInView(resolved, json.borderAreas, shapes, scene.byId);
  const state = withBorderAreas(resolved, inView, json.borderAreas, shapes);
  const shown = shownKeys(state, (data) => new Map((json.layers[data] ?? []).map((f) => [f.id, f.class])));
  const context = {
    scene: json.scene,
    step,
    countryName: (code: string) => scene.byId.get(code)?.properties.name ?? code,
    kindData: scene.context.kindData,
    borders: { style: BORDER_STYLE, label: json.bordersKey },
  };
  const problems = keyProblems(state, shown, context, { step: file, scene: `content/scenes/${json.id}.yaml` });
  return { state: { ...state, key: resolveKey(state, shown, context) }, problems };
}

/** A step's frontmatter as parsed, back to the fields the picker sets, as an editor would write them. */
export function pickedFromStep(step: Step): PickedStep {
  return {
    scene: step.scene,
    view: step.view,
    ...(step.asOf ? { asOf: step.asOf } : {}),
    layers: step.layers.map((l) => ('show' in l && l.show ? { id: l.id, show: l.show } : l.id)),
    highlight: step.highlight,
    labels: step.labels,
    description: step.description,
  };
}
