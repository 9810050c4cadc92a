/**
 * Checks of what the site adds to the article, as a standards desk reads it: time (the story speaks as of its
 * `asOf` day; anything later is framed "Since then" and carries its date, and nothing earlier is), the article's
 * sentences kept whole, and the house style of added text; each layer kind checks its own (`checkFraming`). Each
 * problem names the file, the field and the fix.
 */
import { dateMentions, formatLongDate, parseContentDate, startsAfter } from './dates';
import { houseStyleProblems, sentenceProblems } from './house-style';
import type { StoryEntries } from './validate-story';
import { LAYER_KINDS } from '../layers/registry';
import { entriesOf, kindDataFiles } from '../layers/kind-data';

/** The later of two days. */
const later = (a: string, b: string) => (a > b ? a : b);

/** The last day a step's map speaks as of: its own `asOf` (a "Since then" map; a month means its last day) or the story's. */
function stepDay(asOf: string | undefined, storyAsOf: string): string {
  const end = asOf ? parseContentDate(asOf)?.end : undefined;
  return end ? later(storyAsOf, end) : storyAsOf;
}

/** Returns the time, sentence and style problems of the story's content. */
export function framingProblems(entries: StoryEntries): string[] {
  const problems: string[] = [];
  const storyAsOf = entries.story.data.asOf;
  const storyFile = entries.story.file;
  const after = `after the story's date (${formatLongDate(storyAsOf)}, \`asOf\` in ${storyFile})`;

  /** Dates in a field read as of `day` (the story's, or a "Since then" map's). */
  const mentions = (file: string, field: string, text: string, day: string, fix: string) => {
    for (const m of dateMentions(text)) {
      if (startsAfter(m.date, day)) problems.push(`${file}: ${field}: mentions "${m.text}", ${day === storyAsOf ? after : `after the day this map shows (${formatLongDate(day)})`}; ${fix}`);
    }
  };
  const style = (file: string, field: string, text: string) => {
    for (const p of houseStyleProblems(text)) problems.push(`${file}: ${field}: ${p}`);
  };
  const sinceEntries = (file: string, field: string, since: readonly { date: string; text: string }[]) =>
    since.forEach((fact, i) => {
      if (!startsAfter(fact.date, storyAsOf)) {
        problems.push(`${file}: ${field}[${i}].date: "${fact.date}" is not ${after}: a "Since then" entry is for what happened later; put it in the map's description or the step's note instead`);
      }
      style(file, `${field}[${i}].text`, fact.text);
    });

  for (const step of entries.steps) {
    const { file, data } = step;
    const day = stepDay(data.asOf, storyAsOf);
    const laterFix = 'move it to `since` with its date, or give the step an `asOf` on or after it to frame its map "Since then"';
    mentions(file, 'description', data.description, day, laterFix);
    style(file, 'description', data.description);
    if (data.note) {
      mentions(file, 'note', data.note, storyAsOf, 'a note is on the article\'s words; later events go in `since`');
      style(file, 'note', data.note);
    }
    data.labels.forEach((label, i) => {
      if (label.text === undefined) return;
      if (!/^Since then\b/.test(label.text)) mentions(file, `labels[${i}].text`, label.text, day, `begin the label "Since then: …", or ${laterFix}`);
      style(file, `labels[${i}].text`, label.text);
    });
    data.key.forEach((entry, i) => style(file, `key[${i}].label`, entry.label));
    sinceEntries(file, 'since', data.since);
    for (const problem of sentenceProblems(step.body)) problems.push(`${file}: body: ${problem}`);

    const checked = { file, data, scene: entries.scenes.get(data.scene) };
    for (const kind of LAYER_KINDS) kind.checkFraming?.(checked, day, { entries, report: (problem) => problems.push(problem) });
  }

  // The text the layer kinds' own data adds (a flow's label and measures, a partner's agreement).
  for (const descriptor of kindDataFiles(LAYER_KINDS)) {
    for (const { file, id, data } of entriesOf(entries.kindData, descriptor)) {
      for (const [field, text] of descriptor.prose?.(data) ?? []) style(file, `${id}.${field}`, text);
    }
  }
  for (const { file, id, data } of entries.borderAreas) {
    for (const field of ['treatment', 'held', 'claimed'] as const) if (data[field]) style(file, `${id}.${field}`, data[field] as string);
    if (data.label) style(file, `${id}.label.text`, data.label.text);
    sinceEntries(file, `${id}.since`, data.since);
  }
  for (const [id, layer] of entries.geoLayers) {
    for (const [feature, facts] of Object.entries(layer.data.facts ?? {})) {
      facts.forEach((fact, i) => style(layer.file, `${id}.facts.${feature}[${i}].text`, fact.text));
    }
  }
  for (const [sceneId, scene] of entries.scenes) {
    const file = `content/scenes/${sceneId}.yaml`;
    style(file, 'title', scene.title);
    scene.legend.forEach((entry, i) => style(file, `legend[${i}].label`, entry.label));
  }
  for (const { file, id, data } of entries.corrections) style(file, `${id}.text`, data.text);
  style(storyFile, 'dek', entries.story.data.dek);
  return problems;
}
