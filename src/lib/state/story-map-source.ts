/**
 * Where the story's live map finds its data. The sticky map's figure (StoryMapFigure.astro) carries it once, for the
 * story's head script, which fetches a linked step's data early (src/browser/linked-step-fetches.ts), and for the map's
 * island (StoryMap.svelte): `data-data-url`, the data folder's URL, and `data-base-maps`, each scene's base map file
 * by scene id, as JSON.
 */
export interface StoryMapSource {
  /** URL of the folder holding each scene's `<scene>.json`. */
  dataUrl: string;
  /** Each scene's base map file (its `topology`), fetched beside the scene's data rather than after it. */
  baseMaps: Record<string, string>;
}

/** Reads the figure's data source; a figure without either attribute is an error that says so. */
export function storyMapSource(figure: { dataset: Record<string, string | undefined> } | null): StoryMapSource {
  const { dataUrl, baseMaps } = figure?.dataset ?? {};
  if (dataUrl === undefined || baseMaps === undefined) throw new Error('story page: figure.story-map lacks data-data-url or data-base-maps');
  return { dataUrl, baseMaps: JSON.parse(baseMaps) as Record<string, string> };
}
