/**
 * The layer kinds that draw at screen scale, in drawing order: arrows first, then markers and labels, the inset
 * last (it takes a corner clear of the markers). A new kind that draws over the base map adds its drawing here.
 */
import { flowsDrawing } from './flows';
import { ilrsPartnersDrawing } from './ilrs-partners';
import { labelsDrawing } from './labels';
import type { LayerDrawing } from './layer-drawing';
import { moonInsetDrawing } from './moon-inset';

export const LAYER_DRAWINGS: readonly LayerDrawing[] = [flowsDrawing, ilrsPartnersDrawing, labelsDrawing, moonInsetDrawing];
