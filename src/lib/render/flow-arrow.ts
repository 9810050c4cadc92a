/** Curved arrows in screen space: a quadratic curve bowed to the left of travel, and a head at its end. */

type Point = [number, number];

/** An arrow as drawn. */
export interface Arrow {
  /** The shaft: an SVG path. */
  shaft: string;
  /** The head: a closed SVG triangle. */
  head: string;
  /** The shaft's midpoint, where its label goes. */
  middle: Point;
}

/** How far the curve bows, as a share of the distance between the ends. */
export const BEND = 0.2;

const r = (n: number) => Math.round(n * 10) / 10;

/** The triangle at `tip`, pointing along `direction`, sized for a line of `width`. */
function headAt(tip: Point, direction: Point, width: number): string {
  const length = Math.hypot(direction[0], direction[1]) || 1;
  const [ux, uy] = [direction[0] / length, direction[1] / length];
  const long = 7 + width * 1.5;
  const half = 4 + width;
  const base: Point = [tip[0] - ux * long, tip[1] - uy * long];
  const left: Point = [base[0] - uy * half, base[1] + ux * half];
  const right: Point = [base[0] + uy * half, base[1] - ux * half];
  return `M${r(tip[0])},${r(tip[1])}L${r(left[0])},${r(left[1])}L${r(right[0])},${r(right[1])}Z`;
}

/**
 * A curved arrow from `a` to `b`. Arrows in opposite directions between the same points bow to opposite
 * sides, so sanctions and counter-sanctions between two capitals stay apart.
 */
export function curvedArrow(a: Point, b: Point, width: number): Arrow {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const control: Point = [(a[0] + b[0]) / 2 + dy * BEND, (a[1] + b[1]) / 2 - dx * BEND];
  // The shaft stops short of the tip so a thick line does not poke through the head.
  const tangent: Point = [b[0] - control[0], b[1] - control[1]];
  const t = Math.hypot(tangent[0], tangent[1]) || 1;
  const stop = Math.min(t / 2, 4 + width);
  const end: Point = [b[0] - (tangent[0] / t) * stop, b[1] - (tangent[1] / t) * stop];
  return {
    shaft: `M${r(a[0])},${r(a[1])}Q${r(control[0])},${r(control[1])} ${r(end[0])},${r(end[1])}`,
    head: headAt(b, tangent, width),
    middle: [0.25 * a[0] + 0.5 * control[0] + 0.25 * b[0], 0.25 * a[1] + 0.5 * control[1] + 0.25 * b[1]],
  };
}

/** A head for a line that ends at `points`' last point (e.g. a pipeline), or null for fewer than two points. */
export function headAlong(points: readonly Point[], width: number): string | null {
  if (points.length < 2) return null;
  const tip = points[points.length - 1];
  const before = points[points.length - 2];
  return headAt(tip, [tip[0] - before[0], tip[1] - before[1]], width);
}
