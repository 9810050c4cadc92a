/**
 * Checks across collections that a single schema cannot see: that steps name scenes, layers, sources and
 * places that exist, that anchors are unique, that prose is not empty and that no date is later than the
 * story's own "updated" date. Each problem names the file, the field and the fix.
 */
import { parseContentDate } from './dates';
import type { IlrsPartner, Scene, Step, Story } from './schemas';

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
  placeIds: ReadonlySet<string>;
  partners: readonly { file: string; id: string; data: IlrsPartner }[];
}

const list = (ids: Iterable<string>) => [...ids].sort().join(', ');

/** Derives a step's anchor from its file name: "010-ilrs-agreement.md" → "ilrs-agreement". */
export function anchorFromFile(fileName: string): string {
  return fileName.replace(/^.*\//, '').replace(/\.md$/, '').replace(/^\d+-/, '');
}

/** Returns every problem found; an empty list means the story is consistent. */
export function storyProblems(entries: StoryEntries): string[] {
  const problems: string[] = [];
  const updated = parseContentDate(entries.story.data.updated)?.end ?? '9999-12-31';
  const tooLate = (file: string, field: string, value: string | null | undefined) => {
    const start = value ? parseContentDate(value)?.start : undefined;
    if (start && start > updated) {
      problems.push(`${file}: ${field}: "${value}" is later than the story's updated date "${entries.story.data.updated}" (${entries.story.file}); correct the date or bring \`updated\` forward`);
    }
  };

  const seen = new Map<string, string>();
  for (const step of entries.steps) {
    const { file, data } = step;
    const other = seen.get(step.anchor);
    if (other) problems.push(`${file}: file name: duplicate step id "${step.anchor}" (also ${other}); rename one of the files`);
    seen.set(step.anchor, file);

    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(step.anchor)) {
      problems.push(`${file}: file name: step id "${step.anchor}" must be lowercase words joined by hyphens, after an order number (e.g. 010-ilrs-agreement.md)`);
    }
    if (step.body.trim() === '') problems.push(`${file}: body: the step has no prose; every step carries a passage of the article`);

    const scene = entries.scenes.get(data.scene);
    if (!scene) {
      problems.push(`${file}: scene: unknown scene "${data.scene}" (known: ${list(entries.scenes.keys())})`);
    } else {
      data.layers.forEach((id, i) => {
        const layer = scene.layers.find((l) => l.id === id);
        if (!layer) {
          problems.push(`${file}: layers[${i}]: unknown layer "${id}" in scene "${data.scene}" (known: ${list(scene.layers.map((l) => l.id)) || 'none'})`);
        } else if (layer.kind === 'ilrs-partners' && !data.asOf) {
          problems.push(`${file}: asOf: layer "${id}" shows partners as of a date; add \`asOf: "YYYY-MM-DD"\``);
        }
      });
    }
    data.sources.forEach((id, i) => {
      if (!entries.sourceIds.has(id)) problems.push(`${file}: sources[${i}]: unknown source id "${id}"; add it to content/sources.yaml or fix the id`);
    });
    data.labels.forEach((label, i) => {
      if (label.place !== undefined && !entries.placeIds.has(label.place)) {
        problems.push(`${file}: labels[${i}].place: unknown place "${label.place}" (known: ${list(entries.placeIds)})`);
      }
    });
    tooLate(file, 'asOf', data.asOf);
  }

  for (const { file, id, data } of entries.partners) {
    data.sources.forEach((source, i) => {
      if (!entries.sourceIds.has(source)) problems.push(`${file}: ${id}.sources[${i}]: unknown source id "${source}"; add it to content/sources.yaml or fix the id`);
    });
    tooLate(file, `${id}.signed`, data.signed);
    tooLate(file, `${id}.listed`, data.listed);
  }
  return problems;
}
