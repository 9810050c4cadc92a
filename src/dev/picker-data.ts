/** The map-state picker's data for one scene (src/lib/picker/picked-state.ts), from the story the build loads. */
import { BORDER_LAYER } from '../lib/geo/border-layer';
import { pickedFromStep, type PickerSceneJson } from '../lib/picker/picked-state';
import type { CountriesTopology } from '../lib/geo/base-map';
import { loadStory } from '../data/story';

export async function pickerSceneJson(id: string): Promise<PickerSceneJson> {
  const story = await loadStory();
  const scene = story.scenes.get(id);
  if (!scene) throw new Error(`no scene "${id}"`);
  const layers = Object.fromEntries(story.geoFeatures);
  layers[BORDER_LAYER] = story.areaShapes.get(id) ?? [];
  return {
    id,
    scene,
    storyAsOf: story.story.asOf,
    topology: story.bases.get(scene.base) as CountriesTopology,
    layers,
    borderAreas: story.borderAreas,
    bordersKey: story.about.data.key,
    places: Object.fromEntries([...story.places].map(([key, p]) => [key, { name: p.name, at: p.at }])),
    countryLabelPoints: Object.fromEntries(story.countryLabelPoints),
    kindData: Object.fromEntries(story.kindData),
    steps: story.steps.filter((s) => s.entry.data.scene === id).map((s) => ({ anchor: s.anchor, picked: pickedFromStep(s.entry.data), key: s.entry.data.key })),
  };
}
