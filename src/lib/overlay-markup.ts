/**
 * SVG markup of what a map draws at screen scale — arrows, markers, labels and the lunar inset — as the server
 * drawings write it and as the live map adds its labels and inset: one template for each.
 */
import { escapeXml } from './escape-xml';
import { labelLines, markerRadius, type FrameFlow, type FrameLabel, type FrameMarker, type FrameOverlay } from './render-frame';

/** A label: its first line as the name, a second as a note under it. */
export function labelMarkup(l: FrameLabel): string {
  const lines = l.lines
    .map((line, i) => `<tspan class="${i ? 'label-note' : 'label-name'}" x="${l.x}" dy="${i ? '1.2em' : 0}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text class="label" x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" data-id="${escapeXml(l.id)}">${lines}</text>`;
}

/** The lunar inset: the disc, its graticule, the pole and the caption. */
export function insetMarkup(inset: NonNullable<FrameOverlay['inset']>): string {
  const x = inset.anchor === 'end' ? inset.size : 0;
  const caption = labelLines(inset.caption)
    .map((line, i) => `<tspan class="label-name" x="${x}" dy="${i ? '1.2em' : 0}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<g class="moon-inset" transform="translate(${inset.x} ${inset.y})"><path class="moon-disc" d="${inset.disc}"/><path class="moon-graticule" d="${inset.graticule}"/><circle class="moon-pole" cx="${inset.pole[0]}" cy="${inset.pole[1]}" r="4"/><text class="label moon-caption" x="${x}" y="${inset.size + 16}" text-anchor="${inset.anchor}">${caption}</text></g>`;
}

/** An arrow: shaft (its width the flow's) and head. */
export function flowMarkup(f: FrameFlow): string {
  return `<g class="flow" data-id="${escapeXml(f.id)}" data-kind="${f.kind}"><path class="shaft" d="${f.shaft}" stroke-width="${f.width}"/><path class="head" d="${f.head}"/></g>`;
}

/** A marker: a partner's capital (with its role) or a labeled place. */
export function markerMarkup(m: FrameMarker): string {
  const role = m.role ? ` data-role="${m.role}"` : '';
  return `<circle class="marker" cx="${m.x}" cy="${m.y}" r="${markerRadius(m)}" data-id="${escapeXml(m.id)}"${role}/>`;
}

/** Everything a map draws at screen scale, in drawing order: arrows, markers, labels, then the inset. */
export function overlayMarkup(overlay: FrameOverlay): string {
  return [
    `<g class="flows">${overlay.flows.map(flowMarkup).join('')}</g>`,
    `<g class="markers">${overlay.markers.map(markerMarkup).join('')}</g>`,
    `<g class="labels">${overlay.labels.map(labelMarkup).join('')}</g>`,
    overlay.inset ? insetMarkup(overlay.inset) : '',
  ].join('');
}
