/**
 * Checks across collections that a single schema cannot see: that steps name scenes, layers, sources and (in
 * links in their prose) steps that exist, that anchors are unique, that prose is not empty and that no date is
 * later than the story's own "updated" date; each layer kind (src/lib/layers/) checks what refers to it. Each
 * problem names the file, the field and the fix.
 *
 * Not Astro's `reference()`: Astro 7 only logs an id that names no entry and builds on, and names the entry
 * rather than its file; its schema lives in `astro:content`, which the pure schemas and their tests cannot load,
 * and it turns each id into `{ collection, id }`. Some ids are not entry ids either (a correction names a step
 * by its anchor, a step's layer a layer of its scene).
 */
import type { BorderArea } from './border-area-schema';
import { parseContentDate } from './dates';
import type { Correction } from './editorial-schemas';
import type { GeoLayer, Scene, Step, Story } from './schemas';
import { framingProblems } from './validate-framing';
import type { KindDataSet } from '../layers/kind-data';
import type { CheckTools } from '../layers/layer-kind';
import { LAYER_KINDS } from '../layers/registry';

/** A step as the checks see it. */
export interface StepEntry {
  /** The step's anchor id. */
  anchor: string;
  /** Where it was loaded from, relative to the project root. */
  file: string;
  data: Step;
  /** The Markdown body. */
  body: string;
}

/** Everything the checks read. */
export interface StoryEntries {
  story: { file: string; data: Story };
  steps: readonly StepEntry[];
  scenes: ReadonlyMap<string, Scene>;
  sourceIds: ReadonlySet<string>;
  /** Places (content/geodata/places.geojson) and where they are. */
  places: ReadonlyMap<string, readonly [number, number]>;
  /** The layer kinds' own data files (the ILRS partners, flows, country groups), by collection. */
  kindData: KindDataSet;
  /** Geodata layers (content/geodata/layers.yaml) and the feature ids each holds. */
  geoLayers: ReadonlyMap<string, { file: string; data: GeoLayer; featureIds: ReadonlySet<string> }>;
  /** Disputed and occupied areas (content/geodata/borders.yaml). */
  borderAreas: readonly { file: string; id: string; data: BorderArea }[];
  /** Corrections and updates (content/corrections.yaml). */
  corrections: readonly { file: string; id: string; data: Correction }[];
}

/** The day of the story's last correction or update: the story's "updated" date. */
export function lastUpdate(corrections: readonly { data: Pick<Correction, 'date'> }[]): string | null {
  return corrections.map((c) => c.data.date).sort().at(-1) ?? null;
}

const list = (ids: Iterable<string>) => [...ids].sort().join(', ');
const kindNamed = (name: string) => LAYER_KINDS.find((k) => k.name === name);

