/**
 * An embed's options, as Datawrapper's users know them, read from the embed URL's query string: `theme`,
 * `caption` and (a stepper's) `step`. Only the values listed here take effect. Anything else (an unknown key,
 * another case, a key given twice, an over-long value, a step the scene does not have) is ignored, and nothing
 * of the query is written into the page: what takes effect is one of these constants, or one of the page's own
 * step ids. The gallery builds embed URLs with the same module, so both sides agree on every name.
 */

/** The themes: `auto` follows the reader's system (prefers-color-scheme); `light` and `dark` force a palette. */
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/**
 * How much caption shows under the map: `full` all of it (what the map shows, "Since then", sources),
 * `short` the sources only, `none` nothing of it. The map's key with its credits and the link back to the story
 * always stay.
 */
export const EMBED_CAPTIONS = ['full', 'short', 'none'] as const;
export type EmbedCaptionMode = (typeof EMBED_CAPTIONS)[number];

/** An embed's options. */
export interface EmbedOptions {
  /** The palette (see EMBED_THEMES). */
  theme: EmbedTheme;
  /** How much caption shows (see EMBED_CAPTIONS). */
  caption: EmbedCaptionMode;
  /** The step a stepper starts at (one of its anchors), or null for its first. */
  step: string | null;
}

/** What an embed shows without options, and without JavaScript. */
export const DEFAULT_EMBED_OPTIONS: Readonly<EmbedOptions> = { theme: 'auto', caption: 'full', step: null };

/** The longest value read, in characters (step ids are far shorter); a longer one is ignored unread. */
export const MAX_OPTION_LENGTH = 100;

/** The attributes the options set on the embed's root element (`<html>`), which its CSS reads. */
export const THEME_ATTRIBUTE = 'data-theme';
export const CAPTION_ATTRIBUTE = 'data-caption';
/** On a stepper started at a later step: that step (the first step's server map is then out of sight). */
export const START_STEP_ATTRIBUTE = 'data-start-step';

/** The value of `key` when the query gives it exactly once and not too long, else null. */
function single(params: URLSearchParams, key: string): string | null {
  const values = params.getAll(key);
  return values.length === 1 && values[0].length <= MAX_OPTION_LENGTH ? values[0] : null;
}

/** `value` when it is one of `allowed` (exactly, case included), else null. */
function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((a) => a === value) ?? null;
}

/**
 * The options in an embed page's query string (`location.search`, with or without its `?`). `steps` are the
 * anchors of the stepper's scene: `step` takes effect only when it is one of them (a still has none).
 */
export function parseEmbedOptions(search: string, steps: readonly string[] = []): EmbedOptions {
  const params = new URLSearchParams(search);
  return {
    theme: oneOf(single(params, 'theme'), EMBED_THEMES) ?? DEFAULT_EMBED_OPTIONS.theme,
    caption: oneOf(single(params, 'caption'), EMBED_CAPTIONS) ?? DEFAULT_EMBED_OPTIONS.caption,
    step: oneOf(single(params, 'step'), steps),
  };
}

/**
 * The root element's attributes for `options`: none for the defaults, so a page without options is unchanged. A
 * `step` other than `firstStep`, the stepper's first, is a start at a later step.
 */
export function rootAttributes(options: EmbedOptions, firstStep: string | null = null): Record<string, string> {
  return {
    ...(options.theme !== DEFAULT_EMBED_OPTIONS.theme ? { [THEME_ATTRIBUTE]: options.theme } : {}),
    ...(options.caption !== DEFAULT_EMBED_OPTIONS.caption ? { [CAPTION_ATTRIBUTE]: options.caption } : {}),
    ...(options.step !== null && options.step !== firstStep ? { [START_STEP_ATTRIBUTE]: options.step } : {}),
  };
}

/**
 * `url` with `options` in its query string, in a fixed order and only where they differ from the defaults (a
 * `step` of null, or of `firstStep`, is the default), so the default embed keeps its plain URL.
 */
export function embedUrlWithOptions(url: string, options: Partial<EmbedOptions>, firstStep?: string): string {
  const out = new URL(url);
  if (options.theme && options.theme !== DEFAULT_EMBED_OPTIONS.theme) out.searchParams.set('theme', options.theme);
  if (options.caption && options.caption !== DEFAULT_EMBED_OPTIONS.caption) out.searchParams.set('caption', options.caption);
  if (options.step && options.step !== firstStep) out.searchParams.set('step', options.step);
  return out.href;
}
