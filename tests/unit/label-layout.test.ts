import { describe, expect, it } from 'vitest';
import { LABEL_FONT_PX, placeLabels, type LabelCandidate, type PlacedLabel } from '../../src/lib/render/label-layout';

const label = (id: string, x: number, y: number, priority = 1, lines = [id]): LabelCandidate => ({ id, x, y, lines, priority });
const overlaps = (a: PlacedLabel['box'], b: PlacedLabel['box']) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('placeLabels', () => {
  it('placeLabels(candidates) puts a label right of its anchor when there is room', () => {
    const [placed] = placeLabels([label('Beijing', 100, 100)], 400, 300);
    expect(placed.id).toBe('Beijing');
    expect(placed.anchor).toBe('start');
    expect(placed.x).toBe(105);
    expect(placed.y).toBe(100);
    expect(placed.box.x0).toBe(105);
    expect(placed.box.y0).toBeLessThan(100);
    expect(placed.box.y1).toBeGreaterThan(100);
  });

  it('placeLabels(crowded candidates) never places two overlapping boxes', () => {
    const candidates: LabelCandidate[] = [];
    for (let i = 0; i < 40; i++) candidates.push(label(`city-${i}`, 30 + ((i * 37) % 200), 30 + ((i * 53) % 120), i % 3, [`City ${i}`, '17 Jul 2023']));
    const placed = placeLabels(candidates, 300, 200);
    expect(placed.length).toBeGreaterThan(1);
    expect(placed.length).toBeLessThan(candidates.length);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i].box, placed[j].box)).toBe(false);
    }
  });

  it('placeLabels(candidate with short lines) places them where the full lines find no room, and only then', () => {
    const founder: LabelCandidate = { id: 'China', x: 60, y: 14, lines: ['China', '9 Mar 2021'], priority: 3, short: ['China'] };
    // A frame a line and a half high: the two-line label cannot fit at any position, its name alone can.
    const low = LABEL_FONT_PX * 1.7;
    const [narrow] = placeLabels([founder], 200, low);
    expect(narrow.id).toBe('China');
    expect(narrow.lines).toEqual(['China']);
    const [roomy] = placeLabels([founder], 200, 200);
    expect(roomy.lines).toBeUndefined();
    expect(placeLabels([{ ...founder, short: undefined }], 200, low)).toEqual([]);
  });

  it('placeLabels(candidate with a corner note) puts the note in the first free corner where its point has no room', () => {
    const note = ['Hatched: Crimea,', 'annexed by Russia in 2014'];
    // Its point is walled in by a reserved box on every side.
    const walled: LabelCandidate = { id: 'area-crimea', x: 200, y: 150, lines: ['Crimea, annexed by Russia in 2014'], priority: 0.5, corner: note };
    const [placed] = placeLabels([walled], 400, 300, [{ x0: 0, y0: 100, x1: 400, y1: 200 }]);
    expect(placed).toMatchObject({ id: 'area-crimea', corner: true, lines: note, anchor: 'start' });
    expect(placed.box.x0).toBe(8);
    expect(placed.box.y1).toBe(292);
    // The bottom-left corner taken: the top-right one, written from its right edge.
    const [next] = placeLabels([walled], 400, 300, [{ x0: 0, y0: 100, x1: 400, y1: 200 }, { x0: 0, y0: 250, x1: 100, y1: 300 }]);
    expect(next).toMatchObject({ corner: true, anchor: 'end', x: 392 });
    expect(next.box.y0).toBe(8);
    // With room by its point, no note.
    expect(placeLabels([walled], 600, 300)[0].corner).toBeUndefined();
    // Too small to point at: the note at once, wherever its point is.
    expect(placeLabels([{ ...walled, x: -1, y: -1, cornerOnly: true }], 400, 300)[0]).toMatchObject({ corner: true, lines: note });
  });

  it('placeLabels(candidates) keeps every placed box inside the frame', () => {
    const placed = placeLabels([label('A', 5, 10), label('B', 295, 190), label('C', 150, 100)], 300, 200);
    for (const { box } of placed) {
      expect(box.x0).toBeGreaterThanOrEqual(2);
      expect(box.y0).toBeGreaterThanOrEqual(2);
      expect(box.x1).toBeLessThanOrEqual(298);
      expect(box.y1).toBeLessThanOrEqual(198);
    }
  });

  it('placeLabels(candidates anchored outside the frame) drops them', () => {
    const placed = placeLabels([label('west', -1, 100), label('east', 401, 100), label('north', 100, -1), label('south', 100, 301), label('in', 100, 100)], 400, 300);
    expect(placed.map((p) => p.id)).toEqual(['in']);
  });

  it('placeLabels(conflicting candidates) places the higher priority and drops the lower', () => {
    // Anchored at the left edge, so only the right side fits; three lines high, so a line up or down still overlaps.
    const lines = ['Brussels', '22 Mar 2021', 'EU'];
    const placed = placeLabels([label('low', 3, 100, 1, lines), label('high', 3, 100, 2, lines)], 400, 300);
    expect(placed.map((p) => p.id)).toEqual(['high']);
  });

  it('placeLabels(candidate that collides beside its point) places it a line above', () => {
    // Anchored at the left edge, so the left side never fits: the lower label moves up a line.
    const [high, low] = placeLabels([label('low', 3, 100, 1), label('high', 3, 100, 2)], 400, 300);
    expect(high).toMatchObject({ id: 'high', anchor: 'start', y: 100 });
    expect(low).toMatchObject({ id: 'low', anchor: 'start', x: 8, y: 100 - LABEL_FONT_PX * 1.2 });
    expect(overlaps(high.box, low.box)).toBe(false);
  });

  it('placeLabels(candidate that collides beside its point and a line above) places it a line below', () => {
    const placed = placeLabels([label('low', 3, 100, 1), label('high', 3, 100, 3), label('above', 3, 100 - LABEL_FONT_PX * 1.2, 2)], 400, 300);
    expect(placed.map((p) => [p.id, p.y])).toEqual([['high', 100], ['above', 100 - LABEL_FONT_PX * 1.2], ['low', 100 + LABEL_FONT_PX * 1.2]]);
  });

  it('placeLabels(candidate that collides beside its point near the top edge) places it a line below', () => {
    const [, low] = placeLabels([label('low', 3, 14, 1), label('high', 3, 14, 2)], 400, 300);
    expect(low).toMatchObject({ id: 'low', anchor: 'start', y: 14 + LABEL_FONT_PX * 1.2 });
  });

  it('placeLabels(candidate that collides beside its point on both sides) tries the left side a line above before the right a line below', () => {
    // Blocked beside its point on both sides, and on the right a line above: it goes left, a line above.
    const beside = { x0: 0, y0: 100 - 0.8 * LABEL_FONT_PX * 1.2, x1: 400, y1: 100 + 0.2 * LABEL_FONT_PX * 1.2 };
    const aboveRight = { x0: 200, y0: 0, x1: 400, y1: 100 };
    const [placed] = placeLabels([label('Minsk', 200, 100)], 400, 300, [beside, aboveRight]);
    expect(placed).toMatchObject({ anchor: 'end', x: 195, y: 100 - LABEL_FONT_PX * 1.2 });
  });

  it('placeLabels(candidate near the right edge) falls back to the left side', () => {
    const [placed] = placeLabels([label('Vladivostok', 390, 100)], 400, 300);
    expect(placed.anchor).toBe('end');
    expect(placed.x).toBe(385);
    expect(placed.box.x1).toBe(385);
    expect(placed.box.x0).toBeGreaterThanOrEqual(2);
  });

  it('placeLabels(candidates, …, reserved) keeps labels off the reserved boxes', () => {
    const right = { x0: 100, y0: 0, x1: 400, y1: 300 };
    const [placed] = placeLabels([label('Moscow', 100, 100)], 400, 300, [right]);
    expect(placed.anchor).toBe('end');
    expect(overlaps(placed.box, right)).toBe(false);
    const everywhere = { x0: 0, y0: 0, x1: 400, y1: 300 };
    expect(placeLabels([label('Moscow', 100, 100)], 400, 300, [everywhere])).toEqual([]);
  });

  it('placeLabels(two-line candidate) sizes the box for both lines', () => {
    const [one] = placeLabels([label('a', 100, 100, 1, ['Venezuela'])], 400, 300);
    const [two] = placeLabels([label('a', 100, 100, 1, ['Venezuela', '17 Jul 2023'])], 400, 300);
    expect(two.box.y1 - two.box.y0).toBeCloseTo(2 * (one.box.y1 - one.box.y0), 9);
    expect(two.box.x1 - two.box.x0).toBeGreaterThan(one.box.x1 - one.box.x0);
  });
});
