/**
 * The live map's base drawings: a base map projected at one rotation of its projection (sphere, country fills,
 * borders, and the paths of the lines and areas of the scenes drawn on it), in the drawing's own units, which a
 * step scales and moves. Scenes on one base map at one rotation share a drawing, so that moving from one such
 * scene to the next changes roles and shapes, as a step within a scene does, rather than showing another drawing,
 * which the browser styles and lays out whole in that step's frame.
 * Built out of the page, a slice per frame in the background (one at a time so slices never pile up in a frame) or
 * at once when the reader waits for it; put in the page once built, not rendered until a step shows it; dropped when
 * no step near the reader needs it.
 */
import { bordersMarkup, countryMarkup, geometryMarkup, landMarkup, shapeMarkup } from '../lib/render/map-markup';
import type { LayerFeature } from '../lib/geo/geojson-layer';
import type { DrawnState } from '../lib/state/map-state';
import { ProjectedCountries, VIEWS_PER_BASE_MAP } from '../lib/render/projected-countries';
import { shapePieces } from '../lib/render/reference-drawing';
import type { SceneGeometry } from '../lib/render/render-frame';
import { sceneFit, type DrawableScene } from '../lib/state/scene-data';
import { sliced } from './sliced';
import { child, insert, pathCopies, set } from './svg-element';

/** Base drawing paths added per frame in the background, and countries per path of borders or of plain land. */
const PATHS_PER_FRAME = 4;
const COUNTRIES_PER_SHARED_PATH = 24;
/** A shape with nothing set, for the templates of the areas' and lines' paths. */
const NO_SHAPE = { id: '', layer: '', feature: '', d: '' };

/**
 * Takes a drawing out of rendering; `visibility` still says which drawing shows, for whoever asks. Hidden only by
 * `visibility`, a drawing being built or kept for a step near the reader was styled and laid out with every slice,
 * and walked by every paint of the map: at 6× CPU, 11.0 % of the scroll's frames were slow where they were 14.3 %
 * (5 interleaved scrolls each, every run of one build under every run of the other).
 */
export function hideBase(group: SVGGElement): void {
  set(group, 'visibility', 'hidden');
  set(group, 'display', 'none');
}

/**
 * Shows a drawing: styled and laid out whole, in the frame it is shown. Only what changes is written: the same
 * `visibility` written again restyled every element of the drawing shown, at every step.
 */
export function showBase(group: SVGGElement): void {
  set(group, 'visibility', 'visible');
  set(group, 'display', null);
}

/** One base drawing: a base map at one rotation, and its country paths by id. */
export interface Base {
  key: string;
  group: SVGGElement;
  /** The countries drawn on their own (the rest is land in a few paths): those some step of its scenes gives a role. */
  countries: Map<string, SVGPathElement>;
  /** Paths of its scenes' geodata features, by `shapeKey`, drawn when a step shows them. */
  shapes: Map<string, string>;
  /** The scenes it is ready to draw (`fit`). */
  scenes: Set<string>;
  /** Path data of countries another of its scenes gives a role, held in its land until a step shows them (`fit`). */
  spare: Map<string, string>;
  shapeGroups: { areas: SVGGElement; lines: SVGGElement };
  /** Screen positions of places on it, by the transform they were placed at. */
  points: Map<string, [number, number] | null>;
  /** Builds it (once): slices per frame in the background, larger slices once `urgent` is set. */
  build: () => Promise<void>;
  /** Its turn in the background queue, behind the drawings asked for before it. */
  queued: Promise<void>;
  /** Set when the reader waits for this drawing: it is built at once, ahead of the queue. */
  urgent: boolean;
  /** Set once every path is in. */
  built: boolean;
}

export class BaseDrawings {
  private readonly bases = new Map<string, Base>();
  private queue: Promise<void> = Promise.resolve();
  private readonly projected = new ProjectedCountries(VIEWS_PER_BASE_MAP);
  /** A number for each base map (its decoded countries, one array for every scene drawn on it), for drawings' keys. */
  private readonly baseMaps = new Map<SceneGeometry['countries'], number>();
  /**
   * The renderer's country, land, border, area and line paths, copied with each one's path data and attributes (a
   * step's areas and lines too: parsed as markup, they took the live map a few times as long).
   */
  readonly paths: Record<'country' | 'land' | 'borders' | 'area' | 'line', ReturnType<typeof pathCopies>>;

