/**
 * The markup of a step's legend in the map's key: what the step's map shows (its `key`, lib/state/map-key.ts), and
 * "Since then" with its day when the map shows a later day than the story's. Written on the server into every
 * key (MapKey.svelte) and by the live map's panel (browser/map-panel.ts) for the step it shows: one template.
 */
import { formatLongDate } from '../content/dates';
import { escapeXml } from './escape-xml';
import type { KeyEntry } from '../state/map-key';
import type { MapState } from '../state/map-state';

/** What a legend needs of a step's state. */
export type LegendStep = Pick<MapState, 'step' | 'key' | 'asOf' | 'since'>;

/** A legend line's swatch: a role's fill, or a style's area and line. */
function swatchMarkup(entry: KeyEntry): string {
  if (entry.role) return `<span class="swatch" data-role="${escapeXml(entry.role)}" aria-hidden="true"></span>`;
  return `<svg class="swatch-line" data-style="${escapeXml(entry.style ?? '')}" viewBox="0 0 24 12" aria-hidden="true"><rect class="swatch-area" x="1" y="1" width="22" height="10"/><path class="swatch-stroke" d="M2 6H22"/></svg>`;
}

/**
 * Reference widths of a sized mark at the map's scale, each with its value (kept together where a narrow key
 * wraps them), then the unit.
 */
function sizesMarkup(entry: KeyEntry): string {
  if (!entry.sizes) return '';
  const sizes = entry.sizes.map(({ value, width }) => {
    const height = Math.ceil(width) + 4;
    return `<span class="key-size-sample"><svg class="key-size" width="24" height="${height}" aria-hidden="true"><path class="key-size-stroke" d="M0 ${height / 2}H24" stroke-width="${width}"/></svg> ${value}</span>`;
  });
  return ` <span class="key-sizes">${sizes.join(' ')} ${escapeXml(entry.unit ?? '')}</span>`;
}

/**
 * Each line of a step's legend, as markup (`<li>`): the live map's panel keeps the lines a step shares with the step
 * before rather than writing them again.
 */
export function legendLines(step: LegendStep): string[] {
  return [
    ...(step.since ? [`<li class="map-since"><strong>Since then:</strong>&nbsp;as of ${formatLongDate(step.asOf)}</li>`] : []),
    ...step.key.map((entry) => `<li data-key="${escapeXml(entry.key)}">${swatchMarkup(entry)}<span>${escapeXml(entry.label)}${sizesMarkup(entry)}</span></li>`),
  ];
}

/** The list of a legend's lines; nothing for none. */
export function legendListMarkup(lines: readonly string[]): string {
  return lines.length > 0 ? `<ul class="legend">${lines.join('')}</ul>` : '';
}

/**
 * One step's legend; `shown` marks the one its key shows. A step with nothing to list has an empty one. `lines`:
 * the step's lines where the caller has them already.
 */
export function legendMarkup(step: LegendStep, shown: boolean, lines: readonly string[] = legendLines(step)): string {
  const list = legendListMarkup(lines);
  return `<div class="map-key-step" data-step="${escapeXml(step.step)}"${shown ? ' data-shown=""' : ''}>${list}</div>`;
}
