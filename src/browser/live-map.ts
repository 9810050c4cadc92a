/**
 * The hydrated map, as plain DOM code (no framework: the embed's script budget has no room for one). It draws
 * the step it is told to show at the size of its canvas: each scene's geometry is projected once per rotation
 * of its projection, into a base drawing built a slice per animation frame before it is needed; a step is that
 * drawing scaled and moved (one transform per frame while it glides) plus what keeps its screen size — arrows,
 * markers, labels and the lunar inset — placed afresh. The story's StoryMap and the embed stepper drive it.
 */
import type { Camera, Size } from '../lib/camera';
import { insetMarkup, labelMarkup } from '../lib/overlay-markup';
import type { MapState } from '../lib/map-state';
import {
  cameraTransform,
  interpolateTransform,
  referencePieces,
  referenceProjection,
  transformAttribute,
  transformPlacer,
  type MapTransform,
} from '../lib/reference-drawing';
import { countryFeature, type CountryFeature } from '../lib/base-map';
import { drawOverlay, frameShape, layerFeatures, markerRadius, type FrameOverlay } from '../lib/render-frame';
import { fetchSceneJson, fetchTopology, sceneFromJson, type DrawableScene } from '../lib/scene-data';
import { stateCamera, stateRotate } from '../lib/scene-geometry';
import { sliced } from './sliced';

const SVG = 'http://www.w3.org/2000/svg';
const DURATION_MS = 800;
const FADE_MS = 400;
/** How many steps ahead a scene is fetched and drawn: a few screens of reading, so it is there in time. */
const LOOKAHEAD = 3;
/** How many steps back a base drawing is kept, for a reader who scrolls back a little. */
const LOOKBEHIND = 1;
const LABELS_PER_FRAME = 2;
/** Base drawing paths added per frame while a scene is prepared, and countries per path of borders. */
const PATHS_PER_FRAME = 4;
const COUNTRIES_PER_BORDER_PATH = 24;
/** Countries decoded from TopoJSON per frame. */
const DECODES_PER_FRAME = 12;

/** What the map has drawn, for its key (`state.key`) and its page. */
export interface ShownStep {
  state: MapState;
}

export interface LiveMapOptions {
  /** Each step's anchor and scene id, in story order. */
  steps: readonly { anchor: string; scene: string }[];
  /** URL of the folder holding each scene's `<scene>.json`. */
  dataUrl: string;
  /** Prefix for ids inside the SVG (the hatch pattern). */
  idPrefix: string;
  /** Called when a step is drawn (at once, or when its glide starts). */
  onShow(shown: ShownStep): void;
  /** Called once if map data cannot be loaded; the page keeps its server-drawn map. */
  onFail(error: unknown): void;
}

/** One base drawing: a scene's geometry at one rotation, and its country paths by id. */
interface Base {
  key: string;
  group: SVGGElement;
  countries: Map<string, SVGPathElement>;
  /** Paths of the scene's geodata features, by "<data>:<feature>", drawn when a step shows them. */
  shapes: Map<string, string>;
  shapeGroups: { areas: SVGGElement; lines: SVGGElement };
  /** Builds it (once): slices per frame in the background, larger slices once `urgent` is set. */
  build: () => Promise<void>;
  /** Its turn in the background queue, behind the drawings asked for before it. */
  queued: Promise<void>;
  /** Set when the reader waits for this drawing: it is built at once, ahead of the queue. */
  urgent: boolean;
  /** Set once every path is in. */
  built: boolean;
}

const el = <K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number | undefined> = {},
  parent?: Element,
) => {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(key, String(value));
  parent?.append(node);
  return node;
};

