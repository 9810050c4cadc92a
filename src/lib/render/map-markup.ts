/**
 * The map's one renderer: the SVG markup of everything a map draws — the hatching, the sea, countries and their
 * borders, the lines and areas of geodata layers, arrows, markers, labels and the lunar inset. The server's
 * drawings (StaticMap.astro), the images and share cards (data/map-images.ts) and the live map (browser/live-map.ts,
 * which parses these pieces once and then changes only their attributes and transforms) all draw through it.
 */
import { escapeXml } from './escape-xml';
import {
  labelLines,
  markerRadius,
  type Frame,
  type FrameCountry,
  type FrameFlow,
  type FrameLabel,
  type FrameMarker,
  type FrameOverlay,
  type FrameShape,
} from './render-frame';
import { transformAttribute, type MapTransform } from './reference-drawing';
import type { StaticDrawing } from './static-drawing';

/** An attribute, left out when its value is unset or empty. */
const attr = (name: string, value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? '' : ` ${name}="${escapeXml(String(value))}"`;

/** The hatching of disputed and held areas, in the drawing's units scaled by `1 / scale`. */
export function hatchMarkup(idPrefix: string, scale = 1): string {
  const transform = scale === 1 ? 'rotate(45)' : `scale(${Math.round(1000 / scale) / 1000}) rotate(45)`;
  return `<pattern id="${escapeXml(idPrefix)}-hatch" class="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="${transform}"><path d="M0 0V6"/></pattern>`;
}

/** A country's fill, with its role when it has one. */
export function countryMarkup(c: Pick<FrameCountry, 'id' | 'd' | 'role'>): string {
  return `<path class="country" d="${c.d}"${attr('data-id', c.id)}${attr('data-role', c.role)}/>`;
}

/** Countries in no role, many in one path: plain land, as a country without a role is drawn. */
export function landMarkup(d: string): string {
  return `<path class="country" d="${d}"/>`;
}

/** The borders of many countries in one path: few elements keep their width through a zoom almost for free. */
export function bordersMarkup(d: string): string {
  return `<path class="borders" d="${d}"/>`;
}

/**
 * A feature of a geodata layer as a path's attributes: an area (hatched) or a line (which may fade in as it
 * appears). The live map sets them on a path of its own: its path data parsed as markup took it a few times as long.
 */
export function shapeAttributes(kind: 'area' | 'line', s: FrameShape, idPrefix: string): Record<string, string> {
  return {
    class: kind,
    d: s.d,
    ...(kind === 'area' ? { fill: `url(#${idPrefix}-hatch)` } : {}),
    'data-layer': s.layer,
    'data-feature': s.feature,
    ...(s.class ? { 'data-class': s.class } : {}),
    ...(kind === 'line' && s.fade ? { 'data-fade': '' } : {}),
  };
}

/** A feature of a geodata layer (`shapeAttributes`) as markup. */
export function shapeMarkup(kind: 'area' | 'line', s: FrameShape, idPrefix: string): string {
  const attributes = Object.entries(shapeAttributes(kind, s, idPrefix)).map(([name, value]) => ` ${name}="${escapeXml(value)}"`);
  return `<path${attributes.join('')}/>`;
}

/** What a map draws under its arrows and labels: the sea, countries, then areas and lines, each in its group. */
export function geometryMarkup(g: Pick<Frame, 'sphere' | 'countries' | 'areas' | 'lines'>, idPrefix: string): string {
  return [
    `<path class="sphere" d="${g.sphere}"/>`,
    `<g class="countries">${g.countries.map(countryMarkup).join('')}</g>`,
    `<g class="areas">${g.areas.map((a) => shapeMarkup('area', a, idPrefix)).join('')}</g>`,
    `<g class="lines">${g.lines.map((l) => shapeMarkup('line', l, idPrefix)).join('')}</g>`,
  ].join('');
}

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
  return `<g class="moon-inset" transform="translate(${inset.x} ${inset.y})"><circle class="moon-disc" cx="${inset.disc.x}" cy="${inset.disc.y}" r="${inset.disc.r}"/><path class="moon-graticule" d="${inset.graticule}"/><circle class="moon-pole" cx="${inset.pole[0]}" cy="${inset.pole[1]}" r="4"/><text class="label moon-caption" x="${x}" y="${inset.size + 16}" text-anchor="${inset.anchor}">${caption}</text></g>`;
}

/** An arrow: shaft (its width the flow's) and head. */
export function flowMarkup(f: FrameFlow): string {
  return `<g class="flow" data-id="${escapeXml(f.id)}" data-kind="${f.kind}"><path class="shaft" d="${f.shaft}" stroke-width="${f.width}"/><path class="head" d="${f.head}"/></g>`;
}

