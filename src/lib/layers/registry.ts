/**
 * Every layer kind, in the order their parts of a step are resolved, keyed, checked and listed in the downloads
 * (and the scene schema lists the `kind`s a scene may use). Adding a kind: its module in this folder, its entry
 * here, and content that uses it (docs/content.md, "Add a layer kind").
 */
import { areas } from './areas';
import { countries } from './countries';
import { disputedAreas } from './disputed-areas';
import { flows } from './flows';
import { ilrsPartners } from './ilrs-partners';
import { labels } from './labels';
import type { LayerKind } from './layer-kind';
import { lines } from './lines';
import { moonInset } from './moon-inset';

export const LAYER_KINDS: readonly LayerKind[] = [countries, ilrsPartners, moonInset, flows, labels, lines, areas, disputedAreas];

/** The order "What the map shows" lists them in: what moves and who signed first, the places labeled last. */
export const TEXT_ORDER: readonly LayerKind[] = [flows, ilrsPartners, lines, areas, disputedAreas, labels];

/** The kinds a scene lists in its `layers`, by their `kind`. */
export const SCENE_LAYER_KINDS = LAYER_KINDS.filter((k) => k.sceneLayer).map((k) => k.name) as [string, ...string[]];
