/** Small parts of a drawn frame that the renderer and the layer kinds' drawings share: rounding, label lines, markers. */
import type { FrameMarker } from './render-frame';

/** A coordinate to a tenth of a pixel. */
export const round = (n: number) => Math.round(n * 10) / 10;

/** Labels longer than this many characters go on two lines, where they can. */
const LONG_LABEL = 24;

/**
 * A label's lines: a long one is broken before its parenthesis ("Aksai Chin" / "(held by China, …)") or after
 * its colon ("Putin, 22 Oct 2020:" / "an alliance is …"), so it fits a small map.
 */
export function labelLines(text: string): string[] {
  if (text.length <= LONG_LABEL) return [text];
  const paren = text.indexOf(' (');
  if (paren > 0) return [text.slice(0, paren), text.slice(paren + 1)];
  const colon = text.indexOf(': ');
  if (colon > 0) return [text.slice(0, colon + 1), text.slice(colon + 2)];
  return [text];
}

/** A marker's radius: a partner's capital is a little larger than a labelled place. */
export function markerRadius(marker: Pick<FrameMarker, 'role'>): number {
  return marker.role ? 4 : 3;
}

/** An SVG path through projected points, one subpath per part of two points or more. */
export const pointsPath = (parts: readonly [number, number][][]) =>
  parts
    .filter((p) => p.length > 1)
    .map((p) => p.map(([x, y], i) => `${i ? 'L' : 'M'}${round(x)},${round(y)}`).join(''))
    .join('');
