/**
 * The embeds' pure parts: where embed pages live, how they lay out their map by width, the caption a step
 * carries into an embed, the embed code the gallery offers (for any options), and the heights it guesses before
 * an embed reports.
 */
import type { Size } from '../geo/camera';
import type { DrawingBand } from '../render/static-drawing';
import { sitePath } from '../site/site-path';
import { escapeText, escapeXml } from '../render/escape-xml';
import { EMBED_CAPTIONS, embedUrlWithOptions, type EmbedCaptionMode, type EmbedOptions } from './embed-options';

/** The attribute of a placeholder element that the host script turns into an embed: its value is the embed's URL. */
export const EMBED_SRC_ATTRIBUTE = 'data-china-russia-embed-src';

/** The placeholder's attribute holding the iframe's title. */
export const EMBED_TITLE_ATTRIBUTE = 'data-china-russia-embed-title';

/** The id of an embed page's first caption, which the page's first frame waits for (EmbedLayout.astro). */
export const FIRST_CAPTION_ID = 'embed-caption';

/** The host script, at this path under the site's base. */
export const HOST_SCRIPT_PATH = 'embed.js';

/** An embed's layout at a width: the map's drawing size (its aspect ratio, and the scale its labels are drawn at). */
export interface EmbedLayout {
  /** Its name, for the CSS that switches between the server-drawn maps. */
  name: 'xs' | 's' | 'm' | 'l';
  /** The widest window, in CSS pixels, that uses it. */
  maxWidth: number;
  /** The size the server draws the map at; the map keeps this aspect ratio at every width of the layout. */
  frame: Size;
}

/**
 * The layouts, narrowest first. Each is drawn at its narrowest width, so that across its widths the map's text is
 * scaled by 1 to 1.5 (12 to 18 px); narrow embeds get a squarer map. src/styles/embed.css switches at the same
 * widths.
 */
export const EMBED_LAYOUTS: readonly EmbedLayout[] = [
  { name: 'xs', maxWidth: 420, frame: { width: 280, height: 224 } },
  { name: 's', maxWidth: 630, frame: { width: 421, height: 300 } },
  { name: 'm', maxWidth: 945, frame: { width: 631, height: 420 } },
  { name: 'l', maxWidth: Number.POSITIVE_INFINITY, frame: { width: 946, height: 630 } },
];

/** The server's drawing's bands for an embed page (src/lib/render/static-drawing.ts): one per layout, at its frame. */
export function embedDrawingBands(): DrawingBand[] {
  return EMBED_LAYOUTS.map(({ name, frame }) => ({ name, size: frame }));
}

/** The layout an embed uses at `width`. */
export function embedLayout(width: number): EmbedLayout {
  return EMBED_LAYOUTS.find((l) => width <= l.maxWidth) ?? EMBED_LAYOUTS[EMBED_LAYOUTS.length - 1];
}

/** The map's height in an embed `width` pixels wide. */
export function embedMapHeight(width: number): number {
  const { frame } = embedLayout(width);
  return Math.round((width * frame.height) / frame.width);
}

/** Room under the map for the key, the caption, sources and links, as a first guess (an embed reports the truth). */
const ROOM_BELOW_MAP = 260;

/** The height a host gives an embed `width` pixels wide before it reports its own. */
export function initialEmbedHeight(width: number): number {
  return embedMapHeight(width) + ROOM_BELOW_MAP;
}

/** What an embed prints under a step's map. */
export interface EmbedCaption {
  /** The step's anchor. */
  anchor: string;
  /** What the map shows: the step's map description. */
  text: string;
  /** The step's "Since then" updates, each with its date ("YYYY-MM-DD", "YYYY-MM" or "YYYY"). */
  since: { date: string; text: string }[];
  /** The sources the step cites. */
  sources: { publisher: string; title?: string; url: string }[];
  /** The step in the story (absolute URL). */
  storyUrl: string;
}

/** The path, under the site's base, of a scene's stepper embed or of one step's still embed. */
export function embedPath(scene: string, step?: string): string {
  return step === undefined ? `embed/${scene}/` : `embed/${scene}/${step}/`;
}

