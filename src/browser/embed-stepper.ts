/**
 * The embed stepper's script: previous and next through a scene's steps, each announced politely and reported
 * to the host (for its analytics) and to the height reporter. The live map's code and data load when the reader
 * reaches for the stepper — points at it, touches it, focuses it; until then the server's drawing shows.
 */
import { CONTENT_CHANGE_EVENT, stepMessage } from '../lib/embed-protocol';
import { onFirstMove } from './first-move';
import type { LiveMap, ShownStep } from './live-map';
import { startLiveMap } from './start-live-map';

export function startEmbedStepper(root: HTMLElement): void {
  const anchors = (root.dataset.steps ?? '').split(' ').filter(Boolean);
  const scene = root.dataset.scene ?? '';
  const live = root.querySelector<HTMLElement>('.map-live');
  const canvas = live?.querySelector<HTMLElement>('.map-canvas');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const count = root.querySelector<HTMLElement>('.embed-step-count');
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('.embed-button')];
  const captions = [...root.querySelectorAll<HTMLElement>('.embed-step')];
  if (!live || !canvas || anchors.length === 0) return;
  let index = 0;
  let map: LiveMap | null = null;

  const showKey = ({ state }: ShownStep) => {
    live.dataset.shownStep = state.step;
    live.dataset.ready = 'true';
    for (const legend of live.querySelectorAll<HTMLElement>('.map-key-step')) legend.toggleAttribute('data-shown', legend.dataset.step === state.step);
    document.dispatchEvent(new Event(CONTENT_CHANGE_EVENT));
  };

  const failure = root.querySelector<HTMLElement>('.map-failed-slot');
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    stopWaiting();
    void startLiveMap(canvas, {
      steps: anchors.map((anchor) => ({ anchor, scene })),
      dataUrl: root.dataset.dataUrl ?? '',
      idPrefix: 'live-map',
      onShow: showKey,
      onFail: () => {
        delete live.dataset.ready;
        if (failure) failure.hidden = false;
        document.dispatchEvent(new Event(CONTENT_CHANGE_EVENT));
      },
    }).then((created) => {
      map = created;
      map?.show(anchors[index]);
    });
  };
  // Trying again starts a fresh live map: the one that failed keeps its failed loads.
  failure?.querySelector('button')?.addEventListener('click', () => {
    failure.hidden = true;
    map?.destroy();
    map = null;
    started = false;
    start();
  });
  // Anywhere in the embed: it is the stepper.
  const stopWaiting = onFirstMove(start);

  const go = (delta: number) => {
    const next = index + delta;
    if (next < 0 || next >= anchors.length) return;
    index = next;
    const anchor = anchors[next];
    root.dataset.step = anchor;
    for (const caption of captions) caption.hidden = caption.dataset.anchor !== anchor;
    if (count) count.textContent = `Step ${next + 1} of ${anchors.length}`;
    buttons.forEach((b) =>
      b.setAttribute('aria-disabled', String(Number(b.dataset.delta) < 0 ? next === 0 : next === anchors.length - 1)),
    );
    const text = captions[next]?.querySelector('.embed-caption-text')?.textContent ?? '';
    if (status) status.textContent = `Step ${next + 1} of ${anchors.length}. ${text}`;
    start();
    map?.show(anchor);
    document.dispatchEvent(new Event(CONTENT_CHANGE_EVENT));
    // For the host page's own analytics; nothing else is sent anywhere.
    if (window.parent !== window) window.parent.postMessage(stepMessage(anchor, next), '*');
  };

  for (const button of buttons) {
    button.addEventListener('click', () => go(Number(button.dataset.delta)));
    button.disabled = false;
  }
}
