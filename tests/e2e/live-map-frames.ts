/** The live map's frames, for the specs of how its first drawing comes (first-drawing.spec.ts, embed-pages.spec.ts). */
import { expect, type Page } from '@playwright/test';

/** What each frame of the live map is about to draw, recorded from the page's start: read with the function returned. */
export async function recordFrames(page: Page): Promise<() => Promise<LiveMapFrame[]>> {
  await page.addInitScript(() => {
    const frames: LiveMapFrame[] = [];
    Object.assign(window, { liveMapFrames: frames });
    // An animation frame's callbacks run before its style, layout and paint.
    const record = () => {
      const live = document.querySelector('.map-live');
      const count = (selector: string) => live?.querySelectorAll(selector).length ?? 0;
      frames.push({
        ready: live?.hasAttribute('data-ready') ?? false,
        drawings: count('svg.map g.base:not([display="none"])'),
        markers: count('svg.map g.markers > *'),
        labels: count('svg.map g.labels > *'),
      });
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  return () => page.evaluate(() => (window as unknown as { liveMapFrames: LiveMapFrame[] }).liveMapFrames);
}

export interface LiveMapFrame {
  /** The live map shows (the panel's `data-ready`). */
  ready: boolean;
  /** Base drawings rendered, markers and labels in the SVG. */
  drawings: number;
  markers: number;
  labels: number;
}

/**
 * That the live map's first drawing came at once: the frame that shows the map is the first to render its drawing
 * (none was drawn out of sight before it), and its labels come in a later frame.
 */
export function expectDrawnAtOnce(recorded: readonly LiveMapFrame[]): void {
  const shown = recorded.findIndex((f) => f.ready);
  expect(shown, 'a frame shows the live map').toBeGreaterThan(-1);
  expect(recorded[shown].drawings, 'the drawing in the frame that shows the map').toBe(1);
  expect(recorded.slice(0, shown).every((f) => f.drawings === 0), 'nothing drawn out of sight before').toBe(true);
  expect(recorded[shown].labels, 'labels in the first drawing\'s own frame').toBe(0);
  expect(recorded.slice(shown).some((f) => f.labels > 0), 'labels in a later frame').toBe(true);
}
