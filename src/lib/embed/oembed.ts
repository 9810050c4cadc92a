/**
 * oEmbed (https://oembed.com): what a content system that reads it (Ghost, Notion, WordPress with the site
 * registered, Iframely, Slack and Discord previews) gets for an embed page's URL. Each embed page links to a
 * static JSON response beside it (`<embed page>oembed.json`), so a newsroom's static host serves it as it is.
 */
import { FIXED_EMBED_WIDTH, pastedEmbedCode } from './embed';

/** How long a consumer may cache a response, in seconds: a day, so a correction reaches pasted maps within one. */
export const OEMBED_CACHE_AGE = 86_400;

/** The response's file name, in the embed page's folder. */
export const OEMBED_FILE = 'oembed.json';

/** A "rich" oEmbed response, as the spec names its fields. */
export interface OEmbedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  /** The embed code: iframe and host script (see `pastedEmbedCode`). */
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** What a response is made from. */
export interface OEmbedInput {
  /** The embed page's absolute URL, its title and its fixed height for an article column. */
  embed: { url: string; title: string; fixedHeight: number };
  /** The host script's absolute URL. */
  scriptUrl: string;
  /** The story's absolute URL: the provider's page. */
  storyUrl: string;
  /** The map's social card, absolute, and its size. */
  thumbnail: { url: string; width: number; height: number };
}

export function oembedResponse({ embed, scriptUrl, storyUrl, thumbnail }: OEmbedInput): OEmbedResponse {
  return {
    version: '1.0',
    type: 'rich',
    title: embed.title,
    // The site's own name is its host: the story does not name a publisher.
    provider_name: new URL(storyUrl).host,
    provider_url: storyUrl,
    html: pastedEmbedCode({ src: embed.url, title: embed.title }, embed.fixedHeight, scriptUrl),
    width: FIXED_EMBED_WIDTH,
    height: embed.fixedHeight,
    thumbnail_url: thumbnail.url,
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
    cache_age: OEMBED_CACHE_AGE,
  };
}
