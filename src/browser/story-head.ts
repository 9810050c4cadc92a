/**
 * The story's head script, inline (its hash in the page's policy): it cannot fail to load as a module might, and it
 * runs before any of the page below it is parsed. It puts each step's map in words in the page when it opens
 * (map-data-text.ts); on a page opened at a link into it, it holds the first frame until the parser reaches the
 * element linked to (first-frame-at-link.ts) and holds back the layout of the rest of the page (held-layout.ts); it
 * starts fetching the data of a step the page's URL links to (linked-step-fetches.ts); and at a link to a later step
 * it keeps the server's drawing of the first step out of rendering (server-map-at-link.ts).
 */
import './map-data-text';
import { holdFirstFrameForLink } from './first-frame-at-link';
import { holdLayoutForLink } from './held-layout';
import { fetchLinkedStepData } from './linked-step-fetches';
import { hideServerMapForLink } from './server-map-at-link';

holdFirstFrameForLink();
holdLayoutForLink();
fetchLinkedStepData();
hideServerMapForLink();
