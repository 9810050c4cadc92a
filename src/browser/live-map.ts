/**
 * The hydrated map, as plain DOM code (no framework: the embed's script budget has no room for one). It draws the
 * step it is told to show at the size of its canvas: each scene's data is loaded once (scene-loader.ts) and its
 * geometry projected once per rotation of its projection, into a base drawing (base-drawings.ts) built before it is
 * needed; a step is that drawing scaled and moved plus what keeps its screen size — arrows, markers, labels and the
 * lunar inset — placed afresh. A glide between two steps is a CSS animation of those transforms
 * (glide-animations.ts), which Chromium's compositor plays with no script, style, layout or paint per frame: the
 * drawing's strokes keep their width by its zoom (`--zoom`, map.css), not by `vector-effect`, which kept its glide
 * on the main thread (docs/performance.md, "Last figures"). The story's StoryMap and the embed stepper drive it.
 */
import type { Size } from '../lib/geo/camera';
import { EMPTY_OVERLAY, flowMarkup, insetMarkup, labelMarkup, mapSvg, markerMarkup, overlayMarkup, shapeAttributes } from '../lib/render/map-markup';
import type { DrawnState } from '../lib/state/map-state';
import {
  cameraTransform,
  interpolateTransform,
  referenceProjection,
  transformAttribute,
  transformPlacer,
  transformZoom,
  type MapTransform,
} from '../lib/render/reference-drawing';
import { drawOverlay, frameShape, layerFeatures, markerRadius, prepareMoonInset, type FrameFlow, type FrameLabel, type FrameMarker, type FrameOverlay } from '../lib/render/render-frame';
import { sceneFit, type DrawableScene } from '../lib/state/scene-data';
import { fittedCamera } from '../lib/state/scene-geometry';
import { afterFrame } from './after-frame';
import { glideAnimations } from './glide-animations';
import { BaseDrawings, hideBase, shapeKey, showBase, type Base } from './base-drawings';
import { SceneLoader } from './scene-loader';
import { sliced } from './sliced';
import { child, insert, reconcile, set } from './svg-element';

/** How many steps ahead a scene is fetched and drawn: a few screens of reading, so it is there in time. */
const LOOKAHEAD = 3;
/** How many steps back a base drawing is kept, for a reader who scrolls back a little. */
const LOOKBEHIND = 1;

/** What the map has drawn, for its key (`state.key`) and its page. */
export interface ShownStep {
  state: DrawnState;
}

