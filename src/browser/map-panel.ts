/**
 * The live map's panel (MapPanel.svelte's markup), driven the same way by the story (StoryMap.svelte, following
 * the step being read) and the embed stepper (embed-stepper.ts, following its buttons). It wakes the live map
 * when the reader first moves, or at once for a step that needs it; shows the step asked for; marks what it shows
 * (`data-active-step`, `data-shown-step`, `data-ready`; `data-failed` shows the notice); writes that step's legend into its scene's key and shows
 * only that key; keeps the key as tall as it has been at the panel's width; removes the server's drawing once it
 * has drawn its own; and when the map cannot load, says so and offers to try again.
 */
import { legendLines, legendListMarkup, legendMarkup } from '../lib/render/legend-markup';
import { afterFrame } from './after-frame';
import { onFirstMove } from './first-move';
import type { LiveMap, ShownStep } from './live-map';
import { startLiveMap } from './start-live-map';
import { insert, reconcile } from './svg-element';

export interface MapPanelOptions {
  /** Each step's anchor and scene id, in order. */
  steps: readonly { anchor: string; scene: string }[];
  /** URL of the folder holding each scene's `<scene>.json`. */
  dataUrl: string;
  /** Each scene's base map file, where the page knows it (see LiveMapOptions). */
  baseMaps?: Readonly<Record<string, string>>;
  /** How the live map fetches its data (LiveMapOptions): the page may have started some of it already. */
  fetcher?: typeof fetch;
  /** Called when what the panel shows changes: a step drawn, the failure notice shown (the embed's height). */
  onChange?(): void;
  /**
   * The server's drawing the panel lies over: removed once the live map has drawn, with the geometry its bands place
   * (kept apart, after the page's text), so the page does not keep hundreds of hidden elements styled and laid out
   * through the read.
   */
  serverDrawing?: Element | null;
  /**
   * The page does not scroll under the map (an embed stepper): the live map's first drawing is drawn and shown at
   * once, as where the reader waits on a notice, rather than built out of sight a piece a frame.
   */
  still?: boolean;
  /** A media query under which the page hides the panel: the live map does not start while it matches. */
  hiddenWhen?: string;
}

