/**
 * The content model. These zod schemas are the single source of truth: src/content.config.ts wires them to
 * the files under content/, and every type the site uses derives from them.
 */
import { z } from 'astro/zod';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { countryNames, type CountriesTopology } from './base-map';
import { parseContentDate } from './dates';

const baseCountries = countryNames(countries110m as unknown as CountriesTopology);

/** An ISO 3166-1 numeric country code that the base map draws, e.g. "156" (China). */
export const countryCode = z
  .string()
  .regex(/^\d{3}$/, { error: 'a country code is three digits in quotes (ISO 3166-1 numeric), e.g. "156" for China', abort: true })
  .refine((code) => baseCountries.has(code), {
    error: (issue) => `unknown country code "${String(issue.input)}": the base map (world-atlas countries-110m) has no country with this ISO numeric id`,
  });

/** A date written "YYYY-MM-DD", "YYYY-MM" or "YYYY", in quotes; it must exist in the calendar. */
export const contentDate = z
  .string({ error: 'a date is written in quotes as "YYYY-MM-DD" (or "YYYY-MM" / "YYYY" when only that is known)' })
  .refine((value) => parseContentDate(value) !== null, {
    error: (issue) => `impossible date "${String(issue.input)}": expected a real calendar date as "YYYY-MM-DD", "YYYY-MM" or "YYYY"`,
  });

/** A longitude/latitude pair in degrees, [lon, lat]. */
export const lonLat = z.tuple([
  z.number().min(-180, { error: 'longitude must be between -180 and 180' }).max(180, { error: 'longitude must be between -180 and 180' }),
  z.number().min(-90, { error: 'latitude must be between -90 and 90' }).max(90, { error: 'latitude must be between -90 and 90' }),
]);

/** The part of the world a map state shows. */
export const viewSchema = z
  .object({
    /** Countries the view fits to (ISO numeric codes). */
    fit: z.array(countryCode).min(1).optional(),
    /** A box the view fits to: [[west, south], [east, north]]; west > east crosses the antimeridian. */
    bounds: z.tuple([lonLat, lonLat]).optional(),
    /** Central meridian of the projection; by default the centre of what is fitted. */
    meridian: z.number().min(-180).max(180).optional(),
  })
  .strict()
  .refine((v) => v.fit !== undefined || v.bounds !== undefined, {
    error: 'a view needs `fit` (country codes) or `bounds` ([[west, south], [east, north]])',
  });

/** How a highlighted country is drawn; each scene's legend names the roles it uses. */
export const roleSchema = z.enum(['founder', 'partner', 'listed', 'focus', 'counterpart', 'member', 'subject']);

/** A country drawn in a role at one step. */
export const highlightSchema = z
  .object({
    /** The country (ISO numeric code). */
    country: countryCode,
    /** The role it is drawn in. */
    role: roleSchema,
  })
  .strict();

/** A label on the map: a country's name at its centre, or a named place. */
export const labelSchema = z
  .object({
    /** Label this country (at its centroid). */
    country: countryCode.optional(),
    /** Label this place (an id in content/geodata/places.geojson). */
    place: z.string().optional(),
    /** Text to show instead of the country's or place's name. */
    text: z.string().min(1).optional(),
  })
  .strict()
  .refine((l) => (l.country === undefined) !== (l.place === undefined), {
    error: 'a label names exactly one of `country` or `place`',
  });

