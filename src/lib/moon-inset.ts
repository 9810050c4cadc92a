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

/** Draws the inset at `size` pixels square. */
export function moonInset(size: number): MoonInset {
  // Tilted 60° so the south pole sits near the lower limb, as it does in views of the Moon from Earth's south.
  const projection = geoOrthographic().rotate([0, 60]).fitExtent([[4, 4], [size - 4, size - 4]], { type: 'Sphere' });
  const path = geoPath(projection);
  const pole = projection([0, -90]);
  if (!pole) throw new Error('the south pole must be visible in the inset');
  return {
    size,
    disc: path({ type: 'Sphere' }) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    pole: [pole[0], pole[1]],
  };
}