/** An absolute URL on the site: `path` under `base`, on `site`'s origin. */
export function siteUrl(site: URL | string, base: string, path = ''): string {
  return new URL(sitePath(base, path), site).href;
}

/** What embed code needs to know about an embed. */
export interface EmbedCodeInput {
  /** The embed page's absolute URL. */
  src: string;
  /** The iframe's title: what the embed is, for screen readers. */
  title: string;
}

/**
 * The embed code with the host script: a placeholder (a plain link to the embed until the script runs, and
 * where scripts are stripped) and the script that turns it into an iframe sized to its content.
 */
export function scriptEmbedCode(embed: EmbedCodeInput, scriptUrl: string): string {
  return [
    `<div ${EMBED_SRC_ATTRIBUTE}="${escapeXml(embed.src)}" ${EMBED_TITLE_ATTRIBUTE}="${escapeXml(embed.title)}">`,
    `  <a href="${escapeXml(embed.src)}">${escapeText(embed.title)}</a>`,
    '</div>',
    `<script src="${escapeXml(scriptUrl)}" async></script>`,
  ].join('\n');
}

/**
 * The pym.js code: the container pym's auto-init (or `new pym.Parent(id, …)`) turns into an iframe; the page
 * loads pym.js itself.
 */
export function pymEmbedCode(embed: EmbedCodeInput, id: string): string {
  return [
    `<div id="${escapeXml(id)}" data-pym-src="${escapeXml(embed.src)}" data-pym-title="${escapeXml(embed.title)}"></div>`,
    '<!-- then the pym.js script your page already loads -->',
  ].join('\n');
}

/** The @newswire/frames code: the container its `autoInitFrames()` turns into an iframe; the page runs frames itself. */
export function framesEmbedCode(embed: EmbedCodeInput): string {
  return [
    `<div data-frame-src="${escapeXml(embed.src)}" data-frame-attribute-title="${escapeXml(embed.title)}"></div>`,
    '<!-- then your page’s @newswire/frames: autoInitFrames() -->',
  ].join('\n');
}

/** The plain iframe code, for pages that strip scripts: a fixed height, scrolling when the content is longer. */
export function iframeEmbedCode(embed: EmbedCodeInput, height: number): string {
  return `<iframe src="${escapeXml(embed.src)}" title="${escapeXml(embed.title)}" width="100%" height="${height}" style="border:0;width:100%;" loading="lazy"></iframe>`;
}

/**
 * The embed code a content system gets from oEmbed (lib/embed/oembed.ts): the plain iframe, at the fixed height for
 * a typical column, inside the placeholder the host script knows, then that script. Where the system strips
 * scripts the iframe shows as it is; where it keeps them, the host script sizes the iframe to its content.
 */
export function pastedEmbedCode(embed: EmbedCodeInput, height: number, scriptUrl: string): string {
  return [
    `<div ${EMBED_SRC_ATTRIBUTE}="${escapeXml(embed.src)}" ${EMBED_TITLE_ATTRIBUTE}="${escapeXml(embed.title)}">${iframeEmbedCode(embed, height)}</div>`,
    `<script src="${escapeXml(scriptUrl)}" async></script>`,
  ].join('\n');
}

/** The width, in CSS pixels, a fixed-height iframe is sized for: a typical article column. */
export const FIXED_EMBED_WIDTH = 640;

/** Rough text metrics of the embed's caption at FIXED_EMBED_WIDTH: characters per line and line height. */
const CAPTION_CHARS_PER_LINE = 80;
const CAPTION_LINE_PX = 24;
/** The key, the stepper's controls, the sources and the links around the caption, in pixels. */
const FIXED_CHROME_PX = { still: 200, stepper: 250 };
/** What `caption=none` leaves around the map: the key, the stepper's controls and the link back, in pixels. */
const CAPTIONLESS_CHROME_PX = { still: 170, stepper: 230 };
/** Rough metrics of the sources line (smaller type), and the space above it. */
const SOURCES_CHARS_PER_LINE = 75;
const SOURCES_LINE_PX = 19;
const SOURCES_GAP_PX = 8;

