/**
 * A data file a layer kind owns (the ILRS partners, the flows, the country groups): declared once in the kind's
 * module, so the content collections (src/content.config.ts), the story's loading (src/data/story.ts) and the
 * contexts the kinds read from (`KindDataSet`) take it from the registry and name no kind.
 */
import type { z } from 'astro/zod';

/** A kind's data file: its content collection, where it is, the schema of one entry and the sources it cites. */
export interface KindData<S extends z.ZodType = z.ZodType> {
  /** The content collection's name (src/content.config.ts). */
  collection: string;
  /** The file, from the project's root, as content messages name it: `content/data/<name>.yaml`. */
  file: string;
  /** The schema of one entry. */
  schema: S;
  /** The ids of the sources an entry cites, for the story's list of sources. */
  sources?(entry: z.infer<S>): string[];
  /**
   * The text an entry adds to the article, as [field, text] (e.g. ["measures[0].text", "…"]): the house style
   * checks it (validate-framing.ts).
   */
  prose?(entry: z.infer<S>): [string, string][];
}

/** An entry of a kind's data file, with the file it came from (for messages) and its id. */
export interface KindEntry<T = unknown> {
  file: string;
  id: string;
  data: T;
}

/** Every kind's data, by collection: what the build loaded, in file order. */
export type KindDataSet = ReadonlyMap<string, readonly KindEntry[]>;

/** A kind's entries in `set`, typed by its descriptor's schema; none where the collection is absent. */
export function entriesOf<S extends z.ZodType>(set: KindDataSet, descriptor: KindData<S>): readonly KindEntry<z.infer<S>>[] {
  return (set.get(descriptor.collection) ?? []) as readonly KindEntry<z.infer<S>>[];
}

/** A kind's entry by id, typed by its descriptor's schema. */
export function entryById<S extends z.ZodType>(set: KindDataSet, descriptor: KindData<S>, id: string): z.infer<S> | undefined {
  return entriesOf(set, descriptor).find((e) => e.id === id)?.data;
}

/** Every kind's data files, in registry order; the same collection declared twice is a mistake in the code. */
export function kindDataFiles(kinds: readonly { name: string; data?: readonly KindData[] }[]): KindData[] {
  const seen = new Map<string, string>();
  return kinds.flatMap((kind) =>
    (kind.data ?? []).map((d) => {
      const other = seen.get(d.collection);
      if (other !== undefined) throw new Error(`layer kinds "${other}" and "${kind.name}" both declare the collection "${d.collection}"`);
      seen.set(d.collection, kind.name);
      return d;
    }),
  );
}

/**
 * A collection for each kind's data file, by collection name, made by `define` (src/content.config.ts passes
 * Astro's `defineCollection` with a file loader; a test passes its own).
 */
export function kindCollections<C>(kinds: readonly { name: string; data?: readonly KindData[] }[], define: (data: KindData) => C): Record<string, C> {
  return Object.fromEntries(kindDataFiles(kinds).map((d) => [d.collection, define(d)]));
}