export interface LiveMapOptions {
  /** Each step's anchor and scene id, in story order. */
  steps: readonly { anchor: string; scene: string }[];
  /** URL of the folder holding each scene's `<scene>.json`. */
  dataUrl: string;
  /**
   * Each scene's base map file, where the page knows it: fetched beside the scene's own data rather than after it
   * names it, one round trip sooner for a reader who jumps to a scene.
   */
  baseMaps?: Readonly<Record<string, string>>;
  /** How it fetches its data: fetches started before its code loaded hand over their responses (earlyFetches). */
  fetcher?: typeof fetch;
  /** Prefix for ids inside the SVG (the hatch pattern). */
  idPrefix: string;
  /**
   * Whether its first drawing is built out of sight a piece a frame and shown in a frame of its own: where the page
   * shows the server's drawing meanwhile and the reader may scroll under it (the story), not where nothing scrolls.
   */
  firstDrawingInPieces?: boolean;
  /** Called when a step is drawn (at once, or when its glide starts). */
  onShow(shown: ShownStep): void;
  /** Called once if map data cannot be loaded; the page keeps its server-drawn map. */
  onFail(error: unknown): void;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export class LiveMap {
  private readonly svg: SVGSVGElement;
  private readonly hatch: SVGPatternElement;
  private readonly overlay: {
    flows: SVGGElement;
    markers: SVGGElement;
    labels: SVGGElement;
    inset: SVGGElement;
  };
  private readonly scenes: SceneLoader;
  private readonly bases: BaseDrawings;
  private readonly sceneOf: Map<string, string>;
  private readonly resize: ResizeObserver;
  private size: Size | null = null;
  /** The canvas has no box: the page hides the map (the story on a screen too short for it). */
  private hidden = false;
  private active = '';
  private current: {
    base: Base;
    state: DrawnState;
    transform: MapTransform;
  } | null = null;
  /** The animations of a glide under way (the drawing's, the arrows' and each marker's). */
  private glides: Animation[] = [];
  /** Counts label placements, so that only the last one takes the labels' mark away. */
  private labelRun = 0;
  /** The key of each arrow, marker and label the map has put in (reconcile): a step that has the same keeps it. */
  private readonly keys = new WeakMap<Element, string>();
  /** Counts requests to draw: only the latest presents (the step asked for and the canvas's first size both ask). */
  private drawRun = 0;
  /** Until the map first draws: the step asked for is on screen already (the server's drawing), so no hurry. */
  private onScreen = false;

  constructor(
    canvas: HTMLElement,
    private readonly options: LiveMapOptions,
  ) {
    this.sceneOf = new Map(options.steps.map((s) => [s.anchor, s.scene]));
    this.scenes = new SceneLoader(options.dataUrl, options.onFail, options.baseMaps, options.fetcher);
    // In the page from the start (which hides it until it draws); base drawings go in before the overlay's groups,
    // under what keeps its screen size.
    this.svg = insert(canvas, mapSvg({ idPrefix: options.idPrefix, content: overlayMarkup(EMPTY_OVERLAY) })) as SVGSVGElement;
    this.hatch = child(this.svg, 'pattern');
    this.overlay = {
      flows: child(this.svg, '.flows'),
      markers: child(this.svg, '.markers'),
      labels: child(this.svg, '.labels'),
      inset: child(this.svg, '.moon-inset-layer'),
    };
    this.bases = new BaseDrawings(this.svg, this.overlay.flows);
    this.resize = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      const wasHidden = this.hidden;
      this.hidden = width <= 0 || height <= 0;
      if (this.hidden) return;
      const size = { width: Math.round(width), height: Math.round(height) };
      // Shown again, it draws the step the reader reached meanwhile.
      if (!wasHidden && this.size && size.width === this.size.width && size.height === this.size.height) return;
      this.size = size;
      this.svg.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
      if (this.active) this.draw(this.active, false);
    });
    this.resize.observe(canvas);
  }

  /**
   * Shows `anchor`'s step, gliding from the current one when both share a drawing; prepares the next few. With
   * `onScreen` (the page shows that step's map already), its drawing is built in the background and shown once
   * built, rather than in large slices in the frames of the reader's first scroll.
   */
  show(anchor: string, onScreen = false): void {
    const index = this.options.steps.findIndex((s) => s.anchor === anchor);
    if (index === -1 || anchor === this.active) return;
    this.active = anchor;
    this.onScreen = onScreen;
    // Hidden, nothing is fetched or drawn: shown again, it draws the step it was last told.
    if (this.hidden) return;
    this.draw(anchor, true);
    for (const step of this.options.steps.slice(index + 1, index + 1 + LOOKAHEAD)) void this.prepare(step.anchor);
  }

  destroy(): void {
    this.resize.disconnect();
    this.stopGlide();
    this.svg.remove();
  }

  /**
   * Fetches a step's scene and builds its base drawing: in the background for a step ahead, at once (`urgent`)
   * for the step the map is to show now.
   */
  private async prepare(anchor: string, urgent = false): Promise<{ scene: DrawableScene; state: DrawnState; base: Base } | null> {
    const id = this.sceneOf.get(anchor) ?? '';
    if (urgent) this.scenes.hurry(id);
    const scene = await this.scenes.scene(id);
    const state = scene?.states.get(anchor);
    if (!scene || !state) return null;
    const base = this.bases.get(scene, state);
    if (urgent) {
      base.urgent = true;
      await base.build();
    } else {
      await base.queued;
      // The lunar inset is projected once for each size: ahead of its step, a few lines a frame, rather than in the
      // step's task (at 6× CPU about 30 of its 64 ms) or a task of its own (37 ms at 4×).
      if (state.moonInset !== null && this.size) void sliced(prepareMoonInset(this.size), () => {});
    }
    // Built for another scene on its base map and rotation, the drawing gets what this scene adds, projected now.
    this.bases.fit(base, scene, state);
    return { scene, state, base };
  }

  private draw(anchor: string, animate: boolean): void {
    const run = ++this.drawRun;
    void this.prepare(anchor, !this.onScreen).then((prepared) => {
      // A drawing dropped meanwhile (the reader went on and came back) is prepared afresh by the later call.
      if (run !== this.drawRun || !prepared || anchor !== this.active || !this.size || !this.bases.holds(prepared.base)) return;
      this.present(prepared.scene, prepared.state, prepared.base, this.size, animate);
    });
  }

  private present(scene: DrawableScene, state: DrawnState, base: Base, size: Size, animate: boolean): void {
    this.stopGlide();
    // Arithmetic on the view's published fit: nothing is measured while the reader scrolls.
    const fit = sceneFit(scene, state);
    const camera = fittedCamera(state, fit, size);
    const target = cameraTransform(state.projection, camera, size);
    const previous = this.current;
    if (previous && previous.base !== base) {
      // Its countries keep their roles: setRoles sets them all when it is shown again, and clearing them here
      // restyled every country of a drawing no one sees.
      hideBase(previous.base.group);
      previous.base.shapeGroups.areas.replaceChildren();
      previous.base.shapeGroups.lines.replaceChildren();
    }
    showBase(base.group);
    this.dropFarBases(state.step, base);
    // A drawing shared with other scenes gets the paths of this step's countries in a role now, in its frame.
    this.bases.drawRoles(base, state);
    this.setRoles(base, state);
    this.setShapes(base, scene, state);
    set(this.svg, 'aria-label', state.description);

    const projection = referenceProjection(state.projection, fit.rotate);
    const place = (transform: MapTransform) => {
      set(base.group, 'transform', transformAttribute(transform));
      // The hatching is in the drawing's units too; touching the pattern restyles what uses it, so only if any does.
      if (state.areas.length > 0) set(this.hatch, 'patternTransform', `scale(${1 / transform.k}) rotate(45)`);
      // Strokes keep their width on screen by this zoom (map.css), also during a glide, which then scales them.
      const zoom = transformZoom(transform);
      if (base.group.style.getPropertyValue('--zoom') !== zoom) base.group.style.setProperty('--zoom', zoom);
    };
    const frame = (transform: MapTransform, labels: boolean) => {
      place(transform);
      const overlay = drawOverlay(state, scene.geometry, transformPlacer(projection, transform, base.points), size, labels);
      this.placeOverlay(overlay, labels);
    };

    // Steps that share a view (most of a scene's) change roles and markers only: nothing to move. Another scene on
    // the same drawing is shown at once, as another drawing is: its map is a new one, not the last one moved.
    const moves = previous !== null && transformAttribute(previous.transform) !== transformAttribute(target);
    const glide = animate && previous?.base === base && previous.state.scene === state.scene && previous.state.step !== state.step && moves && !reducedMotion();
    this.current = { base, state, transform: target };
    this.onScreen = false;
    if (previous === null) {
      // The live map's first drawing lays out the whole drawing and the legend, at 4× CPU a frame of 50–90 ms: its
      // labels come in the next frame. Where the reader sees the server's map meanwhile (the page hides the canvas
      // until the map draws), it is built out of sight a piece a frame — the drawing, its arrows and markers, its
      // labels — and shown in a frame of its own, 3 frames later (drawn at once, its two frames took 50–70 and
      // 50–60 ms, traced). Where the reader waits on a notice, or nothing scrolls (an embed), it is drawn at once.
      this.withholdLabels();
      const shown = this.current;
      const show = () => this.options.onShow({ state });
      const pieces = this.options.firstDrawingInPieces
        ? [() => place(target), () => frame(target, false), () => frame(target, true), show]
        : [() => (frame(target, false), show()), () => frame(target, true)];
      void (async () => {
        for (const piece of pieces) {
          piece();
          await afterFrame();
          // A later step (or size) drew meanwhile, and showed the map.
          if (this.current !== shown) return;
        }
      })();
      return;
    }
    if (!glide) {
      // Another rotation of the projection is another drawing, shown at once. A fade-in, though the compositor played
      // it, left 1.5 to 2 % more of the frames at 6× CPU slow (docs/performance.md).
      frame(target, true);
      this.options.onShow({ state });
      return;
    }
    // Its labels come when the glide settles.
    this.withholdLabels();
    frame(previous.transform, false);
    this.options.onShow({ state });
    this.glide(base.group, previous.transform, interpolateTransform(previous.transform, target, size), () => frame(target, true));
  }

  /**
   * Moves the drawing from `from` along `path` as keyframes, with the arrows and markers (placed for `from`)
   * following it; then `settle` draws the end crisp: the transform written, lines and hatching at their width,
   * arrows and markers placed afresh, labels. Meanwhile arrows stretch with the drawing, markers keep their size,
   * and lines and hatching scale with it.
   */
  private glide(drawing: SVGGElement, from: MapTransform, path: (t: number) => MapTransform, settle: () => void): void {
    this.glides = glideAnimations(drawing, this.overlay.flows, this.overlay.markers, from, path);
    const glides = this.glides;
    glides[0].finished.then(
      () => {
        if (this.glides !== glides) return;
        settle();
        this.stopGlide();
      },
      // Cancelled: the next step took over.
      () => undefined,
    );
  }

  private stopGlide(): void {
    for (const animation of this.glides) animation.cancel();
    this.glides = [];
  }

  /** Keeps the base drawings of the steps near the reader's (one behind, three ahead) and drops the rest. */
  private dropFarBases(anchor: string, current: Base): void {
    const index = this.options.steps.findIndex((s) => s.anchor === anchor);
    const near = new Set<Base>([current]);
    for (const step of this.options.steps.slice(Math.max(0, index - LOOKBEHIND), index + 1 + LOOKAHEAD)) {
      const scene = this.scenes.ready(step.scene);
      const state = scene?.states.get(step.anchor);
      const base = scene && state ? this.bases.existing(scene, state) : undefined;
      if (base) near.add(base);
    }
    this.bases.keepOnly(near);
  }

  private setRoles(base: Base, state: DrawnState): void {
    const roles = new Map(state.roles);
    for (const [id, path] of base.countries) set(path, 'data-role', roles.get(id) ?? null);
  }

  /** The state's lines and areas: shapes already shown stay (a line does not fade in twice). */
  private setShapes(base: Base, scene: DrawableScene, state: DrawnState): void {
    const update = (group: SVGGElement, kind: 'area' | 'line', layers: DrawnState['lines']) => {
      const key = (path: Element) => `${path.getAttribute('data-layer')}:${path.getAttribute('data-feature')}`;
      const existing = new Map([...group.children].map((c) => [key(c), c]));
      const wanted = new Set<string>();
      for (const layer of layers) {
        for (const f of layerFeatures(scene.geometry, layer)) {
          const d = base.shapes.get(shapeKey(layer.data, f.id));
          if (!d) continue;
          const shape = frameShape(layer, f, d);
          wanted.add(shape.id);
          if (existing.has(shape.id)) continue;
          const { d: pathData, ...attributes } = shapeAttributes(kind, shape, this.options.idPrefix);
          group.append(this.bases.paths[kind](pathData, attributes));
        }
      }
      for (const [id, path] of existing) if (!wanted.has(id)) path.remove();
    };
    update(base.shapeGroups.areas, 'area', state.areas);
    update(base.shapeGroups.lines, 'line', state.lines);
  }

  /**
   * Brings the arrows, markers and (with `labels`) labels in line with the step's, those kept updated in place (fewer
   * elements to insert and lay out), and redraws the inset.
   */
  private placeOverlay(overlay: FrameOverlay, labels: boolean): void {
    const { flows, markers } = this.overlay;
    const newFlow = (flow: FrameFlow, before: Element | null) => insert(flows, flowMarkup(flow), before);
    reconcile(flows, overlay.flows, this.keys, (flow) => `${flow.kind} ${flow.id}`, newFlow, (group, flow) => {
      const [shaft, head] = group.children;
      set(shaft, 'd', flow.shaft);
      set(shaft, 'stroke-width', String(flow.width));
      set(head, 'd', flow.head);
    });
    const newMarker = (marker: FrameMarker, before: Element | null) => insert(markers, markerMarkup(marker), before);
    reconcile(markers, overlay.markers, this.keys, (marker) => marker.id, newMarker, (circle, marker) => {
      set(circle, 'cx', String(marker.x));
      set(circle, 'cy', String(marker.y));
      set(circle, 'r', String(markerRadius(marker)));
      set(circle, 'data-role', marker.role);
    });

    if (!labels) return;
    // All of them, in the step's own frame: every frame in which the map changes is a frame in which the browser
    // paints all of it again. Scrolls at 6× CPU, 5 of each build in turn: a couple of labels per frame, 11.0 % of
    // frames slow, all in the frame after the step's, 7.9 %; later, that 8.1 % and in the step's own frame 5.1 %.
    const group = this.overlay.labels;
    const token = this.markPlacing();
    // A label the step before showed too (most of them from one step to the next in a scene) is kept and moved to
    // its new place: a new label is laid out afresh, its words shaped, which at 4× CPU took a step about twice as
    // long as moving one (docs/performance.md). Its key is its markup at the origin: what it says, how anchored.
    const words = (label: FrameLabel) => labelMarkup({ ...label, x: 0, y: 0 });
    const newLabel = (label: FrameLabel, before: Element | null) => insert(group, labelMarkup(label), before);
    reconcile(group, overlay.labels, this.keys, words, newLabel, (text, label) => {
      set(text, 'y', String(label.y));
      for (const line of [text, ...text.children]) set(line, 'x', String(label.x));
    });
    set(group, 'visibility', null);
    // The mark goes once a frame has drawn them: in that frame a change of the canvas's size (a longer key) has
    // drawn the map again for its new size, with labels and a mark of its own.
    void afterFrame().then(() => {
      if (token === this.labelRun) group.removeAttribute('data-placing');
    });
    const inset = overlay.inset;
    this.overlay.inset.innerHTML = inset ? insetMarkup(inset) : '';
  }

  /**
   * Marks the labels' group `data-placing` until the step's labels are in (with the step, or when a glide settles)
   * and drawn, so that whoever reads the labels (a test, a screenshot) knows when they are all there; returns the
   * new placement's token.
   */
  private markPlacing(): number {
    this.overlay.labels.setAttribute('data-placing', '');
    return (this.labelRun += 1);
  }

  /**
   * Takes the labels out of sight until the step's are placed (the first drawing's come in the frame after it, a
   * glide's when it settles): they stay in the page, to be moved where the step puts them.
   */
  private withholdLabels(): void {
    set(this.overlay.labels, 'visibility', 'hidden');
    this.markPlacing();
  }
}
