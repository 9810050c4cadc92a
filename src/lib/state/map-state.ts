/**
 * A map state is everything the renderer needs for one step, resolved from content at build time: plain data
 * that the page passes to the island, so the browser never sees the content collections.
 */
import type { ProjectionName } from '../geo/camera';
import { formatShortDate, parseContentDate, startsAfter } from '../content/dates';
import type { KeyEntry } from './map-key';
import type { CountryGroup, Flow, IlrsPartner, Role, Scene, Step, StepView } from '../content/schemas';

/** A marker at a point, e.g. a partner's capital. */
export interface MapMarker {
  /** Stable id (the country code for partners). */
  id: string;
  /** Where it is: [lon, lat]. */
  at: [number, number];
  /** The role it is drawn in. */
  role: Role;
  /** Its name. */
  label: string;
  /** A second line, e.g. the signing date. */
  note?: string;
  /** True when it is new at this step (labelled first when space is short). */
  fresh: boolean;
}

/** A text label at a point. */
export interface MapLabel {
  /** Stable id. */
  id: string;
  /** Where it is: [lon, lat]. */
  at: [number, number];
  /** What it says. */
  text: string;
  /** True for a place (drawn with a dot); a country's name sits on the country without one. */
  dot: boolean;
  /** Placement priority: higher goes first (a step's own labels 3, a disputed area's under 1). */
  priority?: number;
  /** For a disputed or occupied area's label: the area's id (content/geodata/borders.yaml). */
  area?: string;
}

/** A flow drawn as a curved arrow between two points, or along a route. */
export interface MapFlow {
  /** The flow's id (content/data/flows.yaml). */
  id: string;
  /** Its kind, which sets its line style. */
  kind: Flow['kind'];
  /** The label on the map. */
  label: string;
  /** Where it starts and ends: [lon, lat]. */
  from: [number, number];
  to: [number, number];
  /** For a flow along a pipeline: the geodata layer and feature it follows. */
  route?: { data: string; feature: string };
  /** Line width in pixels: fixed for sanctions, to scale by volume for energy (`energyWidth`). */
  width: number;
  /** True for an arrow between two places that stands for several routes, or none. */
  schematic: boolean;
}

/** Some or all features of a geodata layer, drawn as lines or areas. */
export interface MapGeoLayer {
  /** The scene layer's id. */
  layer: string;
  /** The geodata layer it draws (content/geodata/layers.yaml). */
  data: string;
  /** Ids of the features shown, or null for all. */
  show: string[] | null;
  /** Lines draw themselves as they appear. */
  draw: boolean;
}

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

/** Everything a step's labels and layers can refer to. */
export interface StateContext {
  scene: Scene;
  /** The day the story speaks as of (content/story.yaml `asOf`). */
  storyAsOf: string;
  partners: readonly IlrsPartner[];
  places: ReadonlyMap<string, { name: string; at: [number, number] }>;
  countryLabelPoints: ReadonlyMap<string, { name: string; at: [number, number] }>;
  /** Flows by id. */
  flows: ReadonlyMap<string, Flow>;
  /** Country groups by id. */
  groups: ReadonlyMap<string, CountryGroup>;
}

/** Width of a sanctions arrow, in pixels (a symbol, not a quantity). */
export const SANCTIONS_WIDTH = 2;
/** The energy flows' scale: million tonnes of oil equivalent a year per pixel of line width. */
export const MTOE_PER_PX = 4;

/** An energy flow's width in pixels, to scale (`MTOE_PER_PX`): no minimum, so every width can be compared. */
export function energyWidth(mtoe: number): number {
  return Math.round((mtoe / MTOE_PER_PX) * 100) / 100;
}

/** The partners that had joined by `asOf` (signed on or before it, or listed on or before it). */
export function partnersAsOf(partners: readonly IlrsPartner[], asOf: string): IlrsPartner[] {
  const day = parseContentDate(asOf)?.end;
  if (!day) throw new Error(`asOf: not a content date: "${asOf}"`);
  return partners.filter((p) => {
    const joined = p.signed ?? p.listed;
    const start = joined ? parseContentDate(joined)?.start : undefined;
    return start !== undefined && start <= day;
  });
}