/** The ids that in-page links in a step's Markdown point at: `[text](#id)` and `href="#id"`. */
export function linkedIds(markdown: string): string[] {
  const decode = (id: string) => {
    try {
      return decodeURIComponent(id);
    } catch {
      return id;
    }
  };
  return [...markdown.matchAll(/\]\(\s*#([^)\s]+)|href=["']#([^"']+)["']/g)].map((m) => decode(m[1] ?? m[2]));
}

/** Derives a step's anchor from its file name: "010-ilrs-agreement.md" → "ilrs-agreement". */
export function anchorFromFile(fileName: string): string {
  return fileName.replace(/^.*\//, '').replace(/\.md$/, '').replace(/^\d+-/, '');
}

/** Returns every problem found; an empty list means the story is consistent. */
export function storyProblems(entries: StoryEntries): string[] {
  const problems: string[] = [];
  const updated = lastUpdate(entries.corrections) ?? entries.story.data.asOf;
  const CORRECTIONS_FILE = 'content/corrections.yaml';
  const tooLate = (file: string, field: string, value: string | null | undefined) => {
    const start = value ? parseContentDate(value)?.start : undefined;
    if (start && start > updated) {
      problems.push(`${file}: ${field}: "${value}" is later than the story's last update, ${updated} (${CORRECTIONS_FILE}); correct the date, or log the update in ${CORRECTIONS_FILE}`);
    }
  };

  const checkSources = (file: string, field: string, ids: readonly string[]) =>
    ids.forEach((id, i) => {
      if (!entries.sourceIds.has(id)) problems.push(`${file}: ${field}[${i}]: unknown source id "${id}"; add it to content/sources.yaml or fix the id`);
    });

  const tools: CheckTools = { entries, report: (problem) => problems.push(problem), checkSources, tooLate, list };
  for (const [sceneId, scene] of entries.scenes) {
    const file = `content/scenes/${sceneId}.yaml`;
    scene.layers.forEach((layer, i) => kindNamed(layer.kind)?.checkSceneLayer?.(layer, i, { file, data: scene }, tools));
  }
  for (const kind of LAYER_KINDS) kind.checkData?.(tools);

  const anchors = new Set(entries.steps.map((s) => s.anchor));
  /** What else on the story page a step's prose may link to: the story's start, the sources list and its entries. */
  const pageIds = new Set(['story', 'sources', ...[...entries.sourceIds].map((id) => `source-${id}`)]);
  const seen = new Map<string, string>();
  for (const step of entries.steps) {
    const { file, data } = step;
    const other = seen.get(step.anchor);
    if (other) problems.push(`${file}: file name: duplicate step id "${step.anchor}" (also ${other}); rename one of the files`);
    seen.set(step.anchor, file);

    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(step.anchor)) {
      problems.push(`${file}: file name: step id "${step.anchor}" must be lowercase words joined by hyphens, after an order number (e.g. 010-ilrs-agreement.md)`);
    }
    for (const id of linkedIds(step.body)) {
      if (!anchors.has(id) && !pageIds.has(id)) {
        problems.push(`${file}: body: the link to "#${id}" names no step; link to a step by its id, its file name without the order number (known: ${list(anchors)})`);
      }
    }
    if (step.body.trim() === '') problems.push(`${file}: body: the step has no prose; write its passage of the article below the frontmatter`);

    const scene = entries.scenes.get(data.scene);
    if (!scene) {
      problems.push(`${file}: scene: unknown scene "${data.scene}"; use a scene from content/scenes/ (known: ${list(entries.scenes.keys())})`);
    } else {
      const checked = { file, data, scene };
      data.layers.forEach((entry, i) => {
        const layer = scene.layers.find((l) => l.id === entry.id);
        if (!layer) {
          problems.push(`${file}: layers[${i}]: unknown layer "${entry.id}" in scene "${data.scene}"; use one of the scene's layers or add it to content/scenes/${data.scene}.yaml (known: ${list(scene.layers.map((l) => l.id)) || 'none'})`);
          return;
        }
        const kind = kindNamed(layer.kind);
        kind?.checkStepLayer?.(entry, i, checked, tools);
        if (!('show' in entry) || !entry.show) return;
        const showable = kind?.showable?.(layer, entries);
        if (!showable) {
          problems.push(`${file}: layers[${i}].show: layer "${entry.id}" (${layer.kind}) has no features to choose from; list the layer without \`show\``);
          return;
        }
        // An unknown geodata layer is reported once, on the scene; the step's `show` cannot be checked.
        const { known, noun, hint } = showable;
        if (!known) return;
        entry.show.forEach((id, j) => {
          if (!known.has(id)) problems.push(`${file}: layers[${i}].show[${j}]: unknown ${noun} "${id}" in layer "${entry.id}"; use ${hint} (known: ${list(known)})`);
        });
      });
    }
    for (const kind of LAYER_KINDS) kind.checkStep?.({ file, data, scene }, tools);
    checkSources(file, 'sources', data.sources);
    tooLate(file, 'asOf', data.asOf);
    data.since.forEach((fact, i) => {
      checkSources(file, `since[${i}].sources`, fact.sources);
      tooLate(file, `since[${i}].date`, fact.date);
    });
  }

  for (const [id, geo] of entries.geoLayers) {
    for (const [feature, facts] of Object.entries(geo.data.facts ?? {})) {
      if (!geo.featureIds.has(feature)) problems.push(`${geo.file}: ${id}.facts.${feature}: no feature "${feature}" in ${geo.data.file}; use a feature id of the layer`);
      facts.forEach((fact, i) => {
        checkSources(geo.file, `${id}.facts.${feature}[${i}].sources`, fact.sources);
        tooLate(geo.file, `${id}.facts.${feature}[${i}].date`, fact.date);
      });
    }
  }
  for (const { file, id, data } of entries.corrections) {
    data.steps.forEach((step, i) => {
      if (!anchors.has(step)) problems.push(`${file}: ${id}.steps[${i}]: unknown step "${step}"; name a step by its id (known: ${list(anchors)})`);
    });
  }
  problems.push(...framingProblems(entries));
  return problems;
}
