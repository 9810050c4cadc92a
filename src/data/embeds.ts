/**
 * Build-time list of the embeds: for each scene a stepper and a still per step, with their captions, absolute
 * URLs and embed code. The embed pages and the gallery read it, so they agree on every URL and title.
 */
import { embedPath, fixedEmbedHeights, HOST_SCRIPT_PATH, siteUrl, type EmbedCaption, type EmbedCodeSource } from '../lib/embed/embed';
import { OEMBED_FILE, oembedResponse, type OEmbedResponse } from '../lib/embed/oembed';
import type { MapState } from '../lib/state/map-state';
import { ABOUT_MAPS_ID } from '../lib/site/site-path';
import { stepSources } from '../lib/content/step-sources';
import { sceneInfo, type DrawableScene, type SceneInfo } from '../lib/state/scene-data';
import type { Source } from '../lib/content/editorial-schemas';
import { IMAGE_SIZES } from './map-images';
import { loadStory, type LoadedStory } from './story';

/** One embed: where it lives, what it is called and what its code is written from. */
export interface Embed {
  /** Its path under the site's base. */
  path: string;
  /** Its absolute URL. */
  url: string;
  /** What it is, as the iframe's title. */
  title: string;
  /** The plain iframe's fixed height with the whole caption. */
  fixedHeight: number;
  /** What its embed code is written from, every way and for any options (lib/embed/embed.ts, `embedCodes`). */
  code: EmbedCodeSource;
  /** Its oEmbed response's absolute URL, which its page links to, and the response. */
  oembedUrl: string;
  oembed: OEmbedResponse;
}

/** A step as a still embed. */
export interface StepEmbed extends Embed {
  /** Its caption. */
  caption: EmbedCaption;
  /** Its map state. */
  state: MapState;
  /** Its position in the scene, from 1. */
  number: number;
}

/** A scene's embeds. */
export interface SceneEmbeds {
  /** The scene's id. */
  scene: string;
  /** What the map prints around the drawing. */
  info: SceneInfo;
  /** The scene ready to draw on the server. */
  drawable: DrawableScene;
  /** Its base map's file in the data folder, fetched beside the scene's data. */
  baseMap: string;
  /** The scene as a stepper. */
  stepper: Embed;
  /** "About these maps" in the story, which the credits link to. */
  aboutUrl: string;
  /** Each step as a still, in story order. */
  steps: StepEmbed[];
}

/** An embed at `path`, showing `captions`; its thumbnail is the social card of the step it opens at. */
function embed(path: string, title: string, captions: EmbedCaption[], kind: 'still' | 'stepper', site: string, base: string): Embed {
  const url = siteUrl(site, base, path);
  const fixedHeights = fixedEmbedHeights(captions, kind);
  const fixedHeight = fixedHeights.full;
  const scriptUrl = siteUrl(site, base, HOST_SCRIPT_PATH);
  const thumbnail = { url: siteUrl(site, base, `social/${captions[0].anchor}.png`), ...IMAGE_SIZES.social };
  return {
    path,
    url,
    title,
    fixedHeight,
    code: {
      src: url,
      title,
      fixedHeights,
      scriptUrl,
      pymId: `china-russia-${path.replace(/^embed\//, '').replace(/\/$/, '').replaceAll('/', '-')}`,
      steps: kind === 'stepper' ? captions.map((c) => c.anchor) : [],
    },
    oembedUrl: siteUrl(site, base, `${path}${OEMBED_FILE}`),
    oembed: oembedResponse({ embed: { url, title, fixedHeight }, scriptUrl, storyUrl: siteUrl(site, base), thumbnail }),
  };
}

/** Every scene's embeds, in the order the story first shows each scene; `site` and `base` as Astro has them. */
export function sceneEmbeds(story: LoadedStory, site: string, base: string): SceneEmbeds[] {
  const storyUrl = siteUrl(site, base);
  const sceneIds = [...new Set(story.steps.map((s) => s.state.scene))];
  return sceneIds.map((scene) => {
    const definition = story.scenes.get(scene);
    const data = story.sceneData.get(scene);
    if (!definition || !data) throw new Error(`no scene "${scene}"`);
    const steps = story.steps.filter((s) => s.state.scene === scene);
    const captions: EmbedCaption[] = steps.map(({ anchor, state, entry }) => ({
      anchor,
      text: state.description,
      since: entry.data.since.map(({ date, text }) => ({ date, text })),
      sources: stepSources(entry.data).map((id) => {
        const { publisher, title, url } = story.sources.get(id) as Source;
        return { publisher, url, ...(title ? { title } : {}) };
      }),
      storyUrl: `${storyUrl}#${anchor}`,
    }));
    return {
      scene,
      info: sceneInfo(definition),
      drawable: data.drawable,
      baseMap: data.topologyFile,
      aboutUrl: `${storyUrl}#${ABOUT_MAPS_ID}`,
      stepper: embed(embedPath(scene), `Map: ${definition.title}, step by step`, captions, 'stepper', site, base),
      steps: steps.map((step, i) => ({
        ...embed(
          embedPath(scene, step.anchor),
          `Map: ${definition.title}, step ${i + 1} of ${steps.length}`,
          [captions[i]],
          'still',
          site,
          base,
        ),
        caption: captions[i],
        state: step.state,
        number: i + 1,
      })),
    };
  });
}

/** The embeds of the site being built. */
export async function loadEmbeds(): Promise<{ story: LoadedStory; scenes: SceneEmbeds[] }> {
  const story = await loadStory();
  return { story, scenes: sceneEmbeds(story, import.meta.env.SITE ?? 'http://localhost:4321', import.meta.env.BASE_URL) };
}
