/** Shared by the kinds that draw markers: a marker's box, which no label may cover. */
import type { Role } from '../../content/schemas';
import { markerRadius } from '../frame-parts';
import type { Box } from './layer-drawing';

/** The box around a marker at `p` (from the unrounded point labels are placed by). */
export function markerBox(p: [number, number], role: Role | null): Box {
  const r = markerRadius({ role }) + 1;
  return { x0: p[0] - r, y0: p[1] - r, x1: p[0] + r, y1: p[1] + r };
}
