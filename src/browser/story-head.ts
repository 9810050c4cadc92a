/**
 * The story's head script, inline (its hash in the page's policy): it cannot fail to load as a module might, and it
 * runs before any of the page below it is parsed. It puts each step's map in words in the page when it opens
 * (map-data-text.ts), holds back the items below the story on a page opened at a link into it (below-story.ts), and
 * starts fetching the data of a step the page's URL links to (linked-step-fetches.ts).
 */
import './map-data-text';
import { holdBelowStory } from './below-story';
import { fetchLinkedStepData } from './linked-step-fetches';

holdBelowStory();
fetchLinkedStepData();
