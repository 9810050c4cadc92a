/**
 * A map as a standalone SVG image: a title, the drawing, a legend, credits and a source line, styled by the
 * map's own stylesheet with its light palette written in (image renderers do not resolve CSS variables).
 * Used for the download links, the no-JavaScript and print images, and (rasterised) the social cards.
 */
import { escapeXml } from './escape-xml';
import type { KeyEntry } from '../state/map-key';

/** A legend line of the image: a role's fill swatch or a style key's line swatch (see map-key.ts). */
export type ImageLegendEntry = Pick<KeyEntry, 'role' | 'style' | 'label' | 'sizes' | 'unit'>;

/** What the image shows. */
export interface MapImage {
  /** The image's size. */
  width: number;
  height: number;
  /** Heading above the map. */
  title: string;
  /** A second heading line, e.g. the story's headline, or null. */
  subtitle: string | null;
  /** The drawing (lib/render/map-markup.ts `frameSvg`), placed at `mapBox`'s corner. */
  mapMarkup: string;
  /** Legend entries for what the map shows. */
  legend: ImageLegendEntry[];
  /** Footer lines: credits, sources, where the story is. */
  footer: string[];
  /** The stylesheet (custom properties already written in). */
  css: string;
  /** The image's accessible description. */
  description: string;
}

const HEADER = 64;
const LINE = 18;

/** Where the drawing goes in an image of `width` × `height` with `footerLines` lines under it. */
export function mapBox(width: number, height: number, footerLines: number): { x: number; y: number; width: number; height: number } {
  const bottom = 16 + footerLines * LINE;
  return { x: 0, y: HEADER, width, height: Math.max(100, height - HEADER - bottom) };
}

/** The standalone SVG document. */
export function mapImageSvg(image: MapImage): string {
  const { width, height } = image;
  const box = mapBox(width, height, image.footer.length);
  let row = 0;
  const legend = image.legend
    .map((entry) => {
      const y = box.y + 14 + row * LINE;
      row += entry.sizes ? 2 : 1;
      const swatch = entry.role
        ? `<rect class="country" data-role="${escapeXml(entry.role)}" x="16" y="${y - 10}" width="14" height="12"/>`
        : `<g data-style="${escapeXml(entry.style ?? '')}"><rect class="swatch-area" x="15" y="${y - 10}" width="16" height="12"/><path class="swatch-stroke" d="M14 ${y - 4}H32"/></g>`;
      return `${swatch}<text class="image-legend" x="38" y="${y}">${escapeXml(entry.label)}</text>${sizeKey(entry, 38, y + LINE)}`;
    })
    .join('');
  const footer = image.footer
    .map((line, i) => `<text class="image-footer" x="16" y="${box.y + box.height + 18 + i * LINE}">${escapeXml(line)}</text>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(image.description)}">`,
    `<style>${image.css}
svg { font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; }
.image-page { fill: #ffffff; }
.image-title { font-size: 26px; font-weight: 700; fill: #1d1d1f; }
.image-subtitle { font-size: 16px; fill: #5a5a60; }
.image-legend { font-size: 14px; fill: #1d1d1f; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; }
.image-footer { font-size: 13px; fill: #5a5a60; }
</style>`,
    `<rect class="image-page" width="${width}" height="${height}"/>`,
    `<text class="image-title" x="16" y="34">${escapeXml(image.title)}</text>`,
    image.subtitle ? `<text class="image-subtitle" x="16" y="56">${escapeXml(image.subtitle)}</text>` : '',
    image.mapMarkup,
    legend,
    footer,
    '</svg>',
  ].join('\n');
}

/** Reference widths of a sized mark, drawn at the map's scale after its legend line. */
function sizeKey(entry: ImageLegendEntry, x: number, y: number): string {
  if (!entry.sizes) return '';
  let at = x;
  const parts = entry.sizes.map(({ value, width }) => {
    const mark = `<path class="key-size-stroke" d="M${at} ${y - 5}h24" stroke-width="${width}"/><text class="image-legend" x="${at + 28}" y="${y}">${value}</text>`;
    at += 28 + String(value).length * 9 + 10;
    return mark;
  });
  return `${parts.join('')}<text class="image-legend" x="${at}" y="${y}">${escapeXml(entry.unit ?? '')}</text>`;
}