  /** Drawings go into `svg` before `before` (what keeps its screen size is drawn over them). */
  constructor(
    private readonly svg: SVGSVGElement,
    private readonly before: Element,
  ) {
    this.paths = {
      country: pathCopies(svg, countryMarkup({ id: '', d: '', role: null })),
      land: pathCopies(svg, landMarkup('')),
      borders: pathCopies(svg, bordersMarkup('')),
      // Each copy is given all of its shape's attributes (`shapeAttributes`), its hatching's id among them.
      area: pathCopies(svg, shapeMarkup('area', NO_SHAPE, '')),
      line: pathCopies(svg, shapeMarkup('line', NO_SHAPE, '')),
    };
  }

  /** The drawing a state is shown on, if it exists (it may be dropped later). */
  existing(scene: DrawableScene, state: DrawnState): Base | undefined {
    return this.bases.get(this.key(scene, state));
  }

  /** Whether `base` is still in the page. */
  holds(base: Base): boolean {
    return this.bases.get(base.key) === base;
  }

  /** The drawing a state is shown on, started if it is not yet: queued in the background, built out of the page. */
  get(scene: DrawableScene, state: DrawnState): Base {
    const key = this.key(scene, state);
    const existing = this.bases.get(key);
    if (existing) return existing;
    const { rotate } = sceneFit(scene, state);
    // Out of the page until built, then in it but not rendered (hideBase) until a step shows it, which styles and
    // lays it out once. Built in place, even under `display: none`, each slice's paths had the page restyle and lay
    // out the map and paint it again in the slice's frame (at 4× CPU the scroll's style work halved without it,
    // docs/performance.md); and for a drawing the reader waits for, each slice was a frame of its own before the map
    // could show (a link to a later step shows its map about 0.2 s sooner so). The first piece fills in the sea's path.
    const empty = geometryMarkup({ sphere: '', countries: [], areas: [], lines: [] }, '');
    const markup = `<g class="base">${empty}</g>`;
    const group = insert(this.svg, markup, this.before) as SVGGElement;
    hideBase(group);
    // Parsed in place, taken out before the page is drawn again.
    group.remove();
    const countries = child(group, '.countries');
    const base: Base = {
      key,
      group,
      countries: new Map(),
      shapes: new Map(),
      scenes: new Set([state.scene]),
      spare: new Map(),
      shapeGroups: { areas: child(group, '.areas'), lines: child(group, '.lines') },
      points: new Map(),
      build: () => Promise.resolve(),
      queued: Promise.resolve(),
      urgent: false,
      built: false,
    };
    // Borders are drawn over the country fills by a few paths of many countries each: few elements keep their
    // width through a zoom almost for free, where a stroke on each country would re-lay out every one of them.
    const borders = sharedPaths((d) => group.insertBefore(this.paths.borders(d), base.shapeGroups.areas));
    // A country no step of the scene gives a role is plain land throughout: it shares a path with others, so a
    // world map is a few dozen elements to build, style and lay out rather than two hundred.
    const land = sharedPaths((d) => countries.append(this.paths.land(d)));
    const inRole = roleCountries(scene);
    const job = async () => {
      await sliced(
        this.projected.pieces(scene.geometry, state.projection, rotate),
        (piece) => {
          if (piece.kind === 'sphere') child(group, '.sphere').setAttribute('d', piece.d);
          else if (piece.kind === 'country') {
            if (inRole.has(piece.id)) {
              const path = this.paths.country(piece.d, { 'data-id': piece.id });
              countries.append(path);
              base.countries.set(piece.id, path);
            } else land.add(piece.d);
            borders.add(piece.d);
          } else {
            land.flush();
            borders.flush();
            base.shapes.set(shapeKey(piece.data, piece.feature), piece.d);
          }
        },
        // A few per frame: out of rendering, a path added costs no layout, but its data is parsed as it goes in.
        { perFrame: PATHS_PER_FRAME, urgent: () => base.urgent },
      );
      land.flush();
      borders.flush();
      this.svg.insertBefore(group, this.before);
      base.built = true;
    };
    let started: Promise<void> | null = null;
    base.build = () => (started ??= job());
    base.queued = this.queue.then(base.build);
    this.queue = base.queued.catch(() => undefined);
    this.bases.set(key, base);
    return base;
  }

