/**
 * The schemas of the editorial record around the story: its sources (content/sources.yaml), its corrections and
 * updates (content/corrections.yaml) and its note on how the maps are made (content/about-maps.md).
 */
import { z } from 'astro/zod';
import { contentDate } from './schema-primitives';
import { isBareIpHost, isWikipedia } from './source-hosts';

/** The site's own words take typographic quotes and apostrophes (house-style.ts); a quoted headline keeps its own. */
const TYPOGRAPHIC = { error: 'straight quotes in words of our own; use typographic ones: “ ” for quotes, ’ for apostrophes' };

/**
 * A source cited by steps (content/sources.yaml): the original publication, or a news organization's licensed
 * republication of a wire story or statement where the original could not be retrieved (its publisher reads
 * "Reuters (via CNA)"); never a mirror or a repost.
 */
export const sourceSchema = z
  .object({
    /** Publisher of the original, e.g. "TASS", "US Department of the Treasury". */
    publisher: z
      .string()
      .min(1, { error: 'a source names its `publisher`' })
      .refine((text) => !/["']/.test(text), TYPOGRAPHIC),
    /** The item's own title; in [square brackets], our description of an item whose headline could not be checked. */
    title: z
      .string({ error: 'every source needs the `title` of the item cited, as its publisher gave it' })
      .trim()
      .min(1)
      .refine((text) => !text.startsWith('[') || !/["']/.test(text), TYPOGRAPHIC),
    /** Publication date. */
    date: contentDate,
    /** The original's canonical address. */
    url: z
      .url({ protocol: /^https?$/, error: 'a source `url` must be a full http(s) URL' })
      .refine((url) => !isBareIpHost(url), { error: 'a source `url` on a bare IP address is not the original publication: cite the publisher\'s own address' })
      .refine((url) => !isWikipedia(url), { error: 'Wikipedia and its mirrors are not sources: cite the original publication Wikipedia cites' }),
  })
  .strict();

/** A correction or update to the published story (content/corrections.yaml). */
export const correctionSchema = z
  .object({
    /** When it was made. */
    date: contentDate.refine((d) => d.length === 10, { error: 'a correction is dated to the day, "YYYY-MM-DD"' }),
    /** A correction fixes a mistake; an update brings the story up to date. */
    kind: z.enum(['correction', 'update']),
    /** What it is about, in a few words ("borders", "the energy map's scale"): a step's links to entries of one day differ by it. */
    subject: z.string().trim().min(1, { error: 'a correction names its `subject` in a few words, e.g. "borders"' }).max(40, { error: 'a correction\'s `subject` is a few words (40 characters at most); the `text` says the rest' }),
    /** What changed, in a sentence or two. */
    text: z.string().trim().min(1),
    /** The steps it concerns (their ids); each links to this entry. */
    steps: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** "About these maps" (content/about-maps.md): its prose says how the maps draw borders, scales and time. */
export const aboutMapsSchema = z
  .object({
    /** Its heading. */
    title: z.string().min(1),
    /** The key's entry for the hatching of disputed and occupied areas. */
    key: z.string().min(1),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
export type Correction = z.infer<typeof correctionSchema>;
