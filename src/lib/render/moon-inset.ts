/** The lunar south-pole inset: an orthographic Moon seen from below its equator, with the pole marked. */
import { geoOrthographic, geoPath } from 'd3-geo';
import { graticuleLines } from '../geo/graticule-lines';

/** The inset's drawing, in the inset's own pixel box. */
export interface MoonInset {
  /** Side of the square inset, in pixels. */
  size: number;
  /** The Moon's disc: its centre and radius (an orthographic globe's outline is a circle). */
  disc: { x: number; y: number; r: number };
  /** 10° graticule lines. */
  graticule: string;
  /** Where the south pole falls: [x, y]. */
  pole: [number, number];
}

/** Drawings by size: the live map asks for the same inset on every frame of a glide. */
const drawn = new Map<number, MoonInset>();

/** Room between the disc and the inset's square, in pixels. */
const MARGIN = 4;

/** The inset's projection at `size` pixels square: the globe fills the square but for its margin. */
export function insetProjection(size: number) {
  // Tilted 60° so the south pole sits near the lower limb, as it does in views of the Moon from Earth's south.
  return geoOrthographic()
    .rotate([0, 60])
    .scale(size / 2 - MARGIN)
    .translate([size / 2, size / 2]);
}

/**
 * Draws the inset at `size` pixels square, one graticule line per step, and keeps it: a page can spread the first
 * drawing over frames (at 4× CPU it took one 37 ms task, the projection's code still cold), and `moonInset(size)`
 * then finds it drawn. Projecting the graticule at once or line by line gives the same path.
 */
export function* drawMoonInset(size: number): Generator<void, MoonInset> {
  const known = drawn.get(size);
  if (known) return known;
  const projection = insetProjection(size);
  // A tenth of a pixel, and the graticule's lines sampled every 10° rather than 2.5°: in a 78 px inset they stray
  // 0.15 px at most from finely sampled lines, with 506 points where there were 1,424: 4.7 KB of path data, not 19 KB,
  // in each drawing of it.
  const path = geoPath(projection).digits(1);
  const pole = projection([0, -90]);
  if (!pole) throw new Error('the south pole must be visible in the inset');
  let graticule = '';
  for (const line of graticuleLines()) {
    graticule += path(line) ?? '';
    yield;
  }
  const inset: MoonInset = {
    size,
    disc: { x: size / 2, y: size / 2, r: projection.scale() },
    graticule,
    pole: [pole[0], pole[1]],
  };
  drawn.set(size, inset);
  return inset;
}

/** The inset at `size` pixels square, drawn now if it has not been. */
export function moonInset(size: number): MoonInset {
  const drawing = drawMoonInset(size);
  for (;;) {
    const step = drawing.next();
    if (step.done) return step.value;
  }
}
