/**
 * Every layer kind, in the order their parts of a step are resolved, keyed, checked and listed in the downloads
 * (and the scene schema lists the `kind`s a scene may use), and the drawings of those that draw over the base map.
 * Adding a kind: its module in this folder, its entries here, and content that uses it (docs/content.md, "Add a
 * layer kind").
 */
import { areas } from './areas';
import { countries } from './countries';
import { disputedAreas } from './disputed-areas';
import { flows, flowsDrawing } from './flows';
import { ilrsPartners, ilrsPartnersDrawing } from './ilrs-partners';
import { labels, labelsDrawing } from './labels';
import type { LayerDrawing } from './layer-drawing';
import type { LayerKind } from './layer-kind';
import { lines } from './lines';
import { moonInset, moonInsetDrawing } from './moon-inset';

export const LAYER_KINDS: readonly LayerKind[] = [countries, ilrsPartners, moonInset, flows, labels, lines, areas, disputedAreas];

/** The order "What the map shows" lists them in: what moves and who signed first, the places labeled last. */
export const TEXT_ORDER: readonly LayerKind[] = [flows, ilrsPartners, lines, areas, disputedAreas, labels];


/**
 * The kinds that draw at screen scale, in drawing order: arrows first, then markers and labels, the inset last (it
 * takes a corner clear of the markers). Lines and areas need none: the base drawing draws them.
 */
export const LAYER_DRAWINGS: readonly LayerDrawing[] = [flowsDrawing, ilrsPartnersDrawing, labelsDrawing, moonInsetDrawing];
