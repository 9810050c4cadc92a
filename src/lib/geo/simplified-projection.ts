/**
 * A projection whose lines and rings lose the points no screen can show: each is simplified (Douglas–Peucker)
 * after projecting, to a tolerance in projected units. A server drawing of a region from a world map carries
 * detail down to a hundredth of a pixel otherwise, and every band of screen sizes pays for it in bytes.
 */
import type { GeoStream, GeoStreamWrapper } from 'd3-geo';
import simplify from 'simplify-js';

/** `projection`, with every projected line and ring simplified to `tolerance` projected units. */
export function simplifiedProjection(projection: GeoStreamWrapper, tolerance: number): GeoStreamWrapper {
  if (!(tolerance >= 0)) throw new Error(`simplifiedProjection: tolerance must be a number ≥ 0, got ${tolerance}`);
  return { stream: (output) => projection.stream(simplifyingStream(output, tolerance)) };
}

/** Passes `output` each line and ring as its simplified points; points outside a line pass as they are. */
function simplifyingStream(output: GeoStream, tolerance: number): GeoStream {
  let line: { x: number; y: number }[] | null = null;
  return {
    point(x, y) {
      if (line) line.push({ x, y });
      else output.point(x, y);
    },
    lineStart() {
      line = [];
    },
    lineEnd() {
      const points = line ?? [];
      line = null;
      const kept = points.length > 2 ? simplify(points, tolerance, true) : points;
      output.lineStart();
      for (const { x, y } of kept) output.point(x, y);
      output.lineEnd();
    },
    polygonStart() {
      output.polygonStart();
    },
    polygonEnd() {
      output.polygonEnd();
    },
    sphere() {
      output.sphere?.();
    },
  };
}
