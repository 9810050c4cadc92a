/**
 * The content model. These zod schemas are the single source of truth: src/content.config.ts wires them to
 * the files under content/, and every type the site uses derives from them.
 */
import { z } from 'astro/zod';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { countryNames, type CountriesTopology } from '../geo/base-map';
import { CONTENT_DATE_PATTERN, parseContentDate } from './dates';

const baseCountries = countryNames(countries110m as unknown as CountriesTopology);

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
export const roleSchema = z.enum(['founder', 'partner', 'listed', 'focus', 'counterpart', 'member', 'subject', 'transit']);

/** A country, or a named group of countries, drawn in a role at one step. */
export const highlightSchema = z
  .object({
    /** The country (ISO numeric code). */
    country: countryCode.optional(),
    /** A group of countries (an id in content/data/country-groups.yaml). */
    group: z.string().min(1).optional(),
    /** The role it is drawn in. */
    role: roleSchema,
  })
  .strict()
  .refine((h) => (h.country === undefined) !== (h.group === undefined), {
    error: 'a highlight names exactly one of `country` or `group`',
  });

/** A layer as a step lists it: its id, or its id and the only features of it to show. */
export const stepLayerSchema = z
  .union([
    z.string().min(1),
    z
      .object({
        /** The scene layer's id. */
        id: z.string().min(1),
        /** Ids of the layer's features to show (flows, lines or areas); all when left out. */
        show: z.array(z.string().min(1)).min(1),
      })
      .strict(),
  ])
  .transform((layer) => (typeof layer === 'string' ? { id: layer } : layer));

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

/**
 * A legend entry: a role (a country fill) or a style key of something drawn: `flow:<kind>` for flows,
 * `line:<layer>` or `line:<layer>:<class>` for lines, `area:<layer>:<class>` for areas.
 */
export const legendEntrySchema = z
  .object({
    /** The role this entry explains. */
    role: roleSchema.optional(),
    /** The style key this entry explains. */
    style: z.string().regex(/^(flow|line|area):[a-z0-9-]+(:[a-z0-9-]+)?$/, { error: 'a legend `style` is flow:<kind>, line:<layer>[:<class>] or area:<layer>[:<class>]' }).optional(),
    /**
     * What it means, in a few words. For a role, `{countries}` stands for the countries the step draws in it
     * ("China and Russia" at one step, "China" at another).
     */
    label: z.string().min(1),
    /** For a mark sized by value (energy flows): reference values the key draws at the map's scale. */
    sizes: z.array(z.number().positive()).min(1).optional(),
    /** The unit of `sizes`, e.g. "Mt of oil equivalent a year". */
    unit: z.string().min(1).optional(),
  })
  .strict()
  .refine((e) => (e.role === undefined) !== (e.style === undefined), { error: 'a legend entry names exactly one of `role` or `style`' })
  .refine((e) => (e.sizes === undefined) === (e.unit === undefined), { error: 'reference `sizes` come with their `unit`', path: ['unit'] })
  .refine((e) => !/\{(?!countries\})[^}]*\}/.test(e.label), { error: 'the only placeholder a key label may hold is {countries}', path: ['label'] });

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
    /** The scene's layers visible at this step (ids from the scene's `layers`, optionally with `show`). */
    layers: z.array(stepLayerSchema).default([]),
    /** Labels shown at this step. */
    labels: z.array(labelSchema).default([]),
    /** What the map shows at this step, for screen readers: one or two plain sentences. */
    description: z
      .string({ error: 'every step needs a `description` of its map for screen readers; add `description:` with one or two sentences on what the map shows' })
      .trim()
      .min(1, { error: 'the map `description` is empty; describe what the map shows at this step in one or two sentences' }),
    /** "Since then" updates where the world has moved on, each dated after the story's `asOf` day. */
    since: z.array(datedFactSchema).default([]),
    /** An editor's note on the article's words (not on later events: those go in `since`). */
    note: z.string().trim().min(1).optional(),
    /** Key labels for this step only, where the scene's would say more or less than this map shows. */
    key: z.array(legendEntrySchema).default([]),
    /** Ids of the sources (content/sources.yaml) behind the step's map and notes. */
    sources: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** A layer a scene can draw. */
export const sceneLayerSchema = z
  .object({
    /** Id that steps list in their `layers`. */
    id: z.string().min(1),
    /**
     * What the layer draws: ILRS partners (content/data/ilrs-partners.yaml), the lunar inset, flows
     * (content/data/flows.yaml), or the lines or areas of a geodata layer (content/geodata/layers.yaml).
     */
    kind: z.enum(['ilrs-partners', 'moon-inset', 'flows', 'lines', 'areas']),
    /** A short title for the legend and the data table. */
    title: z.string().min(1),
    /** For `lines` and `areas`: the geodata layer id. */
    data: z.string().min(1).optional(),
    /** For `lines`: the lines draw themselves as the step enters (static under reduced motion). */
    draw: z.boolean().default(false),
  })
  .strict()
  .refine((l) => (l.kind === 'lines' || l.kind === 'areas') === (l.data !== undefined), {
    error: 'a `lines` or `areas` layer names its geodata layer in `data`; other kinds have no `data`',
  })
  .refine((l) => !l.draw || l.kind === 'lines', { error: '`draw` is for `lines` layers only', path: ['draw'] });

