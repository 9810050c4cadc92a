/**
 * The content model. These zod schemas are the single source of truth: src/content.config.ts wires them to
 * the files under content/, and every type the site uses derives from them.
 */
import { z } from 'astro/zod';
import { parseContentDate } from './dates';
import { contentDate, countryCode, datedFactSchema, lonLat } from './schema-primitives';

import { countryGroupSchema, highlightSchema, roleSchema } from '../layers/countries';
import { flowSchema, measureSchema } from '../layers/flows';
import { geoLayerSchema } from '../layers/geodata';
import { ilrsPartnerSchema } from '../layers/ilrs-partners';
import { labelSchema, placeSchema } from '../layers/labels';
import { kindsWith } from '../layers/layer-kind';
import { LAYER_KINDS } from '../layers/registry';

export { contentDate, countryCode, datedFactSchema, lonLat } from './schema-primitives';
// Each layer kind's schemas live with the kind (src/lib/layers/); the content model is built from them here.
export { countryGroupSchema, flowSchema, geoLayerSchema, highlightSchema, ilrsPartnerSchema, labelSchema, measureSchema, placeSchema, roleSchema };

/** Scene layer kinds that name a geodata layer in `data`, and those whose layers may `fade` in. */
const WITH_DATA = kindsWith(LAYER_KINDS, 'data');
const WITH_FADE = kindsWith(LAYER_KINDS, 'fade');
/** How the legend names drawn styles, each kind's ("flow:<kind>", "line:<layer>[:<class>]", …), and their prefixes. */
const LEGEND_STYLES = LAYER_KINDS.flatMap((k) => (k.legendStyle ? [k.legendStyle] : []));
const LEGEND_STYLE = new RegExp(`^(${LEGEND_STYLES.map((s) => s.split(':')[0]).join('|')}):[a-z0-9-]+(:[a-z0-9-]+)?$`);
/** "a, b or c". */
const either = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? ''));
/** "`lines` or `areas`". */
const quoted = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(' or ');

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

/**
 * A legend entry: a role (a country fill) or a style key of something drawn, as its layer kind names them
 * (`legendStyle`): `flow:<kind>` for flows, `line:<layer>` or `line:<layer>:<class>` for lines,
 * `area:<layer>:<class>` for areas.
 */
export const legendEntrySchema = z
  .object({
    /** The role this entry explains. */
    role: roleSchema.optional(),
    /** The style key this entry explains. */
    style: z.string().regex(LEGEND_STYLE, { error: `a legend \`style\` is ${either(LEGEND_STYLES)}` }).optional(),
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

/** The kinds a scene lists in its `layers`, by their `kind` (src/lib/layers/registry.ts). */
export const SCENE_LAYER_KINDS = LAYER_KINDS.filter((k) => k.sceneLayer).map((k) => k.name) as [string, ...string[]];

/** A layer a scene can draw. */
export const sceneLayerSchema = z
  .object({
    /** Id that steps list in their `layers`. */
    id: z.string().min(1),
    /**
     * What the layer draws, one of the kinds in src/lib/layers/registry.ts: ILRS partners
     * (content/data/ilrs-partners.yaml), the lunar inset, flows (content/data/flows.yaml), or the lines or areas
     * of a geodata layer (content/geodata/layers.yaml).
     */
    kind: z.enum(SCENE_LAYER_KINDS),
    /** A short title for the legend and the data table. */
    title: z.string().min(1),
    /** For `lines` and `areas`: the geodata layer id. */
    data: z.string().min(1).optional(),
    /** For `lines`: the lines fade in as the step enters (at once under reduced motion). */
    fade: z.boolean().default(false),
  })
  .strict()
  .refine((l) => WITH_DATA.includes(l.kind) === (l.data !== undefined), {
    error: `a ${quoted(WITH_DATA)} layer names its geodata layer in \`data\`; other kinds have no \`data\``,
  })
  .refine((l) => !l.fade || WITH_FADE.includes(l.kind), { error: `\`fade\` is for ${quoted(WITH_FADE)} layers only`, path: ['fade'] });

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
