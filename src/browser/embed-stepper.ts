/**
 * The embed stepper's script: previous and next through a scene's steps, each announced politely and reported
 * to the host (for its analytics) and to the height reporter. The map is the story's map panel (map-panel.ts):
 * its live map loads when the reader reaches for the stepper — points at it, touches it, focuses it; until then
 * the server's drawing shows. With the `step` option (lib/embed/embed-options.ts) it starts at that step: its
 * caption once this script runs, and its map as soon as the live map has drawn it (the server drew the first
 * step's map and caption, which embed.css keeps out of sight meanwhile, keeping their room).
 */
import { parseEmbedOptions } from '../lib/embed/embed-options';
import { CONTENT_CHANGE_EVENT, stepMessage } from '../lib/embed/embed-protocol';
import { MapPanel } from './map-panel';

export function startEmbedStepper(root: HTMLElement): void {
  const anchors = (root.dataset.steps ?? '').split(' ').filter(Boolean);
  const scene = root.dataset.scene ?? '';
  const live = root.querySelector<HTMLElement>('.map-live');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const count = root.querySelector<HTMLElement>('.embed-step-count');
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('.embed-button')];
  const captions = [...root.querySelectorAll<HTMLElement>('.embed-step')];
  if (!live || anchors.length === 0) return;
  const changed = () => document.dispatchEvent(new Event(CONTENT_CHANGE_EVENT));
  const panel = new MapPanel(live, {
    steps: anchors.map((anchor) => ({ anchor, scene })),
    dataUrl: root.dataset.dataUrl ?? '',
    baseMaps: root.dataset.baseMap ? { [scene]: root.dataset.baseMap } : {},
    onChange: changed,
    serverDrawing: root.querySelector('.map-static'),
    still: true,
  });
  let index = 0;

  /** Shows the step at `next` around the map: its caption, the count and the buttons' states; returns its anchor. */
  const showStep = (next: number): string => {
    index = next;
    const anchor = anchors[next];
    root.dataset.step = anchor;
    for (const caption of captions) caption.hidden = caption.dataset.anchor !== anchor;
    if (count) count.textContent = `Step ${next + 1} of ${anchors.length}`;
    buttons.forEach((b) =>
      b.setAttribute('aria-disabled', String(Number(b.dataset.delta) < 0 ? next === 0 : next === anchors.length - 1)),
    );
    return anchor;
  };

  const start = anchors.indexOf(parseEmbedOptions(location.search, anchors).step ?? anchors[0]);
  if (start > 0) {
    // The server drew the first step's map, which the options script in the head has put out of sight (not out of
    // the layout) until the live map draws this one.
    panel.show(showStep(start), true);
  } else {
    panel.show(showStep(0), false);
  }

  const go = (delta: number) => {
    const next = index + delta;
    if (next < 0 || next >= anchors.length) return;
    const anchor = showStep(next);
    // The map in a task of its own: drawn in the press's task, its script and the rendering of both were one long
    // task, 55–67 ms at 4× CPU.
    setTimeout(() => {
      if (index === next) panel.show(anchor, true);
    }, 0);
    const text = captions[next]?.querySelector('.embed-caption-text')?.textContent ?? '';
    if (status) status.textContent = `Step ${next + 1} of ${anchors.length}. ${text}`;
    changed();
    // For the host page's own analytics; nothing else is sent anywhere.
    if (window.parent !== window) window.parent.postMessage(stepMessage(anchors[next], next), '*');
  };

  for (const button of buttons) {
    button.addEventListener('click', () => go(Number(button.dataset.delta)));
    button.disabled = false;
  }
}