/** Breaks `text` into lines of at most `max` characters at spaces (a longer word gets a line of its own). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Type sizes of a column image, in CSS pixels: as the page's own at the scale the image is shown at. */
const COLUMN_TYPE = { title: 15, legend: 12, footer: 11 } as const;
/** Characters per line at those sizes across a pixel of width (a little under the type's average advance). */
const CHARS_PER_PX = { title: 1 / 8.6, legend: 1 / 6.9, footer: 1 / 6.3 } as const;
const PAD = 8;

/** Where a column image's parts go: its title lines, the drawing's box, its legend and footer lines. */
export function columnLayout(width: number, image: Pick<MapImage, 'title' | 'legend' | 'footer'>) {
  const chars = (kind: keyof typeof CHARS_PER_PX, indent = 0) => Math.floor((width - 2 * PAD - indent) * CHARS_PER_PX[kind]);
  const title = wrapText(image.title, chars('title'));
  const map = { x: 0, y: PAD + title.length * 19 + 4, width, height: Math.round(width * 0.8) };
  let y = map.y + map.height + 6;
  const legend = image.legend.map((entry) => {
    const lines = wrapText(entry.label, chars('legend', 22));
    // Reference sizes on a line of their own, their unit wrapped under them.
    const unit = entry.sizes ? wrapText(entry.unit ?? '', chars('legend', 22)) : [];
    const at = y + 14;
    y += (lines.length + unit.length + (entry.sizes ? 1 : 0)) * 16 + 2;
    return { entry, lines, unit, y: at };
  });
  const footer = image.footer.flatMap((line) => wrapText(line, chars('footer')));
  const footerY = y + 16;
  return { title, map, legend, footer, footerY, height: footerY + (footer.length - 1) * 14 + PAD };
}

/**
 * A map as an image for a narrow column (the story's steps without JavaScript): the title wrapped above the
 * drawing, the legend and footer wrapped under it, every text at the size the page's own would have.
 */
export function columnImageSvg(image: Omit<MapImage, 'height' | 'subtitle'>): string {
  const { width } = image;
  const layout = columnLayout(width, image);
  const legend = layout.legend
    .map(({ entry, lines, unit, y }) => {
      const swatch = entry.role
        ? `<rect class="country" data-role="${escapeXml(entry.role)}" x="${PAD}" y="${y - 10}" width="14" height="11"/>`
        : `<g data-style="${escapeXml(entry.style ?? '')}"><rect class="swatch-area" x="${PAD - 1}" y="${y - 10}" width="16" height="11"/><path class="swatch-stroke" d="M${PAD - 2} ${y - 4}H${PAD + 16}"/></g>`;
      const text = lines.map((line, i) => `<tspan x="${PAD + 22}" dy="${i === 0 ? 0 : 16}">${escapeXml(line)}</tspan>`).join('');
      const x = PAD + 22;
      const marksY = y + 16 * lines.length;
      let at = x;
      const marks = (entry.sizes ?? []).map(({ value, width: w }) => {
        const mark = `<path class="key-size-stroke" d="M${at} ${marksY - 5}h24" stroke-width="${w}"/><text class="image-legend" x="${at + 28}" y="${marksY}">${value}</text>`;
        at += 28 + String(value).length * 8 + 10;
        return mark;
      });
      const units = unit.map((line, i) => `<text class="image-legend" x="${x}" y="${marksY + 16 * (i + 1)}">${escapeXml(line)}</text>`);
      return `${swatch}<text class="image-legend" x="${x}" y="${y}">${text}</text>${marks.join('')}${units.join('')}`;
    })
    .join('');
  const title = layout.title.map((line, i) => `<text class="image-title" x="${PAD}" y="${PAD + 14 + i * 19}">${escapeXml(line)}</text>`).join('');
  const footer = layout.footer.map((line, i) => `<text class="image-footer" x="${PAD}" y="${layout.footerY + i * 14}">${escapeXml(line)}</text>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${layout.height}" viewBox="0 0 ${width} ${layout.height}" role="img" aria-label="${escapeXml(image.description)}">`,
    `<style>${image.css}
svg { font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; }
.image-page { fill: #ffffff; }
.image-title { font-size: ${COLUMN_TYPE.title}px; font-weight: 700; fill: #1d1d1f; }
.image-legend { font-size: ${COLUMN_TYPE.legend}px; fill: #1d1d1f; }
.image-footer { font-size: ${COLUMN_TYPE.footer}px; fill: #5a5a60; }
</style>`,
    `<rect class="image-page" width="${width}" height="${layout.height}"/>`,
    title,
    image.mapMarkup,
    legend,
    footer,
    '</svg>',
  ].join('\n');
}
