/** Greedy label placement: labels are placed in priority order and one that would overlap a placed one is hidden. */
import { FREE_CORNERS, type FreeCorner } from './free-corners';

/** A label to place, anchored at a point. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  /** Text lines (the first is the name). */
  lines: string[];
  /** Higher goes first. */
  priority: number;
  /** Shorter lines to try where the full ones find no room (a founder's name, without the date the key gives). */
  short?: string[];
  /**
   * Lines to put in a corner of the frame where no position by the point is free: a note on something too
   * crowded to label where it is, which every map that shows it must still name. With `cornerOnly`, only there
   * (the point is too small to label).
   */
  corner?: string[];
  cornerOnly?: boolean;
}

/** A placed label: its box and which side of the anchor it sits on. */
export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  box: { x0: number; y0: number; x1: number; y1: number };
  /** The lines placed, where they are the candidate's `short` or `corner` ones. */
  lines?: string[];
  /** Placed in a corner of the frame, not by its point. */
  corner?: true;
}

/** Text metrics assumed for layout, in CSS pixels (system sans-serif at the map's label size). */
export const LABEL_FONT_PX = 12;
// Bold system sans runs to about 0.6 em a character; a little over keeps labels inside the frame.
export const LABEL_CHAR_PX = LABEL_FONT_PX * 0.62;
const LINE_HEIGHT = LABEL_FONT_PX * 1.2;
const GAP = 5;

function boxFor(c: LabelCandidate, anchor: 'start' | 'end', y: number) {
  const width = Math.max(...c.lines.map((l) => l.length)) * LABEL_CHAR_PX;
  const height = c.lines.length * LINE_HEIGHT;
  const x0 = anchor === 'start' ? c.x + GAP : c.x - GAP - width;
  return { x0, y0: y - LINE_HEIGHT * 0.8, x1: x0 + width, y1: y - LINE_HEIGHT * 0.8 + height };
}

/**
 * Where a label may go, in order of preference: beside its point, then a line above or below, then two lines
 * (clear of a crowd of markers around the point, on a small map).
 */
const POSITIONS = [
  ['start', 0],
  ['end', 0],
  ['start', -LINE_HEIGHT],
  ['end', -LINE_HEIGHT],
  ['start', LINE_HEIGHT],
  ['end', LINE_HEIGHT],
  ['start', -2 * LINE_HEIGHT],
  ['end', -2 * LINE_HEIGHT],
  ['start', 2 * LINE_HEIGHT],
  ['end', 2 * LINE_HEIGHT],
] as const;

/** A note's distance from the frame's edges. */
const CORNER_MARGIN = 8;

/** A note's box in a corner of a frame of `width` × `height`, with the point its first line is written from. */
function cornerBox(lines: string[], corner: FreeCorner, width: number, height: number) {
  const w = Math.max(...lines.map((l) => l.length)) * LABEL_CHAR_PX;
  const h = lines.length * LINE_HEIGHT;
  const end = corner !== 'bottom-left';
  const x0 = end ? width - CORNER_MARGIN - w : CORNER_MARGIN;
  const y0 = corner === 'top-right' ? CORNER_MARGIN : height - CORNER_MARGIN - h;
  return { x: end ? x0 + w : x0, y: y0 + LINE_HEIGHT * 0.8, anchor: end ? ('end' as const) : ('start' as const), box: { x0, y0, x1: x0 + w, y1: y0 + h } };
}

type Box = PlacedLabel['box'];
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places labels inside a frame of `width` × `height`, trying the right side of each anchor, then the left,
 * then a line higher or lower (then a candidate's short lines, then its corner note); returns only the labels
 * that fit without overlapping one another or the `reserved` boxes.
 */
export function placeLabels(candidates: readonly LabelCandidate[], width: number, height: number, reserved: readonly Box[] = []): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...reserved];
  const order = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const c of order) {
    const inFrame = c.x >= 0 && c.x <= width && c.y >= 0 && c.y <= height;
    const inCorner = (lines: string[]) => {
      for (const corner of FREE_CORNERS) {
        const at = cornerBox(lines, corner, width, height);
        const fits = at.box.x0 >= 2 && at.box.x1 <= width - 2 && at.box.y0 >= 2 && at.box.y1 <= height - 2;
        if (fits && !taken.some((t) => overlaps(t, at.box))) {
          placed.push({ id: c.id, x: at.x, y: at.y, anchor: at.anchor, box: at.box, lines, corner: true });
          taken.push(at.box);
          return true;
        }
      }
      return false;
    };
    if (!inFrame || c.cornerOnly) {
      if (c.corner) inCorner(c.corner);
      continue;
    }
    const place = (lines: string[]) => {
      for (const [anchor, shift] of POSITIONS) {
        const y = c.y + shift;
        const box = boxFor({ ...c, lines }, anchor, y);
        const inside = box.x0 >= 2 && box.x1 <= width - 2 && box.y0 >= 2 && box.y1 <= height - 2;
        if (inside && !taken.some((t) => overlaps(t, box))) {
          placed.push({ id: c.id, x: anchor === 'start' ? c.x + GAP : c.x - GAP, y, anchor, box, ...(lines === c.lines ? {} : { lines }) });
          taken.push(box);
          return true;
        }
      }
      return false;
    };
    if (!place(c.lines) && !(c.short && place(c.short)) && c.corner) inCorner(c.corner);
  }
  return placed;
}
