/**
 * The lines of d3-geo's default graticule (meridians and parallels every 10°, meridians to ±80° but for every 90th,
 * which reach the poles) with parallels sampled every 10°: `geoGraticule().precision(10).lines()`, point for point.
 * Written out because d3's graticule builder, with all its setters and d3-array's range, weighed 448 bytes gzip in
 * the live map's script, and the moon inset needs only this one graticule.
 */
import type { LineString, Position } from 'geojson';

/** d3's graticule keeps its ends this far inside the poles and outside ±80°, as here. */
const EPSILON = 1e-6;

/** from, from + step, … below `to`, then `to` itself (as d3-array's range, computed by index, with `to` appended). */
function sampled(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let i = 0; from + i * step < to - EPSILON; i++) values.push(from + i * step);
  return [...values, to];
}

export function graticuleLines(): LineString[] {
  const meridian = (x: number, ys: number[]): Position[] => ys.map((y) => [x, y]);
  const parallel = (y: number): Position[] => sampled(-180, 180, 10).map((x) => [x, y]);
  const lines: Position[][] = [];
  // d3's order: the major meridians, the equator, the minor meridians, the minor parallels.
  for (let x = -180; x < 180; x += 90) lines.push(meridian(x, sampled(-90 + EPSILON, 90 - EPSILON, 90)));
  lines.push(parallel(0));
  for (let x = -180; x < 180; x += 10) if (x % 90) lines.push(meridian(x, sampled(-80 - EPSILON, 80 + EPSILON, 90)));
  for (let y = -80; y <= 80; y += 10) if (y) lines.push(parallel(y));
  return lines.map((coordinates) => ({ type: 'LineString', coordinates }));
}
