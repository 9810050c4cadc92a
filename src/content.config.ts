/**
 * Content collections: the files under content/, validated by the schemas in src/lib/content/schemas.ts, and a
 * collection for each layer kind's own data file, as its module declares it (src/lib/layers/kind-data.ts).
 */
import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { borderAreaSchema } from './lib/content/border-area-schema';
import { parsePointCollection } from './lib/geo/geojson-points';
import { kindCollections } from './lib/layers/kind-data';
import { LAYER_KINDS } from './lib/layers/registry';
import { aboutMapsSchema, correctionSchema, sourceSchema } from './lib/content/editorial-schemas';
import { geoLayerSchema, placeSchema, sceneSchema, stepSchema, storySchema } from './lib/content/schemas';

const PLACES_FILE = 'content/geodata/places.geojson';

export const collections = {
  // ilrsPartners, flows, countryGroups, …: each kind's data file, named and checked by its module.
  ...kindCollections(LAYER_KINDS, (d) => defineCollection({ loader: file(`./${d.file}`), schema: d.schema })),
  story: defineCollection({ loader: file('./content/story.yaml'), schema: storySchema }),
  steps: defineCollection({
    // Ids keep the order prefix (010-…) so files sort in story order; the anchor drops it.
    loader: glob({ pattern: '*.md', base: './content/steps', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
    schema: stepSchema,
  }),
  scenes: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/scenes', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
    schema: sceneSchema,
  }),
  sources: defineCollection({ loader: file('./content/sources.yaml'), schema: sourceSchema }),
  // Disputed and occupied areas: how every scene's base map draws them (src/lib/geo/border-areas.ts).
  borderAreas: defineCollection({ loader: file('./content/geodata/borders.yaml'), schema: borderAreaSchema }),
  corrections: defineCollection({ loader: file('./content/corrections.yaml'), schema: correctionSchema }),
  aboutMaps: defineCollection({
    loader: glob({ pattern: 'about-maps.md', base: './content', generateId: () => 'about-maps' }),
    schema: aboutMapsSchema,
  }),
  // The layer list; each layer's GeoJSON is read and checked by src/data/story.ts (lib/geo/geojson-layer.ts).
  geoLayers: defineCollection({ loader: file('./content/geodata/layers.yaml'), schema: geoLayerSchema }),
  places: defineCollection({
    loader: {
      name: 'geojson-points',
      load: async ({ store, parseData }) => {
        store.clear();
        const points = parsePointCollection(await readFile(PLACES_FILE, 'utf8'), PLACES_FILE);
        for (const { id, ...data } of points) {
          store.set({ id, data: await parseData({ id, data, filePath: PLACES_FILE }) });
        }
      },
    },
    schema: placeSchema,
  }),
};
