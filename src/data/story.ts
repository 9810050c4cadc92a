/**
 * Build-time access to the story: reads the content collections, checks them across collections, and
 * resolves each step into the map state the renderer draws. Pages call `loadStory()`; a content problem
 * stops the build here with every message at once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { countryFeatures, labelPoint, type CountriesTopology, type CountryFeature } from '../lib/base-map';
import { resolveMapState, type MapState } from '../lib/map-state';
import type { Scene, Source, Story } from '../lib/schemas';
import { anchorFromFile, storyProblems } from '../lib/validate-story';

/** A step ready to render: its entry (for the prose), anchor and resolved map state. */
export interface StoryStep {
  entry: CollectionEntry<'steps'>;
  anchor: string;
  state: MapState;
}

/** The whole story, resolved. */
export interface LoadedStory {
  story: Story;
  steps: StoryStep[];
  scenes: Map<string, Scene>;
  sources: Map<string, Source>;
  /** Cited source ids in order of first citation. */
  citedSources: string[];
  countries: CountryFeature[];
  topology: CountriesTopology;
}

const topology = countries110m as unknown as CountriesTopology;
let loading: Promise<LoadedStory> | undefined;

async function load(): Promise<LoadedStory> {
  const [storyEntries, stepEntries, sceneEntries, sourceEntries, partnerEntries, placeEntries] = await Promise.all([
    getCollection('story'),
    getCollection('steps'),
    getCollection('scenes'),
    getCollection('sources'),
    getCollection('ilrsPartners'),
    getCollection('places'),
  ]);
  if (storyEntries.length !== 1) throw new Error(`content/story.yaml: expected exactly one story entry, found ${storyEntries.length}`);
  const story = storyEntries[0].data;
  const ordered = [...stepEntries].sort((a, b) => a.id.localeCompare(b.id));
  const scenes = new Map(sceneEntries.map((e) => [e.id, e.data]));
  const partnersFile = 'content/data/ilrs-partners.yaml';

  const problems = storyProblems({
    story: { file: 'content/story.yaml', data: story },
    steps: ordered.map((e) => ({ anchor: anchorFromFile(e.id), file: e.filePath ?? `content/steps/${e.id}.md`, data: e.data, body: e.body ?? '' })),
    scenes,
    sourceIds: new Set(sourceEntries.map((e) => e.id)),
    placeIds: new Set(placeEntries.map((e) => e.id)),
    partners: partnerEntries.map((e) => ({ file: partnersFile, id: e.id, data: e.data })),
  });
  if (problems.length > 0) {
    throw new Error(`Content problems (${problems.length}):\n- ${problems.join('\n- ')}`);
  }

  const countries = countryFeatures(topology);
  const countryLabelPoints = new Map(countries.map((c) => [c.id, { name: c.properties.name, at: labelPoint(c) }]));
  const places = new Map(placeEntries.map((e) => [e.id, e.data]));
  const partners = partnerEntries.map((e) => e.data);

  const steps = ordered.map((entry, i) => {
    const anchor = anchorFromFile(entry.id);
    const scene = scenes.get(entry.data.scene) as Scene;
    const state = resolveMapState(anchor, entry.data, ordered[i - 1]?.data, { scene, partners, places, countryLabelPoints });
    return { entry, anchor, state };
  });

  const citedSources = [...new Set(ordered.flatMap((e) => e.data.sources))];
  const sources = new Map(sourceEntries.map((e) => [e.id, e.data]));
  return { story, steps, scenes, sources, citedSources, countries, topology };
}

/** Loads and checks the story once per build. */
export function loadStory(): Promise<LoadedStory> {
  loading ??= load();
  return loading;
}
