/**
 * A layer kind: one sort of thing a map shows (countries in roles, ILRS partners, flows, lines, areas, places and
 * labels, the disputed areas, the lunar inset), with what the build needs to know about it. Each kind is a module
 * in this folder, listed in registry.ts; the generic code (resolving a step's state, its key, its text, its
 * downloads, the content checks) iterates the registry and names no kind. How a kind draws over the base map is a
 * `LayerDrawing` beside it in its module (layer-drawing.ts).
 */
import type { Geometry } from 'geojson';
import { startsAfter } from '../content/dates';
import type { DatedFact, Place, Role, Scene, SceneLayer, Step, StepLayer } from '../content/schemas';
import type { BorderAreaEntry } from '../geo/border-areas';
import type { LayerFeature } from '../geo/geojson-layer';
import type { StoryEntries } from '../content/validate-story';
import type { KeyContext } from '../state/map-key';
import type { MapState, StateContext } from '../state/map-state';
import type { KindData, KindDataSet } from './kind-data';

/** A scene layer as a step shows it: the scene's entry, and the ids of the only features to show (or null). */
export type ShownLayer = SceneLayer & { show: string[] | null };

/** A map state while its kinds resolve it: the roles as a map (later entries win, in first-entry order). */
export type StateDraft = Omit<MapState, 'roles'> & { roles: Map<string, Role> };

/** What a kind resolves a step from. */
export interface ResolveInput {
  /** The step's anchor id. */
  stepId: string;
  step: Step;
  /** The step before it, if any. */
  previous: Step | undefined;
  context: StateContext;
  /** The scene layers of this kind the step lists, in its order (none for kinds a scene does not list). */
  layers: readonly ShownLayer[];
}

/** The style class of each feature of a geodata layer (by its id), where the layer has classes. */
export type FeatureClasses = (data: string) => ReadonlyMap<string, string | undefined>;

/** What a state draws, as roles and style keys, in drawing order. */
export interface ShownKeys {
  roles: Role[];
  styles: string[];
}

/** What a kind's downloads read besides the state: the collections, and the features the scene draws. */
export interface DownloadContext {
  /** The kinds' own data, by collection (`entriesOf`). */
  kindData: KindDataSet;
  /** Places by id. */
  places: ReadonlyMap<string, Place>;
  /** Dated facts about geodata features, by geodata layer and feature id. */
  layerFacts: ReadonlyMap<string, Record<string, DatedFact[]>>;
  /** The disputed and occupied areas. */
  borderAreas: readonly BorderAreaEntry[];
  /** Country names by code. */
  names: ReadonlyMap<string, string>;
  /** The geodata features the scene draws, by geodata layer id. */
  layers: Readonly<Record<string, readonly LayerFeature[]>>;
}

/** A step as its download rows see it. */
export interface DownloadStep {
  anchor: string;
  state: MapState;
  /** The step's frontmatter. */
  data: Step;
}

/** Adds a GeoJSON feature, unless one with its id is there already (a thing several steps show is listed once). */
export type AddFeature = (id: string, geometry: Geometry, properties: Record<string, unknown>) => void;

/** What a kind's content checks read, and how they report. */
export interface CheckTools {
  entries: StoryEntries;
  /** Adds a problem: `<file>: <field>: <what is wrong>; <how to fix it>`. */
  report(problem: string): void;
  /** Reports each id of `ids` that is not a source in content/sources.yaml. */
  checkSources(file: string, field: string, ids: readonly string[]): void;
  /** Reports a date later than the story's last update. */
  tooLate(file: string, field: string, value: string | null | undefined): void;
  /** Ids, sorted and joined, for a message's "(known: …)". */
  list(ids: Iterable<string>): string;
}

/** A step, for a kind's checks on it. */
export interface CheckedStep {
  /** Where it was loaded from. */
  file: string;
  data: Step;
  /** Its scene, unless the step names none that exists (reported apart). */
  scene: Scene | undefined;
}

/** The features a step's `show` may pick from a layer: their ids, what they are called, and where they come from. */
export interface Showable {
  /** The ids, or undefined where the layer's own source is unknown (reported on the scene). */
  known: ReadonlySet<string> | undefined;
  /** "flow", "feature". */
  noun: string;
  /** Where to find one, for the message. */
  hint: string;
}

/** A dated fact in the map's text, and whether it came after the story ("Since then"). */
export interface TextFact {
  date: string;
  text: string;
  later: boolean;
}

/**
 * A part of "What the map shows" (src/components/MapData.astro), by how it is written: a titled list of dated
 * facts, a table, a titled list of features with their notes and facts, the names of the disputed areas with a
 * link to "About these maps", or a titled list. `id` names the title for the list it labels; a `numbered` id gets
 * the section's number among those with the same id.
 */
