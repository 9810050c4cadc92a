/**
 * The schemas every other one is built from: country codes, dates, dated facts and positions. Apart from
 * schemas.ts so the layer kinds (src/lib/layers/) can build their schemas on them while schemas.ts builds on theirs.
 */
import { z } from 'astro/zod';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { countryNames, type CountriesTopology } from '../geo/base-map';
import { CONTENT_DATE_PATTERN, parseContentDate } from './dates';

const baseCountries = /*#__PURE__*/ countryNames(countries110m as unknown as CountriesTopology);

/** An ISO 3166-1 numeric country code that the base map draws, e.g. "156" (China). */
export const countryCode = z
  .string()
  .regex(/^\d{3}$/, { error: 'a country code is three digits in quotes (ISO 3166-1 numeric), e.g. "156" for China', abort: true })
  .refine((code) => baseCountries.has(code), {
    error: (issue) =>
      `unknown country code "${String(issue.input)}": the base map (world-atlas countries-110m) has no country with this ISO numeric id; use the ISO 3166-1 numeric code of a country the base map draws, e.g. "156" for China`,
  });

/** A date written "YYYY-MM-DD", "YYYY-MM" or "YYYY", in quotes; it must exist in the calendar. */
export const contentDate = z
  .string({ error: 'a date is written in quotes as "YYYY-MM-DD" (or "YYYY-MM" / "YYYY" when only that is known)' })
  .regex(CONTENT_DATE_PATTERN, {
    error: (issue) => `malformed date "${String(issue.input)}"; write it in quotes as "YYYY-MM-DD" (or "YYYY-MM" / "YYYY" when only that is known)`,
    abort: true,
  })
  .refine((value) => parseContentDate(value) !== null, {
    error: (issue) => `impossible date "${String(issue.input)}": the calendar has no such day or month; correct it to a real date as "YYYY-MM-DD"`,
  });

/** A dated fact added to the article: what happened, when, and who reports it. */
export const datedFactSchema = z
  .object({
    /** When it happened. */
    date: contentDate,
    /** What happened, in a sentence. */
    text: z.string().trim().min(1),
    /** Ids of the sources (content/sources.yaml) that report it. */
    sources: z.array(z.string().min(1)).min(1, { error: 'a dated fact cites at least one source id' }),
  })
  .strict();

/** A longitude/latitude pair in degrees, [lon, lat]. */
export const lonLat = z.tuple([
  z.number().min(-180, { error: 'longitude must be between -180 and 180' }).max(180, { error: 'longitude must be between -180 and 180' }),
  z.number().min(-90, { error: 'latitude must be between -90 and 90' }).max(90, { error: 'latitude must be between -90 and 90' }),
]);