function partnerRole(p: IlrsPartner): Role {
  if (p.role === 'founder') return 'founder';
  return p.signed === null ? 'listed' : 'partner';
}

function partnerNote(p: IlrsPartner): string {
  if (p.signed !== null) return formatShortDate(p.signed);
  return `listed ${formatShortDate(p.listed as string)}; date unverified`;
}

/** Resolves a step's frontmatter into the map state the renderer draws. */
export function resolveMapState(stepId: string, step: Step, previous: Step | undefined, context: StateContext): MapState {
  const { scene } = context;
  const layers = step.layers.map((entry) => {
    const layer = scene.layers.find((l) => l.id === entry.id);
    if (!layer) throw new Error(`step "${stepId}": unknown layer "${entry.id}" in scene "${step.scene}"`);
    return { ...layer, show: 'show' in entry ? (entry.show ?? null) : null };
  });
  const kinds = new Set(layers.map((l) => l.kind));
  const roles = new Map<string, Role>();
  const markers: MapMarker[] = [];

  if (kinds.has('ilrs-partners')) {
    if (!step.asOf) throw new Error(`step "${stepId}": the ilrs-partners layer needs an \`asOf\` date`);
    const before = previous?.asOf && previous.scene === step.scene ? partnersAsOf(context.partners, previous.asOf) : [];
    const known = new Set(before.map((p) => p.country));
    for (const p of partnersAsOf(context.partners, step.asOf)) {
      const role = partnerRole(p);
      roles.set(p.country, role);
      markers.push({ id: p.country, at: p.capital, role, label: p.name, note: partnerNote(p), fresh: !known.has(p.country) });
    }
  }
  for (const h of step.highlight) {
    if (h.group !== undefined) {
      const group = context.groups.get(h.group);
      if (!group) throw new Error(`step "${stepId}": unknown country group "${h.group}"`);
      for (const code of group.members) roles.set(code, h.role);
    } else {
      roles.set(h.country as string, h.role);
    }
  }

  const flows: MapFlow[] = [];
  for (const layer of layers.filter((l) => l.kind === 'flows')) {
    const ids = layer.show ?? [...context.flows.keys()];
    for (const id of ids) {
      const flow = context.flows.get(id);
      if (!flow) throw new Error(`step "${stepId}": unknown flow "${id}"`);
      const from = context.places.get(flow.from);
      const to = context.places.get(flow.to);
      if (!from || !to) throw new Error(`flow "${id}": unknown place "${from ? flow.to : flow.from}"`);
      flows.push({
        id,
        kind: flow.kind,
        label: flow.label,
        from: from.at,
        to: to.at,
        ...(flow.route ? { route: flow.route } : {}),
        width: flow.volume ? energyWidth(flow.volume.mtoe) : SANCTIONS_WIDTH,
        schematic: flow.route === undefined,
      });
    }
  }
  const geoLayers = (kind: 'lines' | 'areas'): MapGeoLayer[] =>
    layers
      .filter((l) => l.kind === kind)
      .map((l) => ({ layer: l.id, data: l.data as string, show: l.show, draw: l.draw }));

  const labels: MapLabel[] = step.labels.map((label) => {
    if (label.country !== undefined) {
      const point = context.countryLabelPoints.get(label.country);
      if (!point) throw new Error(`step "${stepId}": no label point for country "${label.country}"`);
      return { id: `country-${label.country}`, at: point.at, text: label.text ?? point.name, dot: false };
    }
    const place = context.places.get(label.place as string);
    if (!place) throw new Error(`step "${stepId}": unknown place "${label.place}"`);
    return { id: `place-${label.place}`, at: place.at, text: label.text ?? place.name, dot: true };
  });
  const asOf = step.asOf ?? context.storyAsOf;

  return {
    step: stepId,
    scene: step.scene,
    projection: scene.projection,
    view: step.view,
    roles: [...roles],
    markers,
    labels,
    flows,
    lines: geoLayers('lines'),
    areas: geoLayers('areas'),
    moonInset: layers.find((l) => l.kind === 'moon-inset')?.title ?? null,
    description: step.description,
    asOf,
    since: startsAfter(asOf, context.storyAsOf),
    borderAreas: [],
    key: [],
  };
}
