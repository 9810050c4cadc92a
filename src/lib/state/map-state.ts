/**
 * A map state is everything the renderer needs for one step, resolved from content at build time: plain data
 * that the page passes to the island, so the browser never sees the content collections. Its parts are the layer
 * kinds' (src/lib/layers/): markers are the ILRS partners', flows the flows', and so on.
 */
import type { ProjectionName } from '../geo/camera';
import { startsAfter } from '../content/dates';
import type { KeyEntry } from './map-key';
import type { Role, Scene, Step, StepView } from '../content/schemas';
import type { MapFlow } from '../layers/flows';
import type { MapGeoLayer } from '../layers/geodata';
import type { MapMarker } from '../layers/ilrs-partners';
import type { MapLabel } from '../layers/labels';
import type { KindDataSet } from '../layers/kind-data';
import type { ShownLayer, StateDraft } from '../layers/layer-kind';
import { LAYER_KINDS } from '../layers/registry';

export type { MapFlow, MapGeoLayer, MapLabel, MapMarker };

/** The resolved map state of one step. */
export interface MapState {
  /** The step's anchor id. */
  step: string;
  /** The scene id. */
  scene: string;
  /** The scene's projection. */
  projection: ProjectionName;
  /** What part of the world to show. */
  view: StepView;
  /** Countries drawn in a role, as [code, role] pairs. */
  roles: [string, Role][];
  /** Point markers with labels. */
  markers: MapMarker[];
  /** Plain labels. */
  labels: MapLabel[];
  /** Flows (arrows) shown. */
  flows: MapFlow[];
  /** Lines shown (e.g. the Line of Actual Control, pipelines). */
  lines: MapGeoLayer[];
  /** Areas shown (e.g. disputed territories). */
  areas: MapGeoLayer[];
  /** The lunar south-pole inset's caption when it shows, else null. */
  moonInset: string | null;
  /** The screen-reader description of the map. */
  description: string;
  /** The day the map shows: the step's `asOf`, or the story's. */
  asOf: string;
  /** True when that day is after the story's: the map is framed "Since then". */
  since: boolean;
  /** Ids of the disputed or occupied areas in view (content/geodata/borders.yaml). */
  borderAreas: string[];
  /** The map's key: what it shows, in the scene's legend order. */
  key: KeyEntry[];
}

/**
 * A step's map as the maps draw it: its state without what only the page's text and tables read (the disputed
 * areas in view, which the maps show by hatching and labels). The scenes' published data carries this.
 */
export type DrawnState = Omit<MapState, 'borderAreas'>;

/** What of a step's state the maps draw (DrawnState). */
export function drawnState({ borderAreas, ...drawn }: MapState): DrawnState {
  return drawn;
}

/** Everything a step's labels and layers can refer to. */
export interface StateContext {
  scene: Scene;
  /** The day the story speaks as of (content/story.yaml `asOf`). */
  storyAsOf: string;
  places: ReadonlyMap<string, { name: string; at: [number, number] }>;
  countryLabelPoints: ReadonlyMap<string, { name: string; at: [number, number] }>;
  /** The layer kinds' own data, by collection (src/lib/layers/kind-data.ts). */
  kindData: KindDataSet;
}

/** Resolves a step's frontmatter into the map state the renderer draws: each layer kind fills in its part. */
export function resolveMapState(stepId: string, step: Step, previous: Step | undefined, context: StateContext): MapState {
  const { scene } = context;
  const shown: ShownLayer[] = step.layers.map((entry) => {
    const layer = scene.layers.find((l) => l.id === entry.id);
    if (!layer) throw new Error(`step "${stepId}": unknown layer "${entry.id}" in scene "${step.scene}"`);
    return { ...layer, show: 'show' in entry ? (entry.show ?? null) : null };
  });
  const asOf = step.asOf ?? context.storyAsOf;
  const draft: StateDraft = {
    step: stepId,
    scene: step.scene,
    projection: scene.projection,
    view: step.view,
    roles: new Map(),
    markers: [],
    labels: [],
    flows: [],
    lines: [],
    areas: [],
    moonInset: null,
    description: step.description,
    asOf,
    since: startsAfter(asOf, context.storyAsOf),
    borderAreas: [],
    key: [],
  };
  for (const kind of LAYER_KINDS) {
    kind.resolve?.(draft, { stepId, step, previous, context, layers: shown.filter((l) => l.kind === kind.name) });
  }
  return { ...draft, roles: [...draft.roles] };
}
