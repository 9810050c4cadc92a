/**
 * A map's key, derived from what its step shows: one entry per role its countries are drawn in and per style
 * of line, area or arrow it draws, worded by the scene's legend (or the step's own `key`), with `{countries}`
 * naming the countries drawn in that role at that step. The checks here keep keys and maps saying the same.
 */
import { energyWidth } from '../layers/flows';
import type { KindDataSet } from '../layers/kind-data';
import type { FeatureClasses, ShownKeys } from '../layers/layer-kind';
import { LAYER_KINDS } from '../layers/registry';
import type { MapState } from './map-state';
import type { LegendEntry, Role, Scene, Step } from '../content/schemas';

export type { FeatureClasses, ShownKeys };

/** One entry of a map's key. */
export interface KeyEntry {
  /** "role:<role>" or "style:<style>", unique in a key. */
  key: string;
  /** The role whose fill it shows. */
  role?: Role;
  /** The style key whose line, area or arrow it shows ("flow:energy", "line:claims:indian-claim"). */
  style?: string;
  /** What it means on this map. */
  label: string;
  /** For a mark sized by value: reference values and their widths on the map, in pixels. */
  sizes?: { value: number; width: number }[];
  /** The unit of `sizes`. */
  unit?: string;
}

/** The roles and style keys a state draws, each layer kind's in the registry's order. */
export function shownKeys(state: MapState, classes: FeatureClasses): ShownKeys {
  const roles = new Set<Role>();
  const styles = new Set<string>();
  for (const kind of LAYER_KINDS) {
    const shown = kind.shownKeys?.(state, classes);
    for (const role of shown?.roles ?? []) roles.add(role);
    for (const style of shown?.styles ?? []) styles.add(style);
  }
  return { roles: [...roles], styles: [...styles] };
}

/** A legend entry's key: "role:<role>" or "style:<style>". */
export function entryKey(entry: Pick<LegendEntry, 'role' | 'style'>): string {
  return entry.role !== undefined ? `role:${entry.role}` : `style:${entry.style ?? ''}`;
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** What the key needs besides the state: the scene's legend, the step's own entries and how to name countries. */
export interface KeyContext {
  scene: Pick<Scene, 'legend'>;
  step: Pick<Step, 'highlight' | 'key'>;
  /** A country's name by its code. */
  countryName(code: string): string;
  /** The layer kinds' own data, by collection (a group's name, for one). */
  kindData: KindDataSet;
  /** The key's entry for disputed or occupied areas (hatched), added when any is in view. */
  borders: LegendEntry;
}

/** The countries a step draws in `role`, named by each layer kind that draws countries in roles, each once. */
function roleNames(role: Role, state: MapState, context: KeyContext): string[] {
  return [...new Set(LAYER_KINDS.flatMap((kind) => kind.roleNames?.(role, state, context) ?? []))];
}

/** The state's key, in the scene legend's order (the step's own entries in their place, or after). */
export function resolveKey(state: MapState, shown: ShownKeys, context: KeyContext): KeyEntry[] {
  const legend = [...context.scene.legend, context.borders];
  const own = context.step.key;
  const wanted = new Set([...shown.roles.map((role) => entryKey({ role })), ...shown.styles.map((style) => entryKey({ style }))]);
  const ordered = [...legend, ...own.filter((o) => !legend.some((l) => entryKey(l) === entryKey(o)))];
  const entries: KeyEntry[] = [];
  for (const base of ordered) {
    const key = entryKey(base);
    if (!wanted.has(key)) continue;
    const entry = own.find((o) => entryKey(o) === key) ?? base;
    const label = entry.role ? entry.label.replace('{countries}', listNames(roleNames(entry.role, state, context))) : entry.label;
    entries.push({
      key,
      ...(entry.role ? { role: entry.role } : { style: entry.style }),
      label,
      ...(entry.sizes ? { sizes: entry.sizes.map((value) => ({ value, width: energyWidth(value) })), unit: entry.unit } : {}),
    });
  }
  return entries;
}

/**
 * Where a step's key and map would disagree: something drawn that no entry explains, a step's own entry for
 * something not drawn, and each layer kind's own checks (flows: an arrow standing for routes it does not follow
 * without the word "schematic", or a sized mark whose key neither gives reference sizes nor says it is not to scale).
 */
export function keyProblems(state: MapState, shown: ShownKeys, context: KeyContext, files: { step: string; scene: string }): string[] {
  const problems: string[] = [];
  const legend = [...context.scene.legend, context.borders, ...context.step.key];
  const has = (key: string) => legend.some((e) => entryKey(e) === key);
  for (const role of shown.roles) {
    if (!has(entryKey({ role }))) problems.push(`${files.scene}: legend: step "${state.step}" draws countries as "${role}", which the key does not explain; add \`- role: ${role}\` with a label`);
  }
  // A layer's lines or areas are explained by an entry for the layer, or by one for each class it draws.
  for (const layer of shown.styles.filter((s) => s.split(':').length === 2)) {
    if (has(entryKey({ style: layer }))) continue;
    const classes = shown.styles.filter((s) => s.startsWith(`${layer}:`));
    const missing = classes.length === 0 ? [layer] : classes.filter((s) => !has(entryKey({ style: s })));
    for (const style of missing) {
      problems.push(`${files.scene}: legend: step "${state.step}" draws ${style}, which the key does not explain; add \`- style: ${style}\` with a label`);
    }
  }
  const drawn = new Set([...shown.roles.map((role) => entryKey({ role })), ...shown.styles.map((style) => entryKey({ style }))]);
  context.step.key.forEach((entry, i) => {
    if (!drawn.has(entryKey(entry))) {
      problems.push(`${files.step}: key[${i}]: the map at this step does not show ${entry.role ? `countries as "${entry.role}"` : entry.style}; remove the entry, or show what it explains`);
    }
  });
  for (const kind of LAYER_KINDS) problems.push(...(kind.keyProblems?.(state, context, files) ?? []));
  return problems;
}

/** Scene legend entries that no step of the scene draws: a key must not promise what its map never shows. */
export function unusedLegendEntries(scene: Pick<Scene, 'legend'>, shown: readonly ShownKeys[], file: string): string[] {
  const drawn = new Set(shown.flatMap((s) => [...s.roles.map((role) => entryKey({ role })), ...s.styles.map((style) => entryKey({ style }))]));
  return scene.legend.flatMap((entry, i) =>
    drawn.has(entryKey(entry)) ? [] : [`${file}: legend[${i}]: no step of the scene draws ${entry.role ? `countries as "${entry.role}"` : entry.style}; remove the entry`],
  );
}
