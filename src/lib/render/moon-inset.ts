/** The lunar south-pole inset: an orthographic Moon seen from below its equator, with the pole marked. */
import { geoGraticule10, geoOrthographic, geoPath } from 'd3-geo';

/** The inset's drawing, in the inset's own pixel box. */
export interface MoonInset {
  /** Side of the square inset, in pixels. */
  size: number;
  /** Outline of the Moon's disc. */
  disc: string;
  /** 10° graticule lines. */
  graticule: string;
  /** Where the south pole falls: [x, y]. */
  pole: [number, number];
}

/** Drawings by size: the live map asks for the same inset on every frame of a glide. */
const drawn = new Map<number, MoonInset>();

/** Draws the inset at `size` pixels square. */
export function moonInset(size: number): MoonInset {
  const known = drawn.get(size);
  if (known) return known;
  // Tilted 60° so the south pole sits near the lower limb, as it does in views of the Moon from Earth's south.
  const projection = geoOrthographic().rotate([0, 60]).fitExtent([[4, 4], [size - 4, size - 4]], { type: 'Sphere' });
  const path = geoPath(projection);
  const pole = projection([0, -90]);
  if (!pole) throw new Error('the south pole must be visible in the inset');
  const inset: MoonInset = {
    size,
    disc: path({ type: 'Sphere' }) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    pole: [pole[0], pole[1]],
  };
  drawn.set(size, inset);
  return inset;
}
