/**
 * Flows (content/data/flows.yaml): sanctions and counter-sanctions as arrows between capitals, energy exports as
 * arrows or along their pipeline, their width to scale by volume.
 */
import { z } from 'astro/zod';
import type { Position } from 'geojson';
import { formatLongDate, startsAfter } from '../content/dates';
import { contentDate } from '../content/schema-primitives';
import type { Flow, LegendEntry } from '../content/schemas';
import { curvedArrow, headAlong } from '../render/flow-arrow';
import { labelLines, pointsPath } from '../render/frame-parts';
import type { SceneGeometry } from '../render/render-frame';
import { PLACES_FILE } from './labels';
import { entriesOf, entryById, type KindData } from './kind-data';
import type { LayerDrawing } from './layer-drawing';
import { textFacts, type LayerKind } from './layer-kind';

/** A dated measure behind a flow, e.g. one sanctions package. */
export const measureSchema = z
  .object({
    /** When it was taken. */
    date: contentDate,
    /** What it was, in one line. */
    text: z.string().min(1),
    /** Ids of the sources behind it. */
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** A flow between places (content/data/flows.yaml): sanctions, counter-sanctions or energy exports. */
export const flowSchema = z
  .object({
    /** Where it starts: a place id. */
    from: z.string().min(1),
    /** Where it ends: a place id. */
    to: z.string().min(1),
    /** What kind of flow it is; each kind has its own line style, not only its own colour. */
    kind: z.enum(['sanctions', 'counter-sanctions', 'energy']),
    /** The label on the map. */
    label: z.string().min(1),
    /** For energy flows drawn along a pipeline: the route, as a feature of a geodata layer. */
    route: z.object({ data: z.string().min(1), feature: z.string().min(1) }).strict().optional(),
    /** For energy flows: how much, which sets the line's width. */
    volume: z
      .object({
        /** As reported, e.g. "83.57 Mt of crude oil". */
        amount: z.string().min(1),
        /** The year the amount is for. */
        year: contentDate,
        /** The same in million tonnes of oil equivalent, the common unit that sets the width. */
        mtoe: z.number().positive(),
      })
      .strict()
      .optional(),
    /** The dated measures or figures behind the flow. */
    measures: z.array(measureSchema).min(1),
  })
  .strict()
  .refine((f) => (f.kind === 'energy') === (f.volume !== undefined), {
    error: 'energy flows give a `volume` (which sets their width); sanctions flows do not',
  });

/** The flows' data file: each flow cites the sources of its measures. */
export const flowsData: KindData<typeof flowSchema> = {
  collection: 'flows',
  file: 'content/data/flows.yaml',
  schema: flowSchema,
  sources: (flow) => flow.measures.flatMap((m) => m.sources),
  prose: (flow) => [['label', flow.label], ...flow.measures.map((m, i): [string, string] => [`measures[${i}].text`, m.text])],
};

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

/** Width of a sanctions arrow, in pixels (a symbol, not a quantity). */
export const SANCTIONS_WIDTH = 2;
/** The energy flows' scale: million tonnes of oil equivalent a year per pixel of line width. */
export const MTOE_PER_PX = 4;

/** An energy flow's width in pixels, to scale (`MTOE_PER_PX`): no minimum, so every width can be compared. */
export function energyWidth(mtoe: number): number {
  return Math.round((mtoe / MTOE_PER_PX) * 100) / 100;
}

export const flows: LayerKind = {
  name: 'flows',
  sceneLayer: { data: false, fade: false },
  legendStyle: 'flow:<kind>',
  data: [flowsData],
  resolve(draft, { stepId, context, layers }) {
    for (const layer of layers) {
      const ids = layer.show ?? entriesOf(context.kindData, flowsData).map((f) => f.id);
      for (const id of ids) {
        const flow = entryById(context.kindData, flowsData, id);
        if (!flow) throw new Error(`step "${stepId}": unknown flow "${id}"`);
        const from = context.places.get(flow.from);
        const to = context.places.get(flow.to);
        if (!from || !to) throw new Error(`flow "${id}": unknown place "${from ? flow.to : flow.from}"`);
        draft.flows.push({
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
  },
  shownKeys: (state) => ({ styles: state.flows.map((f) => `flow:${f.kind}`) }),
  geodata: (state) => state.flows.flatMap((f) => (f.route ? [[f.route.data, [f.route.feature]] as [string, string[]]] : [])),
  keyProblems(state, context, files) {
    const problems: string[] = [];
    const entryFor = (style: string): LegendEntry | undefined => [...context.step.key, ...context.scene.legend].find((e) => e.style === style);
    for (const kind of new Set(state.flows.filter((f) => f.schematic).map((f) => f.kind))) {
      const entry = entryFor(`flow:${kind}`);
      if (entry && !/schematic/i.test(entry.label)) {
        problems.push(`${files.scene}: legend: the "flow:${kind}" entry must say the arrows are schematic: step "${state.step}" draws them between places, not along their routes`);
      }
    }
    if (state.flows.some((f) => f.kind === 'energy')) {
      const entry = entryFor('flow:energy');
      if (entry && !entry.sizes && !/not to scale/i.test(entry.label)) {
        problems.push(`${files.scene}: legend: the "flow:energy" entry: energy flows are drawn to scale, so give reference \`sizes\` and their \`unit\` (or say "not to scale" in the label)`);
      }
    }
    return problems;
  },
  csvRows: ({ anchor, state }, context) =>
    state.flows.flatMap((f) =>
      (entryById(context.kindData, flowsData, f.id)?.measures ?? []).map((measure) => [anchor, `flow:${f.kind}`, f.id, f.label, f.kind, measure.date, measure.text, measure.sources.join(' ')]),
    ),
  text: (state, context) =>
    state.flows.map((f) => ({ type: 'facts', id: 'flow', numbered: true, title: f.label, facts: textFacts(entryById(context.kindData, flowsData, f.id)?.measures ?? [], context.storyAsOf) })),
  checkData({ entries, report, checkSources, tooLate }) {
    for (const { file, id, data } of entriesOf(entries.kindData, flowsData)) {
      for (const field of ['from', 'to'] as const) {
        if (!entries.places.has(data[field])) report(`${file}: ${id}.${field}: unknown place "${data[field]}"; use a place id from ${PLACES_FILE} or add the place there`);
      }
      if (data.route) {
        const geo = entries.geoLayers.get(data.route.data);
        if (!geo?.featureIds.has(data.route.feature)) {
          report(`${file}: ${id}.route: no feature "${data.route.feature}" in geodata layer "${data.route.data}"; name a feature of a lines layer in content/geodata/layers.yaml`);
        } else if (geo.data.geometry !== 'lines') {
          report(`${file}: ${id}.route: geodata layer "${data.route.data}" holds ${geo.data.geometry}; route the flow along a feature of a lines layer`);
        }
      }
      data.measures.forEach((m, i) => {
        checkSources(file, `${id}.measures[${i}].sources`, m.sources);
        tooLate(file, `${id}.measures[${i}].date`, m.date);
      });
      if (data.volume) tooLate(file, `${id}.volume.year`, data.volume.year);
    }
  },
  checkStepLayer(entry, _i, { data, scene }, { entries, report }) {
    for (const flowId of ('show' in entry && entry.show) || entriesOf(entries.kindData, flowsData).map((f) => f.id)) {
      const route = entryById(entries.kindData, flowsData, flowId)?.route;
      const credit = route ? entries.geoLayers.get(route.data)?.data.credit : undefined;
      if (credit && !scene.credits.includes(credit)) {
        report(`content/scenes/${data.scene}.yaml: credits: flow "${flowId}" follows "${route?.data}", so the scene must credit "${credit}"; add that line to the scene's credits`);
      }
    }
  },
  // A flow drawn on a map that speaks as of a day before the flow began.
  checkFraming({ file, data, scene }, day, { entries, report }) {
    for (const entry of data.layers) {
      if (scene?.layers.find((l) => l.id === entry.id)?.kind !== 'flows') continue;
      for (const id of ('show' in entry && entry.show) || entriesOf(entries.kindData, flowsData).map((f) => f.id)) {
        const first = entryById(entries.kindData, flowsData, id)?.measures.map((m) => m.date).sort()[0];
        if (first && startsAfter(first, day)) {
          report(`${file}: layers: flow "${id}" begins on ${formatLongDate(first)}, after the day this map shows (${formatLongDate(day)}); give the step an \`asOf\` on or after it to frame the map "Since then", or leave the flow out`);
        }
      }
    }
  },
  showable: (_layer, entries) => ({ known: new Set(entriesOf(entries.kindData, flowsData).map((f) => f.id)), noun: 'flow', hint: `a flow id from ${flowsData.file}` }),
  geoJson(state, context, add) {
    for (const f of state.flows) {
      const route = f.route ? context.layers[f.route.data]?.find((x) => x.id === f.route?.feature)?.geometry : undefined;
      const measures = entryById(context.kindData, flowsData, f.id)?.measures ?? [];
      add(`flow-${f.id}`, route ?? { type: 'LineString', coordinates: [f.from, f.to] }, {
        kind: f.kind,
        name: f.label,
        measures: measures.map((m) => `${m.date}: ${m.text}`),
      });
    }
  },
};

/** How flows draw: a curved arrow between two places, or an arrow along the pipeline it follows, and its label. */
/** A route's line parts: a flow along a pipeline follows its geodata feature. */
function routeParts(flow: MapFlow, geometry: SceneGeometry): Position[][] {
  const feature = flow.route ? geometry.layers.get(flow.route.data)?.find((f) => f.id === flow.route?.feature) : undefined;
  const g = feature?.geometry;
  if (!g || (g.type !== 'LineString' && g.type !== 'MultiLineString')) {
    throw new Error(`flow "${flow.id}": route ${flow.route?.data}/${flow.route?.feature} is not a line in the scene's geometry`);
  }
  return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}

export const flowsDrawing: LayerDrawing = {
  name: 'flows',
  drawOverlay(draft, { state, geometry, placer }) {
    for (const flow of state.flows) {
      if (flow.route) {
        const parts = placer.line(routeParts(flow, geometry));
        // The head goes at the end of the last part of a multi-part line.
        const points = parts.at(-1) ?? [];
        const head = headAlong(points, flow.width);
        const shaft = pointsPath(parts);
        if (!head || !shaft) continue;
        draft.flows.push({ id: flow.id, kind: flow.kind, shaft, head, width: flow.width });
        const middle = points[Math.floor(points.length / 2)];
        draft.candidates.push({ id: `flow-${flow.id}`, x: middle[0], y: middle[1], lines: labelLines(flow.label), priority: 2.5 });
        continue;
      }
      const a = placer.point(flow.from);
      const b = placer.point(flow.to);
      if (!a || !b) continue;
      const arrow = curvedArrow([a[0], a[1]], [b[0], b[1]], flow.width);
      draft.flows.push({ id: flow.id, kind: flow.kind, shaft: arrow.shaft, head: arrow.head, width: flow.width });
      draft.candidates.push({ id: `flow-${flow.id}`, x: arrow.middle[0], y: arrow.middle[1], lines: labelLines(flow.label), priority: 2.5 });
    }
  },
};