/** A marker: a partner's capital (with its role) or a labeled place. */
export function markerMarkup(m: FrameMarker): string {
  return `<circle class="marker" cx="${m.x}" cy="${m.y}" r="${markerRadius(m)}" data-id="${escapeXml(m.id)}"${attr('data-role', m.role)}/>`;
}

/** Nothing over the base map: the live map's overlay before it draws a step. */
export const EMPTY_OVERLAY: FrameOverlay = { flows: [], markers: [], labels: [], inset: null };

/** Everything a map draws at screen scale, each in its group in drawing order: arrows, markers, labels, the inset. */
export function overlayMarkup(overlay: FrameOverlay): string {
  return [
    `<g class="flows">${overlay.flows.map(flowMarkup).join('')}</g>`,
    `<g class="markers">${overlay.markers.map(markerMarkup).join('')}</g>`,
    `<g class="labels">${overlay.labels.map(labelMarkup).join('')}</g>`,
    `<g class="moon-inset-layer">${overlay.inset ? insetMarkup(overlay.inset) : ''}</g>`,
  ].join('');
}

/** A map's `<svg>`: its class, box, accessible name and hatching around `content`. */
export interface MapSvg {
  /** Classes after "map" (e.g. "map-band"). */
  className?: string;
  /** Prefix for ids inside it, unique per map on the page (the hatching is referenced by id). */
  idPrefix: string;
  /** What the map shows, for screen readers; unset until a live map draws a step. */
  description?: string;
  /** Its drawing's size, or unset until a live map knows its canvas. */
  size?: { width: number; height: number };
  /** Where it sits when nested in a standalone image (lib/render/map-image.ts); it then has its size as width and height. */
  placement?: { x: number; y: number };
  /** The hatching's scale (see `hatchMarkup`), or no hatching when it uses the page's shared one. */
  hatchScale?: number | null;
  /** Extra attributes, already escaped. */
  attributes?: string;
  content: string;
}

export function mapSvg(o: MapSvg): string {
  const box = o.size ? ` viewBox="0 0 ${o.size.width} ${o.size.height}"` : '';
  const placed = o.placement && o.size ? ` x="${o.placement.x}" y="${o.placement.y}" width="${o.size.width}" height="${o.size.height}"` : '';
  const defs = o.hatchScale === null ? '' : `<defs>${hatchMarkup(o.idPrefix, o.hatchScale)}</defs>`;
  return `<svg class="map${o.className ? ` ${o.className}` : ''}"${o.attributes ?? ''}${box}${placed} role="img"${attr('aria-label', o.description)}>${defs}${o.content}</svg>`;
}

/** One frame as a map of its own: the images (downloads, print, social cards). */
export function frameSvg(frame: Frame, o: { idPrefix: string; description: string; placement?: { x: number; y: number } }): string {
  return mapSvg({
    ...o,
    size: frame,
    content: geometryMarkup(frame, o.idPrefix) + overlayMarkup(frame),
  });
}

/** The id prefix of a page's server drawing: a page has one, and its bands find its geometry by it. */
export const SERVER_DRAWING_ID_PREFIX = 'static-map';

/**
 * The server's drawing of a step (lib/render/static-drawing.ts) is in two parts. Its geometry, once, hidden and
 * referenced by id: `staticGeometryMarkup`, which the page puts after its text (src/components/StaticMapGeometry.astro),
 * so that the text is parsed and painted first. Then a map per band of screen sizes that places the geometry and draws
 * its own arrows, markers and labels: `staticBandsMarkup`; the page's CSS shows the band that fits.
 */
export function staticGeometryMarkup(drawing: StaticDrawing, idPrefix: string): string {
  return `<svg class="map-geometry" aria-hidden="true" focusable="false"><defs>${hatchMarkup(idPrefix, drawing.hatchScale)}<g id="${escapeXml(idPrefix)}-geometry" class="geometry">${geometryMarkup(drawing, idPrefix)}</g></defs></svg>`;
}

/** The server's drawing's bands (see `staticGeometryMarkup`), each placing the geometry by `<use>`. */
export function staticBandsMarkup(drawing: StaticDrawing, o: { idPrefix: string; description: string }): string {
  return drawing.bands
    .map((band) =>
      mapSvg({
        className: 'map-band',
        attributes: attr('data-band', band.name),
        idPrefix: o.idPrefix,
        description: o.description,
        size: band.size,
        hatchScale: null,
        content: `${useMarkup(`${o.idPrefix}-geometry`, band.transform)}${overlayMarkup(band.overlay)}`,
      }),
    )
    .join('');
}

const useMarkup = (id: string, transform: MapTransform) => `<use href="#${escapeXml(id)}" transform="${transformAttribute(transform)}"/>`;
