/**
 * The map-state picker's output (src/dev/): a step's map fields as YAML frontmatter, in the order and style of
 * content/steps/ (block keys, one flow mapping per highlight, layer or label). Every value is written so that
 * YAML reads it back as what was picked: ids and roles plain where no YAML reader could take them for another
 * type, everything else as a double-quoted (JSON) string; the content schema (stepSchema) is what accepts it.
 */
import type { z } from 'astro/zod';
import type { stepSchema } from '../content/schemas';

/** The frontmatter fields the picker sets: the map state of a step, and the description screen readers need. */
export type PickedStep = Pick<z.input<typeof stepSchema>, 'scene' | 'view' | 'asOf' | 'highlight' | 'layers' | 'labels' | 'description'>;

/** A word YAML reads as a string as it stands (an id, a role): not a number, boolean, null or date. */
const PLAIN = /^[a-z][a-z0-9-]*$/i;
/** Words YAML 1.1 readers take for booleans or null. */
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;
/** Where a folded description wraps. */
const WIDTH = 100;

/**
 * A string double-quoted: JSON's escapes are YAML's, and what JSON leaves raw that YAML's printable set excludes or
 * YAML 1.1 reads as a line break (C1 controls, line and paragraph separators, byte-order marks, non-characters) is
 * escaped too.
 */
export function yamlQuoted(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A string or number as a YAML scalar. */
export function yamlScalar(value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  return PLAIN.test(value) && !RESERVED.test(value) ? value : yamlQuoted(value);
}

/** A value in YAML's flow style: `[a, b]`, `{ key: value }`; undefined members are left out. */
export function yamlFlow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlFlow).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{ ${entries.map(([k, v]) => `${k}: ${yamlFlow(v)}`).join(', ')} }`;
  }
  if (typeof value === 'string' || typeof value === 'number') return yamlScalar(value);
  throw new Error(`cannot write ${typeof value} as YAML`);
}

/**
 * A text as a folded block (`>-`, wrapped at spaces) where folding gives it back exactly — one line, single
 * spaces, nothing at either end — else as a quoted string.
 */
export function yamlText(text: string, indent = '  '): string {
  // Line breaks of any kind, tabs, control characters and runs of spaces would not fold back as they are.
  if (text === '' || /[\n\r\t\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]| {2}|^\s|\s$/.test(text)) return yamlQuoted(text);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return `>-\n${lines.map((l) => indent + l).join('\n')}`;
}

/** A block sequence of flow values under `key`, or nothing when it is empty (the schema's default). */
function list(key: string, items: readonly unknown[] | undefined): string[] {
  return items && items.length > 0 ? [`${key}:`, ...items.map((item) => `  - ${yamlFlow(item)}`)] : [];
}

/** The picked fields as frontmatter lines (without the `---` fences), ending in a newline. */
export function stepYaml(step: PickedStep): string {
  const view = Object.entries(step.view).filter(([, v]) => v !== undefined);
  return [
    `scene: ${yamlScalar(step.scene)}`,
    'view:',
    ...view.map(([key, value]) => `  ${key}: ${yamlFlow(value)}`),
    ...(step.asOf ? [`asOf: ${yamlQuoted(step.asOf)}`] : []),
    ...list('layers', step.layers),
    ...list('highlight', step.highlight),
    ...list('labels', step.labels),
    `description: ${yamlText(step.description ?? '')}`,
    '',
  ].join('\n');
}