export class MapPanel {
  private readonly canvas: HTMLElement;
  private readonly retryButton: HTMLButtonElement | null;
  private readonly stopWaiting: () => void;
  private readonly hidden: MediaQueryList | null;
  private readonly keyHeight: ResizeObserver;
  private keysWidth = -1;
  private keysTallest = 0;
  /** Each legend line's markup, by element: a line a step shares with the one before is kept (writeLegend). */
  private readonly lineMarkup = new WeakMap<Element, string>();
  private map: LiveMap | null = null;
  private started = false;
  private active = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly options: MapPanelOptions,
  ) {
    const canvas = root.querySelector<HTMLElement>('.map-canvas');
    if (!canvas) throw new Error('map panel: no .map-canvas in its markup');
    this.canvas = canvas;
    this.retryButton = root.querySelector('.map-retry');
    this.retryButton?.addEventListener('click', this.retry);
    this.hidden = options.hiddenWhen ? matchMedia(options.hiddenWhen) : null;
    this.keyHeight = new ResizeObserver(this.holdKeyHeight);
    // Every scene's key fills the keys' one cell: the first's size is theirs. It lies deeper than the canvas, so
    // that a legend written while the live map answers a resize of the canvas is reported in the same pass (a box
    // as deep as the canvas would be a loop the browser reports as an error).
    const strip = root.querySelector('.map-keys > .map-key-strip');
    if (strip) this.keyHeight.observe(strip);
    // The server's legend, copied into a key that holds none (the story's): shown with the live map's first drawing
    // of that step, it is laid out already rather than written and laid out in that frame, the read's longest.
    const legend = options.serverDrawing?.querySelector('.map-key-step[data-shown]');
    const key = root.querySelector('.map-key-strip[data-current] > .map-key');
    if (legend && key && !key.querySelector('.map-key-step')) key.append(legend.cloneNode(true));
    // Until then the server's drawing is what the reader sees, and all they need.
    this.stopWaiting = onFirstMove(() => this.wake());
  }

  /** Shows `anchor`'s step; with `wake`, starts the live map now if it has not started. */
  show(anchor: string, wake: boolean): void {
    this.active = anchor;
    this.root.dataset.activeStep = anchor;
    if (wake) this.wake();
    this.map?.show(anchor, this.serverShows(anchor));
  }

  destroy(): void {
    this.stopWaiting();
    this.keyHeight.disconnect();
    this.hidden?.removeEventListener('change', this.wakeWhenShown);
    this.retryButton?.removeEventListener('click', this.retry);
    this.map?.destroy();
    this.map = null;
  }

  private wake(): void {
    if (this.started) return;
    if (this.hidden?.matches) {
      // Nothing to draw into: it starts when the page shows it (the same listener is added once).
      this.hidden.addEventListener('change', this.wakeWhenShown);
      return;
    }
    this.hidden?.removeEventListener('change', this.wakeWhenShown);
    this.started = true;
    this.stopWaiting();
    // Woken before any step is read (a move before the steps' observer has run), it starts on the first step, whose
    // map is the one on screen: its data is fetched while the code loads, and its drawing built without hurry.
    const starting = this.active || (this.options.steps[0]?.anchor ?? '');
    void startLiveMap(this.canvas, {
      steps: this.options.steps,
      dataUrl: this.options.dataUrl,
      baseMaps: this.options.baseMaps,
      fetcher: this.options.fetcher,
      idPrefix: 'live-map',
      firstDrawingInPieces: !this.options.still && this.serverDrawingSeen(),
      onShow: (shown) => this.shown(shown),
      onFail: () => this.fail(),
    }, starting).then((map) => {
      this.map = map;
      const anchor = this.active || starting;
      if (map && anchor) map.show(anchor, this.serverShows(anchor));
    });
  }

  /**
   * Whether the page shows the server's drawing of `anchor`'s step (the first step, until the live map has drawn),
   * so that the live map's own can be built without hurry. Its style is read only for the first step.
   */
  private serverShows(anchor: string): boolean {
    return anchor === this.options.steps[0]?.anchor && this.serverDrawingSeen();
  }

  /**
   * Whether the reader sees the server's drawing: in the page, and rendered (the page hides it at a link to a later
   * step, where the reader waits on a notice).
   */
  private serverDrawingSeen(): boolean {
    const drawing = this.options.serverDrawing;
    return !!drawing?.isConnected && (drawing.checkVisibility?.({ visibilityProperty: true }) ?? true);
  }

  private shown({ state }: ShownStep): void {
    this.root.dataset.shownStep = state.step;
    this.root.dataset.ready = 'true';
    // Under the live map now: removed in a task of its own, out of the frame that first shows the live map.
    void afterFrame().then(() => {
      const drawing = this.options.serverDrawing;
      const geometry = drawing?.querySelector('use')?.getAttribute('href');
      if (geometry) document.getElementById(geometry.slice(1))?.closest('.map-geometry')?.remove();
      drawing?.remove();
    });
    // Every scene's key is in the panel, stacked: showing another changes what is visible, never the layout.
    for (const strip of this.root.querySelectorAll<HTMLElement>('.map-key-strip[data-scene]')) {
      const current = strip.dataset.scene === state.scene;
      strip.toggleAttribute('data-current', current);
      const legends = [...strip.querySelectorAll<HTMLElement>('.map-key-step')];
      // A key that holds every step's legend from the page (an embed stepper's) shows the step's.
      if (current && legends.some((legend) => legend.dataset.step === state.step)) {
        for (const legend of legends) legend.toggleAttribute('data-shown', legend.dataset.step === state.step);
        continue;
      }
      // Else a hidden key keeps no legend (the page would carry every scene's after a read), the current one the step's.
      const [kept, ...rest] = current ? legends : [];
      for (const legend of current ? rest : legends) legend.remove();
      if (kept) this.writeLegend(kept, state);
      else if (current) {
        const key = strip.querySelector('.map-key');
        const lines = legendLines(state);
        if (key) this.noteLines(insert(key, legendMarkup(state, true, lines)), lines);
      }
    }
    this.options.onChange?.();
  }

  /**
   * Makes `legend` the step's, keeping the lines the step before showed too (most of a step's, from one step to
   * the next): a line written again was parsed, styled and laid out afresh, its words shaped, in the step's frame.
   * Scrolls at 4× CPU with no legend written at all had about half the slow frames (docs/performance.md).
   */
  private writeLegend(legend: HTMLElement, state: ShownStep['state']): void {
    legend.dataset.step = state.step;
    const lines = legendLines(state);
    const list = legend.querySelector('ul.legend');
    if (!list || lines.length === 0) {
      list?.remove();
      legend.insertAdjacentHTML('beforeend', legendListMarkup(lines));
      this.noteLines(legend, lines);
      return;
    }
    reconcile(list, lines, this.lineMarkup, (line) => line, (line, before) => insert(list, line, before), () => undefined);
  }

  /** Notes the markup of each line of `legend`, just written from `lines`, for the next step to compare. */
  private noteLines(legend: Element, lines: readonly string[]): void {
    for (const [i, line] of [...legend.querySelectorAll('ul.legend > li')].entries()) this.lineMarkup.set(line, lines[i]);
  }

  private fail(): void {
    // Under the notice: the server's drawing while it is there, else the live map's last drawing.
    if (this.options.serverDrawing?.isConnected ?? true) delete this.root.dataset.ready;
    this.root.dataset.failed = 'true';
    this.options.onChange?.();
  }

  /**
   * On a narrow screen the steps' legends wrap to different heights, and the key under the map takes what its
   * legend needs: the map would be drawn again, smaller then larger, step after step. Held at its tallest, the map
   * changes size only when a legend needs more room than any before, and settles. At another width the legends
   * wrap anew, so the key takes its own height again. Each change is made in the next frame, not in this callback,
   * where it would be a loop the browser reports as an error.
   */
  private readonly holdKeyHeight = ([entry]: ResizeObserverEntry[]) => {
    const strip = entry.target;
    const keys = strip.parentElement!;
    const { inlineSize: width, blockSize: height } = entry.borderBoxSize[0];
    if (width !== this.keysWidth) {
      this.keysWidth = width;
      this.keysTallest = 0;
      if (keys.style.getPropertyValue('--key-tallest')) {
        requestAnimationFrame(() => {
          keys.style.removeProperty('--key-tallest');
          // Observed afresh, it reports its height even where that has not changed.
          this.keyHeight.unobserve(strip);
          this.keyHeight.observe(strip);
        });
        return;
      }
    }
    if (height <= this.keysTallest) return;
    this.keysTallest = height;
    requestAnimationFrame(() => {
      if (this.keysTallest > 0) keys.style.setProperty('--key-tallest', `${this.keysTallest}px`);
    });
  };

  private readonly wakeWhenShown = () => {
    if (!this.hidden?.matches) this.wake();
  };

  /** A fresh live map: the one that failed keeps its failed loads. */
  private readonly retry = () => {
    delete this.root.dataset.failed;
    this.map?.destroy();
    this.map = null;
    delete this.root.dataset.shownStep;
    this.started = false;
    this.wake();
  };
}