/** The lines a caption's text and "Since then" notes take at FIXED_EMBED_WIDTH. */
function captionLines(c: EmbedCaption): number {
  return (
    Math.ceil(c.text.length / CAPTION_CHARS_PER_LINE) +
    (c.since.length > 0 ? 2 : 0) +
    c.since.reduce((sum, s) => sum + Math.ceil((s.text.length + 24) / CAPTION_CHARS_PER_LINE), 0)
  );
}

/** The lines a caption's sources take at FIXED_EMBED_WIDTH ("Sources: " and the publishers). */
function sourceLines(c: EmbedCaption): number {
  const length = 'Sources: '.length + c.sources.map((s) => s.publisher).join(', ').length;
  return c.sources.length > 0 ? Math.ceil(length / SOURCES_CHARS_PER_LINE) : 0;
}

/**
 * A fixed height for the plain iframe that shows the embed whole in an article column (FIXED_EMBED_WIDTH):
 * the map, its key and the longest of its captions as the caption option shows it (the sources alone for
 * `short`, none of it for `none`). Rounded up to 10 px.
 */
export function fixedEmbedHeight(captions: readonly EmbedCaption[], kind: 'still' | 'stepper', caption: EmbedCaptionMode = 'full'): number {
  const most = (lines: (c: EmbedCaption) => number) => Math.max(0, ...captions.map(lines));
  const below = {
    full: () => FIXED_CHROME_PX[kind] + most(captionLines) * CAPTION_LINE_PX,
    short: () => CAPTIONLESS_CHROME_PX[kind] + SOURCES_GAP_PX + most(sourceLines) * SOURCES_LINE_PX,
    none: () => CAPTIONLESS_CHROME_PX[kind],
  }[caption]();
  return Math.ceil((embedMapHeight(FIXED_EMBED_WIDTH) + below) / 10) * 10;
}

/** The fixed heights for every caption option. */
export function fixedEmbedHeights(captions: readonly EmbedCaption[], kind: 'still' | 'stepper'): Record<EmbedCaptionMode, number> {
  return Object.fromEntries(EMBED_CAPTIONS.map((c) => [c, fixedEmbedHeight(captions, kind, c)])) as Record<EmbedCaptionMode, number>;
}

/** The ways the gallery offers to embed a map, in its order. */
export const EMBED_WAYS = ['script', 'iframe', 'pym', 'frames', 'link'] as const;
export type EmbedWay = (typeof EMBED_WAYS)[number];

/** What the gallery knows of an embed, to write its code for any options (in the page and in the browser). */
export interface EmbedCodeSource {
  /** The embed page's absolute URL, without options. */
  src: string;
  /** What it is, as the iframe's title. */
  title: string;
  /** The plain iframe's fixed height for each caption option. */
  fixedHeights: Record<EmbedCaptionMode, number>;
  /** The host script's absolute URL. */
  scriptUrl: string;
  /** The pym.js container's id: unique on a page that embeds several maps. */
  pymId: string;
  /** A stepper's steps, in order (a `step` option naming the first is the default); none for a still. */
  steps: string[];
}

/**
 * The embed's code every way, for `options`: each carries them in the embed URL's query string. The link is the
 * URL itself, to paste or open.
 */
export function embedCodes(source: EmbedCodeSource, options: Partial<EmbedOptions> = {}): Record<EmbedWay, string> {
  const src = embedUrlWithOptions(source.src, { ...options, step: source.steps.length > 0 ? options.step : null }, source.steps[0]);
  const embed = { src, title: source.title };
  return {
    script: scriptEmbedCode(embed, source.scriptUrl),
    iframe: iframeEmbedCode(embed, source.fixedHeights[options.caption ?? 'full']),
    pym: pymEmbedCode(embed, source.pymId),
    frames: framesEmbedCode(embed),
    link: src,
  };
}