export type TextSection =
  | { type: 'facts'; id: string; numbered: true; title: string; facts: TextFact[] }
  | { type: 'table'; caption: string; columns: [string, string]; rows: [string, string][] }
  | { type: 'features'; id: string; numbered: true; title: string; features: { name: string; note?: string; facts: TextFact[] }[] }
  | { type: 'about-maps'; title: string; names: string[] }
  | { type: 'list'; id: string; numbered?: false; title: string; items: string[] };

/** What a kind's text reads besides the state. */
export interface TextContext {
  /** The day the story speaks as of: later facts are "Since then". */
  storyAsOf: string;
  /** The step's scene. */
  scene: Scene | undefined;
  /** The kinds' own data, by collection (`entriesOf`). */
  kindData: KindDataSet;
  /** Dated facts about geodata features, by geodata layer and feature id. */
  layerFacts: ReadonlyMap<string, Record<string, DatedFact[]>>;
  /** The geodata features the scene draws, by geodata layer id. */
  layers: Readonly<Record<string, readonly LayerFeature[]>>;
  /** The disputed and occupied areas. */
  borderAreas: readonly BorderAreaEntry[];
}

/** Dated facts for the text, those the story could know first, then those after it. */
export function textFacts(facts: readonly Pick<DatedFact, 'date' | 'text'>[], storyAsOf: string): TextFact[] {
  const marked = facts.map((f) => ({ date: f.date, text: f.text, later: startsAfter(f.date, storyAsOf) }));
  return [...marked.filter((f) => !f.later), ...marked.filter((f) => f.later)];
}

/** A layer kind. */
export interface LayerKind {
  /** A scene layer's `kind` (for kinds a scene lists in its `layers`), or a name for what any step can show. */
  name: string;
  /** For kinds a scene lists: whether such a layer names a geodata layer in `data`, and may `fade` in. */
  sceneLayer?: { data: boolean; fade: boolean };
  /** Its own data files, if any: each a content collection, loaded and handed to every part as `kindData`. */
  data?: readonly KindData[];
  /** How the legend names the styles it draws, e.g. "flow:<kind>": a prefix, then one or two parts. */
  legendStyle?: string;
  /** Fills in the kind's part of a step's map state. */
  resolve?(draft: StateDraft, input: ResolveInput): void;
  /** The roles and style keys the kind draws in a state, for its key. */
  shownKeys?(state: MapState, classes: FeatureClasses): Partial<ShownKeys>;
  /** The names of the countries it draws in `role`, for a key label's `{countries}`. */
  roleNames?(role: Role, state: MapState, context: KeyContext): string[];
  /** Where the kind's key entries and its map disagree, as content problems. */
  keyProblems?(state: MapState, context: KeyContext, files: { step: string; scene: string }): string[];
  /** The geodata features it draws, as [geodata layer, feature ids or null for all]: what a scene's data keeps. */
  geodata?(state: MapState): [string, string[] | null][];
  /** The CSV download's rows for what the kind shows at a step (columns: scene-downloads.ts `CSV_COLUMNS`). */
  csvRows?(step: DownloadStep, context: DownloadContext): string[][];
  /** The GeoJSON download's features for what the kind shows at a step. */
  geoJson?(state: MapState, context: DownloadContext, add: AddFeature): void;
  /** What the kind shows at a step, as text: the map's text alternative ("What the map shows"). */
  text?(state: MapState, context: TextContext): TextSection[];
  /** Checks the kind's data files (ids they refer to, sources, dates). */
  checkData?(tools: CheckTools): void;
  /** Checks a scene's layer of this kind (the `i`th in `scene.layers`). */
  checkSceneLayer?(layer: SceneLayer, i: number, scene: { file: string; data: Scene }, tools: CheckTools): void;
  /** Checks what a step asks of the kind: its layer entries of this kind, or the step fields the kind reads. */
  checkStep?(step: CheckedStep, tools: CheckTools): void;
  /** Checks the `i`th of a step's layers, one of this kind in the step's scene. */
  checkStepLayer?(entry: StepLayer, i: number, step: CheckedStep & { scene: Scene }, tools: CheckTools): void;
  /**
   * Checks how a step frames what the kind shows in time (validate-framing.ts): `day` is the day its map shows;
   * e.g. nothing may be drawn on a map of a day before it began.
   */
  checkFraming?(step: CheckedStep, day: string, tools: Pick<CheckTools, 'entries' | 'report'>): void;
  /** What a step's `show` may pick from a layer of this kind; a kind without it has no features to pick. */
  showable?(layer: SceneLayer, entries: StoryEntries): Showable;
}

/** The names of the kinds a scene lists in its `layers` whose rule `rule` holds. */
export function kindsWith(kinds: readonly LayerKind[], rule: keyof NonNullable<LayerKind['sceneLayer']>): string[] {
  return kinds.filter((k) => k.sceneLayer?.[rule]).map((k) => k.name);
}