/** A geodata layer (content/geodata/layers.yaml): a GeoJSON file of lines or areas in content/geodata/. */
export const geoLayerSchema = z
  .object({
    /** The GeoJSON file, in content/geodata/. */
    file: z.string().regex(/^[\w.-]+\.geojson$/, { error: 'a geodata `file` is a .geojson file name in content/geodata/' }),
    /** What it holds. */
    geometry: z.enum(['lines', 'areas']),
    /** The feature property that holds each feature's id. */
    idField: z.string().min(1),
    /** The feature property that sets each feature's style class, if any. */
    classField: z.string().min(1).optional(),
    /** The feature property holding each feature's name, for the map's text alternative. */
    nameField: z.string().min(1).optional(),
    /** The feature property holding a note on each feature, for the map's text alternative. */
    noteField: z.string().min(1).optional(),
    /** The credit line every map showing this layer must carry. */
    credit: z.string().min(1),
    /** Dated facts about features, by feature id (e.g. when a pipeline was finished, or damaged). */
    facts: z.record(z.string().min(1), z.array(datedFactSchema).min(1)).optional(),
  })
  .strict();

/** A scene (content/scenes/*.yaml): one map that a run of steps drives. */
export const sceneSchema = z
  .object({
    /** The map's title. */
    title: z.string().min(1),
    /** Projection family; the view of each step fits it. */
    projection: z.enum(['naturalEarth1', 'equalEarth', 'mercator']),
    /** Base geometry from world-atlas: 110m for world views, 50m where a regional view needs the detail. */
    base: z.enum(['countries-110m', 'countries-50m']),
    /** Layers the scene's steps may show. */
    layers: z.array(sceneLayerSchema).default([]),
    /** Legend entries: what each role or line style looks like and means on this map. */
    legend: z.array(legendEntrySchema).default([]),
    /** Credit lines printed under the map. */
    credits: z.array(z.string().min(1)).min(1),
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

/** A dated measure behind a flow, e.g. one sanctions package. */
export const measureSchema = z
  .object({
    /** When it was taken. */
    date: contentDate,
    /** What it was, in one line. */
    text: z.string().min(1),
    /** Ids of the sources behind it. */
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** A flow between places (content/data/flows.yaml): sanctions, counter-sanctions or energy exports. */
export const flowSchema = z
  .object({
    /** Where it starts: a place id. */
    from: z.string().min(1),
    /** Where it ends: a place id. */
    to: z.string().min(1),
    /** What kind of flow it is; each kind has its own line style, not only its own colour. */
    kind: z.enum(['sanctions', 'counter-sanctions', 'energy']),
    /** The label on the map. */
    label: z.string().min(1),
    /** For energy flows drawn along a pipeline: the route, as a feature of a geodata layer. */
    route: z.object({ data: z.string().min(1), feature: z.string().min(1) }).strict().optional(),
    /** For energy flows: how much, which sets the line's width. */
    volume: z
      .object({
        /** As reported, e.g. "83.57 Mt of crude oil". */
        amount: z.string().min(1),
        /** The year the amount is for. */
        year: contentDate,
        /** The same in million tonnes of oil equivalent, the common unit that sets the width. */
        mtoe: z.number().positive(),
      })
      .strict()
      .optional(),
    /** The dated measures or figures behind the flow. */
    measures: z.array(measureSchema).min(1),
  })
  .strict()
  .refine((f) => (f.kind === 'energy') === (f.volume !== undefined), {
    error: 'energy flows give a `volume` (which sets their width); sanctions flows do not',
  });

/** A named group of countries (content/data/country-groups.yaml), e.g. NATO's members in March 2021. */
export const countryGroupSchema = z
  .object({
    /** Display name. */
    name: z.string().min(1),
    /** The member countries (ISO numeric codes). */
    members: z.array(countryCode).min(1),
    /** Ids of the sources for the membership. */
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** The story's own metadata (content/story.yaml). */
export const storySchema = z
  .object({
    /** The headline. */
    headline: z.string().min(1),
    /** The standfirst under the headline. */
    dek: z.string().min(1),
    /** When the article was published, as precisely as it is known (month precision is fine). */
    published: contentDate,
    /**
     * The day the story speaks as of: within `published`, the latest day the article can have been written.
     * Anything dated later is framed "Since then"; nothing earlier is.
     */
    asOf: contentDate.refine((d) => d.length === 10, { error: 'the story\'s `asOf` is a day, "YYYY-MM-DD"' }),
    /** The credit line. */
    credit: z.string().min(1),
  })
  .strict()
  .refine(
    (s) => {
      const range = parseContentDate(s.published);
      // A malformed date is reported on its own field.
      if (range === null || parseContentDate(s.asOf)?.precision !== 'day') return true;
      return s.asOf >= range.start && s.asOf <= range.end;
    },
    { error: 'the story\'s `asOf` day falls within its `published` date', path: ['asOf'] },
  );

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
export type IlrsPartner = z.infer<typeof ilrsPartnerSchema>;
export type Story = z.infer<typeof storySchema>;
export type Place = z.infer<typeof placeSchema>;
export type StepLayer = z.infer<typeof stepLayerSchema>;
export type LegendEntry = z.infer<typeof legendEntrySchema>;
export type GeoLayer = z.infer<typeof geoLayerSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Flow = z.infer<typeof flowSchema>;
export type CountryGroup = z.infer<typeof countryGroupSchema>;
export type DatedFact = z.infer<typeof datedFactSchema>;
