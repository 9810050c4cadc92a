/**
 * The story as the content folder and the build publish it, with no browser driver: the steps and the article,
 * each step's expected map state (from the scenes' `data/<scene>.json`), and what a map draws, read inside the
 * page. Shared by the Playwright suite (story.ts) and the cross-engine suite (tests/engines), which drives
 * browsers Playwright does not.
 */
import { readdirSync, readFileSync } from 'node:fs';

const contentDir = new URL('../../content/', import.meta.url);

/** Step anchors in story order, from the file names `content/steps/NNN-<anchor>.md`. */
export const ANCHORS: string[] = readdirSync(new URL('steps/', contentDir))
  .filter((f) => /^\d+-.+\.md$/.test(f))
  .sort()
  .map((f) => f.replace(/^\d+-/, '').replace(/\.md$/, ''));

/** The article's paragraphs (blank-line separated), as the writer delivered them. */
export const ARTICLE: string[] = readFileSync(new URL('article/united-against-the-usa.txt', contentDir), 'utf8')
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter((p) => p.length > 0);

/** Text compared modulo typography: quote and dash styles, and spacing (also around quotes). */
export function normalise(text: string): string {
  return text
    .replace(/[“”„″]/g, '"')
    .replace(/[‘’‚′]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*"\s*/g, '"')
    .trim();
}

/** A map state as published in `data/<scene>.json` (only the fields the tests read). */
export interface MapState {
  step: string;
  scene: string;
  roles: [string, string][];
  markers: { id: string; role: string }[];
  labels: { id: string; dot: boolean; area?: string }[];
  flows: { id: string; kind: string }[];
  lines: { layer: string; data: string; show: string[] | null }[];
  areas: { layer: string; data: string; show: string[] | null }[];
  moonInset: string | null;
  description: string;
  /** Ids of the features of each geodata layer in the scene's data file (what `show: null` means). */
  sceneFeatures: Record<string, string[]>;
}

/** A scene's data file as the build publishes it (only the fields the tests read). */
export interface SceneData {
  scene: string;
  states: Omit<MapState, 'sceneFeatures'>[];
  layers: Record<string, { id: string }[]>;
}

/** The map states of one scene's data file, each with the ids of the scene's geodata features. */
export function statesOfScene(data: SceneData): MapState[] {
  const sceneFeatures = Object.fromEntries(Object.entries(data.layers).map(([id, features]) => [id, features.map((f) => f.id)]));
  return data.states.map((state) => ({ ...state, sceneFeatures }));
}

/** What a map shows, in a form that compares with `toEqual`. */
export interface MapSnapshot {
  roles: string[];
  markers: string[];
  /** Flows as "id:kind". */
  flows: string[];
  /** Lines and areas as "line|area:layer:feature". */
  shapes: string[];
  description: string | null;
  inset: boolean;
}

/** The snapshot a step's state should produce: roles as "code:role", marker ids (partners and dotted places). */
export function expectedSnapshot(state: MapState): MapSnapshot {
  return {
    roles: state.roles.map(([code, role]) => `${code}:${role}`).sort(),
    // A disputed area's dot is drawn with its label, where the label fits: not part of what a state must show.
    markers: [...state.markers.map((m) => m.id), ...state.labels.filter((l) => l.dot && l.area === undefined).map((l) => l.id)].sort(),
    flows: state.flows.map((f) => `${f.id}:${f.kind}`).sort(),
    shapes: [
      ...state.lines.flatMap((l) => (l.show ?? state.sceneFeatures[l.data] ?? []).map((id) => `line:${l.layer}:${id}`)),
      ...state.areas.flatMap((a) => (a.show ?? state.sceneFeatures[a.data] ?? []).map((id) => `area:${a.layer}:${id}`)),
    ].sort(),
    description: state.description,
    inset: state.moonInset !== null,
  };
}

/**
 * What the map under `rootSelector` (`.map-live` or `.map-static`) draws now: its countries, lines and areas (in
 * the server's drawing, the geometry its bands share, wherever the page put it) and, from the drawing shown, its
 * markers, arrows and labels.
 * Runs inside the page (any driver's evaluate), so it refers to nothing outside itself.
 */
export function readMapSnapshot(rootSelector: string): MapSnapshot {
  const container = document.querySelector(rootSelector);
  const svg = [...(container?.querySelectorAll('svg.map') ?? [])].find((el) => getComputedStyle(el).display !== 'none');
  if (!container || !svg) return { roles: [], markers: [], flows: [], shapes: [], description: null, inset: false };
  // The server's bands place a geometry the page keeps after its text (StaticMapGeometry.astro), named by their <use>.
  const used = svg.querySelector('use')?.getAttribute('href');
  const geometry = used ? document.getElementById(used.slice(1)) : null;
  const drawn = (selector: string) => [...container.querySelectorAll(selector), ...(geometry?.querySelectorAll(selector) ?? [])];
  return {
    // A live map's hidden drawings (another scene or rotation, kept near the reader) keep their last roles.
    roles: drawn('path.country[data-role]').filter((p) => !p.closest('g.base[visibility="hidden"]')).map((p) => `${p.getAttribute('data-id')}:${p.getAttribute('data-role')}`).sort(),
    markers: [...svg.querySelectorAll('circle.marker:not([data-id^="area-"])')].map((c) => c.getAttribute('data-id') ?? '').sort(),
    flows: [...svg.querySelectorAll('g.flow')].map((g) => `${g.getAttribute('data-id')}:${g.getAttribute('data-kind')}`).sort(),
    shapes: drawn('path.line, path.area')
      .map((p) => `${p.getAttribute('class')}:${p.getAttribute('data-layer')}:${p.getAttribute('data-feature')}`)
      .sort(),
    description: svg.getAttribute('aria-label'),
    inset: svg.querySelector('g.moon-inset') !== null,
  };
}

/** The live drawing's zoom and what is wrong with its strokes on screen (empty when all is well). */
export interface StrokeCheck {
  zoom: number;
  problems: string[];
}

/**
 * Runs in the page: the live map's drawing is scaled to each step's zoom, and its borders, lines and areas keep on
 * screen the width and dashes the stylesheet gives them in a plain drawing (they are divided by the zoom, map.css
 * `--zoom`, not kept by vector-effect, which keeps the drawing's glide off Chromium's compositor). Each is checked
 * against a copy of itself in an SVG of its own. Null while no drawing shows.
 */
export function readStrokeCheck(): StrokeCheck | null {
  const base = document.querySelector<SVGGElement>('.map-live svg.map g.base[visibility="visible"]');
  const matrix = base?.transform.baseVal.consolidate()?.matrix;
  if (!base || !matrix) return null;
  const zoom = matrix.a;
  const plain = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(plain);
  const problems: string[] = [];
  const numbers = (value: string) => (value === 'none' ? [] : value.split(/[\s,]+/).filter(Boolean).map(parseFloat));
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(1, b);
  for (const el of base.querySelectorAll<SVGPathElement>('.borders, .area, .line')) {
    const copy = el.cloneNode() as SVGPathElement;
    plain.append(copy);
    const [live, own] = [getComputedStyle(el), getComputedStyle(copy)];
    const name = `${el.getAttribute('class')}${el.dataset.feature ? ` "${el.dataset.feature}"` : ''}`;
    const width = parseFloat(live.strokeWidth) * zoom;
    if (!near(width, parseFloat(own.strokeWidth))) problems.push(`${name} is ${width.toFixed(2)} px wide on screen, not ${own.strokeWidth}`);
    const dashes = numbers(live.strokeDasharray).map((d) => d * zoom);
    const ownDashes = numbers(own.strokeDasharray);
    if (dashes.length !== ownDashes.length || dashes.some((d, i) => !near(d, ownDashes[i])))
      problems.push(`${name} has dashes of ${dashes.map((d) => d.toFixed(2)).join(' ')} px on screen, not ${own.strokeDasharray}`);
    const effect = live.getPropertyValue('vector-effect');
    if (effect && effect !== 'none') problems.push(`${name} keeps its width by vector-effect`);
  }
  plain.remove();
  return { zoom, problems };
}
