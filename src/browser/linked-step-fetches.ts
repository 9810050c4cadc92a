/**
 * A link to a later step (`#<anchor>`) shows that step's map as soon as the live map can draw it, and its data is
 * on that path: the live map's code asks for it only once the page has been laid out and painted and the map's
 * island has hydrated, at 4× CPU about 0.4 s after the page was parsed, and then waits a round trip for it. So, as
 * soon as the page is parsed, the story's head script starts fetching the data of the step linked to, and the live
 * map is handed those responses (earlyFetches). Handed over rather than preloaded (`<link rel="preload">`): WebKit
 * asked the server for a preloaded file again when the live map fetched it (tests/engines).
 */
import { SHORT_SCREEN_QUERY } from '../lib/render/short-screen';
import { sceneFirstUrls } from '../lib/state/data-urls';
import { earlyFetches } from '../lib/state/early-fetches';
import { storyMapSource } from '../lib/state/story-map-source';
import { linkedLaterStep } from './linked-later-step';

/** Where the head script leaves its fetches for the map's island, which loads later as a module of its own. */
const HANDOVER = 'chinaRussiaLinkedStepFetches';
type Handover = Window & { [HANDOVER]?: typeof fetch };

/**
 * Once the page is parsed, starts fetching the data of the step the page's URL links to, from where the map's
 * figure says it is (story-map-source.ts). Not for the first step (the server drew its map; the live map waits for
 * the reader's first move), nor on a screen too short for the map (where the live map does not start).
 */
export function fetchLinkedStepData(): void {
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      const scene = linkedLaterStep()?.dataset.scene;
      if (!scene || matchMedia(SHORT_SCREEN_QUERY).matches) return;
      const { dataUrl, baseMaps } = storyMapSource(document.querySelector<HTMLElement>('figure.story-map'));
      (window as Handover)[HANDOVER] = earlyFetches(sceneFirstUrls(dataUrl, scene, baseMaps));
    },
    { once: true },
  );
}

/** The fetch that hands over the head script's responses for the linked step, if it started any. */
export function linkedStepFetcher(): typeof fetch | undefined {
  return (window as Handover)[HANDOVER];
}
