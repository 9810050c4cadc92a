/**
 * Build-time map images: each step's map as a standalone SVG (downloads, no-JavaScript and print images)
 * and as PNG (downloads, social cards), drawn by the map's one renderer (lib/render/map-markup.ts).
 */
import sharp from 'sharp';
import { inlineCssVariables } from '../lib/render/css-vars';
import { isLocalSite } from '../lib/site/deploy-target';
import { frameSvg } from '../lib/render/map-markup';
import { siteUrl } from '../lib/embed/embed';
import { stepSources } from '../lib/content/step-sources';
import { columnImageSvg, columnLayout, mapBox, mapImageSvg, wrapText } from '../lib/render/map-image';
import { drawState } from '../lib/state/scene-data';
import mapCss from '../styles/map.css?raw';
import paletteCss from '../styles/palette.css?raw';
import { loadStory } from './story';

/** Sizes of the images: a download (4:3) and a social card (the 1200×630 that Open Graph and X expect). */
export const IMAGE_SIZES = {
  download: { width: 1200, height: 900 },
  social: { width: 1200, height: 630 },
} as const;

/** Characters per footer line at the footer's type size across 1200 px. */
const FOOTER_CHARS = 150;
const imageCss = inlineCssVariables(`${paletteCss}\n${mapCss}`);

/** What a step's images draw: its state, scene data, title and footer lines. */
async function stepImageParts(anchor: string) {
  const story = await loadStory();
  const step = story.steps.find((s) => s.anchor === anchor);
  if (!step) throw new Error(`no step "${anchor}"`);
  const { state } = step;
  const scene = story.scenes.get(state.scene);
  const data = story.sceneData.get(state.scene);
  if (!scene || !data) throw new Error(`no scene "${state.scene}" for step "${anchor}"`);

  // An image leaves the site: it names where the story is only when the build knows its public address.
  const site = import.meta.env.SITE;
  const where = isLocalSite(site) ? '' : `, ${siteUrl(site as string, import.meta.env.BASE_URL, `#${anchor}`)}`;
  const publishers = [...new Set(stepSources(step.entry.data).map((id) => story.sources.get(id)?.publisher).filter(Boolean))];
  // Unwrapped: each image wraps them to its width.
  const footer = [scene.credits.join(' · '), ...(publishers.length ? [`Sources: ${publishers.join(', ')}`] : []), `From “${story.story.headline}”${where}`];
  return { story, step, state, scene, data, footer };
}

/** A step's map as a standalone SVG of `kind`'s size. */
export async function stepMapSvg(anchor: string, kind: keyof typeof IMAGE_SIZES): Promise<string> {
  const { story, state, scene, data, footer: notes } = await stepImageParts(anchor);
  const footer = notes.flatMap((line) => wrapText(line, FOOTER_CHARS));
  const { width, height } = IMAGE_SIZES[kind];
  const box = mapBox(width, height, footer.length);
  const frame = drawState(data.drawable, state, { width: box.width, height: box.height });
  return mapImageSvg({
    width,
    height,
    title: scene.title,
    subtitle: kind === 'social' ? story.story.headline : null,
    mapMarkup: frameSvg(frame, { description: state.description, idPrefix: `image-${anchor}`, placement: { x: box.x, y: box.y } }),
    legend: state.key,
    footer,
    css: imageCss,
    description: state.description,
  });
}

/**
 * A step's map for the story's text column without JavaScript, `width` CSS pixels wide (one of
 * COLUMN_IMAGE_WIDTHS, lib/render/column-images.ts): drawn at that size, so its labels are laid out for it.
 */
export async function stepColumnSvg(anchor: string, width: number): Promise<string> {
  const { state, scene, data, footer } = await stepImageParts(anchor);
  const parts = { width, title: scene.title, legend: state.key, footer, css: imageCss, description: state.description };
  const { map } = columnLayout(width, parts);
  const frame = drawState(data.drawable, state, { width: map.width, height: map.height });
  return columnImageSvg({ ...parts, mapMarkup: frameSvg(frame, { description: state.description, idPrefix: `column-${anchor}`, placement: { x: map.x, y: map.y } }) });
}

/**
 * The height of a step's column image `width` px wide (stepColumnSvg's), so the page can hold its room before it
 * loads: a lazy image without it pushes down what follows, and a link to a later step lands elsewhere.
 */
export async function stepColumnHeight(anchor: string, width: number): Promise<number> {
  const { state, scene, footer } = await stepImageParts(anchor);
  return columnLayout(width, { title: scene.title, legend: state.key, footer }).height;
}

/** A step's map as PNG of `kind`'s size. */
export async function stepMapPng(anchor: string, kind: keyof typeof IMAGE_SIZES): Promise<ArrayBuffer> {
  const png = await sharp(Buffer.from(await stepMapSvg(anchor, kind))).png().toBuffer();
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}
