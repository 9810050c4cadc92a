/** The lunar south-pole inset, captioned with its layer's title; drawn by src/lib/render/moon-inset.ts. */
import type { LayerKind } from './layer-kind';

export const moonInset: LayerKind = {
  name: 'moon-inset',
  sceneLayer: { data: false, draw: false },
  resolve(draft, { layers }) {
    draft.moonInset = layers[0]?.title ?? null;
  },
};
