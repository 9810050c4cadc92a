/**
 * The schema of content/geodata/borders.yaml: every area whose drawing or status the base map alone would get
 * wrong — occupied, disputed or unrecognized, or drawn by world-atlas without a country code. One list, applied
 * to the base map of every scene (src/lib/geo/border-areas.ts).
 */
import { z } from 'astro/zod';
import { countryCode, datedFactSchema, lonLat } from './schema-primitives';

/**
 * A phrase the page reads after "held by" or "claimed by": it names who ("China, which calls it “Zangnan”"), so it
 * starts with a name or an article, never with a word that makes "held by disputed …" or "held by in 2021 …", and
 * its first clause has no verb ("held by Israel has occupied …").
 */
function byWhom(field: 'held' | 'claimed') {
  return z
    .string()
    .trim()
    .min(1)
    // Its first clause (up to a comma or parenthesis) is who, with no verb of its own; a semicolon would read as
    // the end of the phrase on the page, which joins "held by …; claimed by …".
    .refine((text) => !text.includes(';') && !/^(in|on|since|until|disputed|held|claimed|each|both|neither|not|no one|contested)\b/i.test(text) && !/\b(has|have|had|holds|held|claims?|governs|controls|is|are|was|were)\b/.test(text.split(/[,(]/)[0]), {
      error: `\`${field}\` reads after "${field} by": start with who (e.g. "Russia, since 2014"), not a date, a verb or "disputed"; no semicolons`,
    });
}

/** How the page says who holds and claims an area: "held by Russia, since 2014; claimed by Ukraine". */
export function areaStanding(area: Pick<BorderArea, 'held' | 'claimed'>): string {
  return [area.held && `held by ${area.held}`, area.claimed && `claimed by ${area.claimed}`].filter(Boolean).join('; ');
}

/** Where an area's shape comes from. */
export const borderShapeSchema = z.union([
  z
    .object({
      /** The base-map country one of whose polygons is the area (Russia's outline includes Crimea)… */
      polygonOf: countryCode,
      /** …the polygon around this [lon, lat] point. */
      at: lonLat,
    })
    .strict(),
  z
    .object({
      /** A base-map feature that world-atlas draws without a country code, by its name there ("Somaliland"). */
      unnamedFeature: z.string().min(1),
    })
    .strict(),
  z
    .object({
      /** A whole base-map country (Taiwan). */
      country: countryCode,
    })
    .strict(),
  z
    .object({
      /** A geodata areas layer (content/geodata/layers.yaml)… */
      data: z.string().min(1),
      /** …and the feature of it that is the area. */
      feature: z.string().min(1),
    })
    .strict(),
]);

/** One disputed, occupied or otherwise special area of the base map. */
export const borderAreaSchema = z
  .object({
    /** Its name. */
    name: z.string().min(1),
    /**
     * occupied: held by a state in breach of the internationally recognised border; disputed: claimed by more
     * than one state; unrecognized: a self-declared state that few or no others recognize; dependency: a
     * territory of another state, drawn by world-atlas without a code.
     */
    status: z.enum(['occupied', 'disputed', 'unrecognized', 'dependency']),
    /**
     * Who holds it on the story's date, in a few words that read after "held by" ("Russia, since 2014"); left out
     * where who holds it is itself in dispute and no source settles it.
     */
    held: byWhom('held').optional(),
    /** Who else claims it, in a few words that read after "claimed by"; left out where no one does. */
    claimed: byWhom('claimed').optional(),
    /** The UN member states that hold or claim it: a step drawing any of them in a role labels it. */
    parties: z.array(countryCode).default([]),
    /** Its shape; left out for an area our base maps cannot show at their scales (`treatment` says so). */
    shape: z.optional(borderShapeSchema),
    /**
     * For a shape taken from the base map: the country whose outline (and role colour) it is drawn in, its
     * internationally recognised state; `own` keeps it as a shape of its own. Left out, it stays where it is.
     */
    drawnAs: z.union([countryCode, z.literal('own')]).optional(),
    /** Hatched on every map where it is in view (the default for an area with a shape). */
    hatched: z.boolean().optional(),
    /** The map's label for it, shown where a party is in the step and there is room (with `corner`, on every map). */
    label: z
      .object({
        /** What it says, e.g. "Crimea, annexed by Russia in 2014". */
        text: z.string().min(1),
        /** Where; by default the centre of its largest polygon. */
        at: z.optional(lonLat),
        /** For an area without a shape: about how many degrees of longitude it spans, which sets whether it is large enough to label. */
        span: z.number().positive().optional(),
        /**
         * A note, in one or two lines, for a corner of every map that shows the area where its label finds no
         * room or the area is too small to point at: a reader is told of it on every map (Crimea's annexation).
         */
        corner: z.array(z.string().min(1)).min(1).max(2).optional(),
      })
      .strict()
      .optional(),
    /** How the maps draw it, one or two sentences for "About these maps". */
    treatment: z.string().trim().min(1),
    /** What has changed since the story, each dated after its `asOf` day. */
    since: z.array(datedFactSchema).default([]),
    /** Ids of the sources for its status (a dependency whose status nobody disputes needs none). */
    sources: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .refine((a) => a.drawnAs === undefined || (a.shape !== undefined && !('data' in a.shape) && !('country' in a.shape)), {
    error: '`drawnAs` moves a shape taken from the base map (`polygonOf` or `unnamedFeature`); other shapes stay where they are',
    path: ['drawnAs'],
  })
  .refine((a) => a.shape === undefined || !('unnamedFeature' in a.shape) || a.drawnAs !== undefined, {
    error: 'a base-map feature without a country code needs `drawnAs`: the country it belongs to, or `own`',
    path: ['drawnAs'],
  })
  .refine((a) => a.status === 'dependency' || a.sources.length > 0, {
    error: 'cite at least one source for the area\'s status in `sources`',
    path: ['sources'],
  })
  .refine((a) => a.held !== undefined || a.claimed !== undefined, {
    error: 'say who holds the area in `held`, who claims it in `claimed`, or both',
    path: ['held'],
  })
  .refine((a) => a.shape !== undefined || a.label === undefined || a.label.at !== undefined, {
    error: 'an area without a shape needs `label.at`, where its label goes',
    path: ['label', 'at'],
  });

export type BorderArea = z.infer<typeof borderAreaSchema>;
export type BorderShape = z.infer<typeof borderShapeSchema>;