/** Frontmatter of a step (content/steps/*.md): the map state shown while the step's prose is read. */
export const stepSchema = z
  .object({
    /** The scene (map) this step uses: an id in content/scenes/. */
    scene: z.string().min(1),
    /** Optional subheading printed above the step's prose (the article's own section titles). */
    heading: z.string().min(1).optional(),
    /** What part of the world the map shows. */
    view: viewSchema,
    /** The date the map shows: dated layers (e.g. ILRS partners) show what was true on that day. */
    asOf: contentDate.optional(),
    /** Countries drawn in a role. */
    highlight: z.array(highlightSchema).default([]),
    /** The scene's layers visible at this step (ids from the scene's `layers`). */
    layers: z.array(z.string().min(1)).default([]),
    /** Labels shown at this step. */
    labels: z.array(labelSchema).default([]),
    /** What the map shows at this step, for screen readers: one or two plain sentences. */
    description: z.string({ error: 'every step needs a `description` of its map for screen readers' }).trim().min(1, {
      error: 'the map `description` is empty: describe what the map shows at this step',
    }),
    /** A short "since then" update where the world has moved on since March 2021. */
    since: z.string().trim().min(1).optional(),
    /** Ids of the sources (content/sources.yaml) behind the step's map and notes. */
    sources: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** A layer a scene can draw. */
export const sceneLayerSchema = z
  .object({
    /** Id that steps list in their `layers`. */
    id: z.string().min(1),
    /** What the layer draws. */
    kind: z.enum(['ilrs-partners', 'moon-inset', 'places']),
    /** A short title for the legend and the data table. */
    title: z.string().min(1),
  })
  .strict();

/** A scene (content/scenes/*.yaml): one map that a run of steps drives. */
export const sceneSchema = z
  .object({
    /** The map's title. */
    title: z.string().min(1),
    /** Projection family; the view of each step fits it. */
    projection: z.enum(['naturalEarth1', 'equalEarth', 'mercator']),
    /** Base geometry from world-atlas. */
    base: z.enum(['countries-110m']),
    /** Layers the scene's steps may show. */
    layers: z.array(sceneLayerSchema).default([]),
    /** Legend entries: what each role looks like and means on this map. */
    legend: z.array(z.object({ role: roleSchema, label: z.string().min(1) }).strict()).default([]),
    /** Credit lines printed under the map. */
    credits: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** A source cited by steps (content/sources.yaml). */
export const sourceSchema = z
  .object({
    /** Publisher or outlet, e.g. "TASS". */
    publisher: z.string().min(1),
    /** The item's own title, where one was seen. */
    title: z.string().min(1).optional(),
    /** Publication date. */
    date: contentDate.optional(),
    /** Where it can be read. */
    url: z.httpUrl({ error: 'a source `url` must be a full http(s) URL' }),
  })
  .strict();

/** A country in the International Lunar Research Station (content/data/ilrs-partners.yaml). */
export const ilrsPartnerSchema = z
  .object({
    /** The country (ISO numeric code). */
    country: countryCode,
    /** Display name. */
    name: z.string().min(1),
    /** Founder (China, Russia) or partner. */
    role: z.enum(['founder', 'partner']),
    /** When it signed; null where no signing date could be verified. */
    signed: contentDate.nullable(),
    /** When it was first listed as a participant, for partners without a verified signing date. */
    listed: contentDate.optional(),
    /** The agreement, as reported. */
    agreement: z.string().min(1),
    /** The capital, where the map puts its marker: [lon, lat]. */
    capital: lonLat,
    /** Ids of the sources behind this entry. */
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict()
  .refine((p) => p.signed !== null || p.listed !== undefined, {
    error: 'a partner without a `signed` date needs a `listed` date (when a source first named it)',
  });

/** The story's own metadata (content/story.yaml). */
export const storySchema = z
  .object({
    /** The headline. */
    headline: z.string().min(1),
    /** The standfirst under the headline. */
    dek: z.string().min(1),
    /** When the article was published (month precision is fine). */
    published: contentDate,
    /** When the "since then" notes were last brought up to date; no content date may be later. */
    updated: contentDate,
    /** The credit line. */
    credit: z.string().min(1),
  })
  .strict();

/** A place that labels can name (content/geodata/places.geojson). */
export const placeSchema = z.object({
  /** Display name. */
  name: z.string().min(1),
  /** Where it is: [lon, lat]. */
  at: lonLat,
  /** Where the coordinate comes from. */
  source: z.string().min(1),
});

export type Step = z.infer<typeof stepSchema>;
export type StepView = z.infer<typeof viewSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Highlight = z.infer<typeof highlightSchema>;
export type Label = z.infer<typeof labelSchema>;
export type Scene = z.infer<typeof sceneSchema>;
export type SceneLayer = z.infer<typeof sceneLayerSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type IlrsPartner = z.infer<typeof ilrsPartnerSchema>;
export type Story = z.infer<typeof storySchema>;
export type Place = z.infer<typeof placeSchema>;