  /**
   * Makes a built drawing ready to draw `state`'s scene too (another scene on its base map, at its rotation): the
   * countries that scene gives a role and the drawing holds in its land are projected (`spare`), to get paths of their
   * own when a step shows them in a role (`drawRoles`), and its geodata features are projected. Nothing is put in the
   * page here: this runs ahead of the step, while the drawing may be the one shown, and each path put in it then
   * would have the page restyle, lay out and paint the map in a frame of the reader's scroll.
   */
  fit(base: Base, scene: DrawableScene, state: DrawnState): void {
    if (base.scenes.has(state.scene)) return;
    base.scenes.add(state.scene);
    const { rotate } = sceneFit(scene, state);
    const missing = new Set([...roleCountries(scene)].filter((id) => !base.countries.has(id) && !base.spare.has(id)));
    for (const piece of this.projected.countries(scene.geometry, state.projection, rotate, missing)) if (piece.kind === 'country') base.spare.set(piece.id, piece.d);
    const layers = new Map<string, readonly LayerFeature[]>();
    for (const [data, features] of scene.geometry.layers) {
      const unprojected = features.filter((f) => !base.shapes.has(shapeKey(data, f.id)));
      if (unprojected.length > 0) layers.set(data, unprojected);
    }
    for (const piece of shapePieces(layers, state.projection, rotate)) if (piece.kind === 'shape') base.shapes.set(shapeKey(piece.data, piece.feature), piece.d);
  }

  /**
   * Gives the countries `state` puts in a role that the drawing holds in its land a path of their own, over the land
   * (the same shape, filled alike until a role colours it), as the step is shown: in the frame that draws the step.
   */
  drawRoles(base: Base, state: DrawnState): void {
    const countries = child(base.group, '.countries');
    for (const [id] of state.roles) {
      const d = base.spare.get(id);
      if (d === undefined) continue;
      const path = this.paths.country(d, { 'data-id': id });
      countries.append(path);
      base.countries.set(id, path);
      base.spare.delete(id);
    }
  }

  /**
   * Removes every built drawing not in `keep`: each is hundreds of paths, and the page would hold every scene
   * passed by the end of a read. One still being built stays until done.
   */
  keepOnly(keep: ReadonlySet<Base>): void {
    for (const [key, base] of this.bases) {
      if (keep.has(base) || !base.built) continue;
      base.group.remove();
      this.bases.delete(key);
    }
  }

  /** Which drawing a state is shown on: its scene's base map, projection and rotation. */
  private key(scene: DrawableScene, state: DrawnState): string {
    let map = this.baseMaps.get(scene.geometry.countries);
    if (map === undefined) this.baseMaps.set(scene.geometry.countries, (map = this.baseMaps.size));
    return `${map}:${state.projection}@${sceneFit(scene, state).rotate.toFixed(3)}`;
  }
}

/** Where a drawing keeps a geodata feature's path (`Base.shapes`): by its data's id and the feature's. */
export function shapeKey(data: string, feature: string): string {
  return `${data}:${feature}`;
}

/** The countries some step of `scene` gives a role. */
function roleCountries(scene: DrawableScene): Set<string> {
  return new Set([...scene.states.values()].flatMap((s) => s.roles.map(([id]) => id)));
}

/** Collects countries' path data and writes it `COUNTRIES_PER_SHARED_PATH` countries to a path. */
function sharedPaths(write: (d: string) => void): { add(d: string): void; flush(): void } {
  let parts: string[] = [];
  const flush = () => {
    if (parts.length > 0) write(parts.join(''));
    parts = [];
  };
  return {
    add(d) {
      parts.push(d);
      if (parts.length === COUNTRIES_PER_SHARED_PATH) flush();
    },
    flush,
  };
}