/** Sets (or, for null, removes) an attribute only when it changes: every write restyles the element. */
const set = (node: Element, name: string, value: string | null) => {
  if (node.getAttribute(name) === value) return;
  if (value === null) node.removeAttribute(name);
  else node.setAttribute(name, value);
};

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export class LiveMap {
  private readonly svg: SVGSVGElement;
  private readonly hatch: SVGPatternElement;
  private readonly overlay: {
    flows: SVGGElement;
    markers: SVGGElement;
    labels: SVGGElement;
    inset: SVGGElement;
  };
  private readonly scenes = new Map<string, Promise<DrawableScene | null>>();
  /** Scenes decoded so far, by id. */
  private readonly loaded = new Map<string, DrawableScene>();
  /** Base maps' countries by file, fetched and decoded once for every scene drawn on them, with those scenes. */
  private readonly baseMaps = new Map<string, { countries: Promise<CountryFeature[]>; scenes: Set<string> }>();
  private readonly bases = new Map<string, Base>();
  private readonly points = new Map<string, Map<string, [number, number] | null>>();
  private readonly sceneOf: Map<string, string>;
  private readonly rotations = new WeakMap<MapState, number>();
  private readonly cameras = new WeakMap<MapState, Map<string, Camera>>();
  private readonly resize: ResizeObserver;
  private size: Size | null = null;
  private active = '';
  private current: {
    base: Base;
    state: MapState;
    transform: MapTransform;
  } | null = null;
  private animation = 0;
  private failed = false;
  /** Background preparation runs one job at a time, so slices never pile up in a frame. */
  private queue: Promise<void> = Promise.resolve();
  /** Scenes whose decoding the reader waits for (the step shown needs them): decoded at once. */
  private readonly urgentScenes = new Set<string>();
  /** Counts label placements, so a stale one stops adding labels. */
  private labelRun = 0;

  constructor(
    canvas: HTMLElement,
    private readonly options: LiveMapOptions,
  ) {
    this.sceneOf = new Map(options.steps.map((s) => [s.anchor, s.scene]));
    this.svg = el('svg', { class: 'map', role: 'img' });
    const defs = el('defs', {}, this.svg);
    this.hatch = el(
      'pattern',
      {
        id: `${options.idPrefix}-hatch`,
        class: 'hatch',
        width: 6,
        height: 6,
        patternUnits: 'userSpaceOnUse',
        patternTransform: 'rotate(45)',
      },
      defs,
    );
    el('path', { d: 'M0 0V6' }, this.hatch);
    // Base drawings go in before these, under what keeps its screen size.
    this.overlay = {
      flows: el('g', { class: 'flows' }, this.svg),
      markers: el('g', { class: 'markers' }, this.svg),
      labels: el('g', { class: 'labels' }, this.svg),
      inset: el('g', { class: 'moon-inset-layer' }, this.svg),
    };
    this.resize = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (width <= 0 || height <= 0) return;
      const size = { width: Math.round(width), height: Math.round(height) };
      if (this.size && size.width === this.size.width && size.height === this.size.height) return;
      this.size = size;
      this.svg.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
      if (this.active) this.draw(this.active, false);
    });
    this.resize.observe(canvas);
    // In place (hidden by the page until it draws) from the start, so base drawings are styled and laid out a
    // slice at a time as they are built, not all at once when first shown.
    canvas.append(this.svg);
  }

  /** Shows `anchor`'s step, gliding from the current one when both share a drawing; prepares the next few. */
  show(anchor: string): void {
    const index = this.options.steps.findIndex((s) => s.anchor === anchor);
    if (index === -1 || anchor === this.active) return;
    this.active = anchor;
    this.draw(anchor, true);
    for (const step of this.options.steps.slice(index + 1, index + 1 + LOOKAHEAD)) void this.prepare(step.anchor);
  }

  destroy(): void {
    this.resize.disconnect();
    cancelAnimationFrame(this.animation);
    this.svg.remove();
  }

  private scene(id: string): Promise<DrawableScene | null> {
    let pending = this.scenes.get(id);
    if (!pending) {
      pending = this.load(id).then(
        (scene) => {
          this.loaded.set(id, scene);
          return scene;
        },
      ).catch((error: unknown) => {
        if (!this.failed) {
          this.failed = true;
          this.options.onFail(error);
        }
        return null;
      });
      this.scenes.set(id, pending);
    }
    return pending;
  }

  /** Fetches a scene's data and its base map's countries. */
  private async load(id: string): Promise<DrawableScene> {
    const json = await fetchSceneJson(this.options.dataUrl, id);
    let baseMap = this.baseMaps.get(json.topology);
    if (!baseMap) {
      const users = new Set<string>();
      baseMap = { countries: this.decode(json.topology, () => [...users].some((scene) => this.urgentScenes.has(scene))), scenes: users };
      this.baseMaps.set(json.topology, baseMap);
    }
    baseMap.scenes.add(id);
    return sceneFromJson(json, await baseMap.countries);
  }

  /** Fetches a base map and decodes its countries a slice at a time (at once when the reader waits for it). */
  private async decode(file: string, urgent: () => boolean): Promise<CountryFeature[]> {
    const topology = await fetchTopology(this.options.dataUrl, file);
    const countries: CountryFeature[] = [];
    await sliced(
      topology.objects.countries.geometries,
      (g) => {
        const country = countryFeature(topology, g);
        if (country) countries.push(country);
      },
      { perFrame: DECODES_PER_FRAME, urgent },
    );
    return countries;
  }

  /** The camera that shows a state at a size, worked out once (fitting a view measures its countries). */
  private camera(scene: DrawableScene, state: MapState, size: Size): Camera {
    const key = `${size.width}x${size.height}`;
    let cameras = this.cameras.get(state);
    if (!cameras) this.cameras.set(state, (cameras = new Map()));
    let camera = cameras.get(key);
    if (!camera) cameras.set(key, (camera = stateCamera(state, size, scene.byId)));
    return camera;
  }

  /** The rotation of a state's projection, worked out once. */
  private rotate(scene: DrawableScene, state: MapState): number {
    let rotate = this.rotations.get(state);
    if (rotate === undefined) {
      rotate = stateRotate(state, scene.byId);
      this.rotations.set(state, rotate);
    }
    return rotate;
  }

  /**
   * Fetches a step's scene and builds its base drawing: in the background for a step ahead, at once (`urgent`)
   * for the step the map is to show now.
   */
  private async prepare(anchor: string, urgent = false): Promise<{ scene: DrawableScene; state: MapState; base: Base } | null> {
    const id = this.sceneOf.get(anchor) ?? '';
    if (urgent) this.urgentScenes.add(id);
    const scene = await this.scene(id);
    const state = scene?.states.get(anchor);
    if (!scene || !state) return null;
    const base = this.base(scene, state);
    if (urgent) {
      base.urgent = true;
      await base.build();
    } else await base.queued;
    // Ahead of the step, while the reader is still reading the one before.
    if (this.size) this.camera(scene, state, this.size);
    return { scene, state, base };
  }

  /** Which base drawing a state is shown on: its scene at its rotation. */
  private baseKey(scene: DrawableScene, state: MapState): string {
    return `${state.scene}@${this.rotate(scene, state).toFixed(3)}`;
  }

  /** The base drawing a state is shown on, started if it is not yet. */
  private base(scene: DrawableScene, state: MapState): Base {
    const rotate = this.rotate(scene, state);
    const key = this.baseKey(scene, state);
    const existing = this.bases.get(key);
    if (existing) return existing;
    const group = el('g', {
      class: 'base',
      visibility: 'hidden',
      'data-scene': state.scene,
    });
    const countries = el('g', { class: 'countries' });
    const base: Base = {
      key,
      group,
      countries: new Map(),
      shapes: new Map(),
      shapeGroups: {
        areas: el('g', { class: 'areas' }),
        lines: el('g', { class: 'lines' }),
      },
      build: () => Promise.resolve(),
      queued: Promise.resolve(),
      urgent: false,
      built: false,
    };
    this.svg.insertBefore(group, this.overlay.flows);
    // Borders are drawn over the country fills by a few paths of many countries each: few elements keep their
    // width through a zoom almost for free, where a stroke on each country would re-lay out every one of them.
    let outlines: string[] = [];
    const flush = () => {
      if (outlines.length > 0)
        group.insertBefore(el('path', { class: 'borders', d: outlines.join('') }), base.shapeGroups.areas);
      outlines = [];
    };
    const job = async () => {
      await sliced(
        referencePieces(scene, state.projection, rotate),
        (piece) => {
          if (piece.kind === 'sphere') {
            el('path', { class: 'sphere', d: piece.d }, group);
            group.append(countries, base.shapeGroups.areas, base.shapeGroups.lines);
          } else if (piece.kind === 'country') {
            base.countries.set(piece.id, el('path', { class: 'country', d: piece.d, 'data-id': piece.id }, countries));
            outlines.push(piece.d);
            if (outlines.length === COUNTRIES_PER_BORDER_PATH) flush();
          } else {
            flush();
            base.shapes.set(`${piece.data}:${piece.feature}`, piece.d);
          }
        },
        // Each path added is laid out in that frame, after the script: a few per frame.
        { perFrame: PATHS_PER_FRAME, urgent: () => base.urgent },
      );
      flush();
      base.built = true;
    };
    let built: Promise<void> | null = null;
    base.build = () => (built ??= job());
    base.queued = this.queue.then(base.build);
    this.queue = base.queued.catch(() => undefined);
    this.bases.set(key, base);
    return base;
  }

  private draw(anchor: string, animate: boolean): void {
    void this.prepare(anchor, true).then((prepared) => {
      // A drawing dropped meanwhile (the reader went on and came back) is prepared afresh by the later call.
      if (!prepared || anchor !== this.active || !this.size || this.bases.get(prepared.base.key) !== prepared.base) return;
      this.present(prepared.scene, prepared.state, prepared.base, this.size, animate);
    });
  }

  private present(scene: DrawableScene, state: MapState, base: Base, size: Size, animate: boolean): void {
    cancelAnimationFrame(this.animation);
    const camera = this.camera(scene, state, size);
    const target = cameraTransform(state.projection, camera, size);
    const previous = this.current;
    if (previous && previous.base !== base) {
      previous.base.group.setAttribute('visibility', 'hidden');
      for (const path of previous.base.countries.values()) path.removeAttribute('data-role');
      previous.base.shapeGroups.areas.replaceChildren();
      previous.base.shapeGroups.lines.replaceChildren();
    }
    base.group.setAttribute('visibility', 'visible');
    this.dropFarBases(state.step, base);
    this.setRoles(base, state);
    this.setShapes(base, scene, state);
    this.svg.setAttribute('aria-label', state.description);

    const cache = this.points.get(base.key) ?? new Map();
    this.points.set(base.key, cache);
    const projection = referenceProjection(state.projection, this.rotate(scene, state));
    const frame = (transform: MapTransform, labels: boolean) => {
      base.group.setAttribute('transform', transformAttribute(transform));
      // The hatching is in the drawing's units too; touching the pattern restyles what uses it, so only if any does.
      if (state.areas.length > 0) this.hatch.setAttribute('patternTransform', `scale(${1 / transform.k}) rotate(45)`);
      for (const line of base.shapeGroups.lines.querySelectorAll<SVGPathElement>('[data-draw]'))
        this.scaleStroke(line, transform.k);
      const overlay = drawOverlay(state, scene.geometry, transformPlacer(projection, transform, cache), size, labels);
      this.placeOverlay(overlay, labels);
    };

    const glide = animate && previous?.base === base && previous.state.step !== state.step && !reducedMotion();
    this.current = { base, state, transform: target };
    if (!glide) {
      frame(target, true);
      this.options.onShow({ state });
      // Another rotation of the projection is another drawing: it fades in rather than jumping in.
      if (previous && previous.base !== base && !reducedMotion())
        base.group.animate([{ opacity: 0 }, { opacity: 1 }], { duration: FADE_MS, easing: 'ease-out' });
      return;
    }
    const path = interpolateTransform(previous.transform, target, size);
    this.labelRun += 1;
    this.overlay.labels.replaceChildren();
    frame(previous.transform, false);
    this.options.onShow({ state });
    const start = performance.now();
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / DURATION_MS);
      frame(path(ease(t)), t === 1);
      if (t < 1) this.animation = requestAnimationFrame(tick);
    };
    this.animation = requestAnimationFrame(tick);
  }

  /**
   * Removes the base drawings no step near the reader's is shown on. Each is hundreds of paths that the browser
   * keeps styled and laid out, hidden or not: kept, they made every frame dearer through a read. A drawing still
   * being built stays until it is done.
   */
  private dropFarBases(anchor: string, current: Base): void {
    const index = this.options.steps.findIndex((s) => s.anchor === anchor);
    const near = new Set<Base>([current]);
    for (const step of this.options.steps.slice(Math.max(0, index - LOOKBEHIND), index + 1 + LOOKAHEAD)) {
      const scene = this.loaded.get(step.scene);
      const state = scene?.states.get(step.anchor);
      const base = scene && state ? this.bases.get(this.baseKey(scene, state)) : undefined;
      if (base) near.add(base);
    }
    for (const [key, base] of this.bases) {
      if (near.has(base) || !base.built) continue;
      base.group.remove();
      this.bases.delete(key);
      this.points.delete(key);
    }
  }

  /** Screen widths of self-drawing lines, read before they are first scaled. */
  private readonly strokeWidths = new WeakMap<SVGPathElement, number>();

  /**
   * A self-drawing line's dash is its whole length (pathLength 1), which only holds in the drawing's own units:
   * it cannot keep its width on screen the way other lines do, so its width is divided by the zoom instead.
   */
  private scaleStroke(line: SVGPathElement, k: number): void {
    let width = this.strokeWidths.get(line);
    if (width === undefined) {
      width = parseFloat(getComputedStyle(line).strokeWidth) || 1;
      this.strokeWidths.set(line, width);
    }
    line.style.strokeWidth = String(width / k);
  }

  private setRoles(base: Base, state: MapState): void {
    const roles = new Map(state.roles);
    for (const [id, path] of base.countries) set(path, 'data-role', roles.get(id) ?? null);
  }

  /** The state's lines and areas: shapes already shown stay (a line does not draw itself twice). */
  private setShapes(base: Base, scene: DrawableScene, state: MapState): void {
    const update = (group: SVGGElement, kind: 'area' | 'line', layers: MapState['lines']) => {
      const wanted = new Map<string, SVGPathElement>();
      const existing = new Map([...group.children].map((c) => [c.getAttribute('data-key') ?? '', c as SVGPathElement]));
      for (const layer of layers) {
        for (const f of layerFeatures(scene.geometry, layer)) {
          const d = base.shapes.get(`${layer.data}:${f.id}`);
          if (!d) continue;
          const shape = frameShape(layer, f, d);
          const path =
            existing.get(shape.id) ??
            el('path', {
              class: kind,
              d: shape.d,
              'data-key': shape.id,
              'data-layer': shape.layer,
              'data-feature': shape.feature,
              'data-class': shape.class,
              fill: kind === 'area' ? `url(#${this.options.idPrefix}-hatch)` : undefined,
              'data-draw': kind === 'line' && shape.draw ? '' : undefined,
              pathLength: kind === 'line' && shape.draw ? 1 : undefined,
            });
          wanted.set(shape.id, path);
        }
      }
      for (const [key, path] of existing) if (!wanted.has(key)) path.remove();
      group.append(...[...wanted.values()].filter((p) => p.parentNode !== group));
    };
    update(base.shapeGroups.areas, 'area', state.areas);
    update(base.shapeGroups.lines, 'line', state.lines);
  }

  /** Updates arrows and markers in place (so their fade-in plays once) and redraws labels and the inset. */
  private placeOverlay(overlay: FrameOverlay, labels: boolean): void {
    const flows = new Map(
      [...this.overlay.flows.children].map((c) => [c.getAttribute('data-id') ?? '', c as SVGGElement]),
    );
    for (const flow of overlay.flows) {
      let group = flows.get(flow.id);
      if (!group || group.getAttribute('data-kind') !== flow.kind) {
        group?.remove();
        group = el('g', { class: 'flow', 'data-id': flow.id, 'data-kind': flow.kind }, this.overlay.flows);
        el('path', { class: 'shaft' }, group);
        el('path', { class: 'head' }, group);
      }
      flows.delete(flow.id);
      const [shaft, head] = group.children;
      set(shaft, 'd', flow.shaft);
      set(shaft, 'stroke-width', String(flow.width));
      set(head, 'd', flow.head);
    }
    for (const stale of flows.values()) stale.remove();

    const markers = new Map(
      [...this.overlay.markers.children].map((c) => [c.getAttribute('data-id') ?? '', c as SVGCircleElement]),
    );
    for (const marker of overlay.markers) {
      const circle =
        markers.get(marker.id) ?? el('circle', { class: 'marker', 'data-id': marker.id }, this.overlay.markers);
      markers.delete(marker.id);
      set(circle, 'cx', String(marker.x));
      set(circle, 'cy', String(marker.y));
      set(circle, 'r', String(markerRadius(marker)));
      set(circle, 'data-role', marker.role);
    }
    for (const stale of markers.values()) stale.remove();

    if (!labels) return;
    // Text is the dearest thing to lay out: a couple of labels per frame (each fades in anyway).
    const group = this.overlay.labels;
    group.replaceChildren();
    const batches: FrameOverlay['labels'][] = [];
    for (let i = 0; i < overlay.labels.length; i += LABELS_PER_FRAME)
      batches.push(overlay.labels.slice(i, i + LABELS_PER_FRAME));
    const token = (this.labelRun += 1);
    void sliced(
      batches,
      (batch) => {
        if (token !== this.labelRun) return;
        group.insertAdjacentHTML('beforeend', batch.map(labelMarkup).join(''));
      },
      { perFrame: 1 },
    );
    const inset = overlay.inset;
    this.overlay.inset.innerHTML = inset ? insetMarkup(inset) : '';
  }
}
