/**
 * Borders as our maps draw them: world-atlas follows Natural Earth's de facto lines (Crimea inside Russia, a few
 * areas without a country code left out). The list in content/geodata/borders.yaml turns that into
 * internationally recognised borders — an occupied area drawn as part of its state — and marks every disputed or
 * occupied area in view: hatched, and labelled where a step draws one of its parties.
 */
import { geoArea, geoBounds, geoContains, geoPath } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import simplify from 'simplify-js';
import { feature, mergeArcs } from 'topojson-client';
import { labelPoint, polygonsOf, type CountriesTopology, type CountryFeature, type CountryGeometry } from './base-map';
import type { BorderArea } from '../content/border-area-schema';
import { projectionFor } from './camera';
import { BORDER_LAYER } from './border-layer';
import type { LayerFeature } from './geojson-layer';
import type { MapLabel, MapState } from '../state/map-state';
import { FRAME_SHAPES, stateCamera } from '../state/scene-geometry';

/** An area of the list with its id. */
export interface BorderAreaEntry {
  id: string;
  data: BorderArea;
}

/** The key's style for the hatching. */
export const BORDER_STYLE = `area:${BORDER_LAYER}`;
const FILE = 'content/geodata/borders.yaml';

type PolygonArcs = number[][];

/** The polygon (as arcs) of `g` that contains `at`, or null. */
function polygonAround(topology: CountriesTopology, g: CountryGeometry, at: [number, number]): PolygonArcs | null {
  for (const arcs of polygonsOf(g)) {
    const shape = feature(topology, { type: 'Polygon', arcs } as never) as unknown as { geometry: Polygon };
    if (geoContains(shape.geometry ?? shape, at)) return arcs;
  }
  return null;
}

const withoutPolygon = (g: CountryGeometry, arcs: PolygonArcs): CountryGeometry => {
  const rest = polygonsOf(g).filter((p) => p !== arcs);
  return (rest.length === 1 ? { ...g, type: 'Polygon', arcs: rest[0] } : { ...g, type: 'MultiPolygon', arcs: rest }) as CountryGeometry;
};

/**
 * The base map with the list applied: each area taken from a country's outline and `drawnAs` another joins that
 * country's outline (shared borders dissolved); an unnamed feature joins its country or becomes a country of
 * its own under the area's id. Throws, naming the entry, when an area's shape is not in this base map, and
 * when the base map still draws a feature without a code that the list does not place.
 */
export function recognisedTopology(topology: CountriesTopology, areas: readonly BorderAreaEntry[], baseName: string): CountriesTopology {
  let geometries: CountryGeometry[] = [...topology.objects.countries.geometries];
  const problems: string[] = [];
  const join = (target: string, arcs: PolygonArcs[], id: string) => {
    const index = geometries.findIndex((g) => g.id === target);
    if (index === -1) {
      problems.push(`${FILE}: ${id}.drawnAs: ${baseName} has no country "${target}"`);
      return;
    }
    const merged = mergeArcs(topology as never, [geometries[index], ...arcs.map((a) => ({ type: 'Polygon', arcs: a }))] as never) as unknown as {
      arcs: PolygonArcs[];
    };
    geometries[index] = { ...geometries[index], type: 'MultiPolygon', arcs: merged.arcs } as CountryGeometry;
  };

  for (const { id, data } of areas) {
    const shape = data.shape;
    if (!shape || data.drawnAs === undefined) continue;
    if ('polygonOf' in shape) {
      const index = geometries.findIndex((g) => g.id === shape.polygonOf);
      const arcs = index === -1 ? null : polygonAround(topology, geometries[index], shape.at);
      if (!arcs) {
        problems.push(`${FILE}: ${id}.shape.at: no polygon of country "${shape.polygonOf}" in ${baseName} contains [${shape.at.join(', ')}]; give a point inside the area`);
        continue;
      }
      geometries[index] = withoutPolygon(geometries[index], arcs);
      if (data.drawnAs !== 'own') join(data.drawnAs, [arcs], id);
      else geometries.push({ type: 'Polygon', arcs, id, properties: { name: data.name } } as CountryGeometry);
    } else if ('unnamedFeature' in shape) {
      const index = geometries.findIndex((g) => g.id === undefined && (g.properties as { name?: string } | undefined)?.name === shape.unnamedFeature);
      // Each base map has its own set: the 50m map draws the Siachen Glacier, the 110m map does not.
      if (index === -1) continue;
      const found = geometries[index];
      if (data.drawnAs === 'own') {
        geometries[index] = { ...found, id, properties: { name: data.name } } as CountryGeometry;
      } else {
        geometries = geometries.filter((_, i) => i !== index);
        join(data.drawnAs, polygonsOf(found), id);
      }
    }
  }
  for (const g of geometries) {
    if (g.id === undefined && g.type !== null) {
      const name = (g.properties as { name?: string } | undefined)?.name ?? '(no name)';
      problems.push(`${FILE}: world-atlas ${baseName} draws "${name}" without a country code, so no map would draw it; add an entry with \`shape: { unnamedFeature: "${name}" }\` and \`drawnAs\``);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const countries = { ...topology.objects.countries, geometries } as GeometryCollection<{ name: string }>;
  return { ...topology, objects: { ...topology.objects, countries } } as CountriesTopology;
}

/**
 * The shapes of the areas that are hatched, from the base map as world-atlas draws it and the geodata layers, at
 * `detail`: coordinates rounded to `digits` decimals, and areas less than `minDegrees` across left out (at world
 * scale a valley a few kilometers wide is less than a pixel; the text lists it all the same).
 */
export function borderShapes(
  topology: CountriesTopology,
  areas: readonly BorderAreaEntry[],
  geodata: ReadonlyMap<string, readonly LayerFeature[]>,
  detail: { digits: number; minDegrees: number },
): LayerFeature[] {
  const shapes: LayerFeature[] = [];
  const geometries = topology.objects.countries.geometries;
  const decode = (g: object) => (feature(topology, g as never) as unknown as { geometry: Polygon | MultiPolygon }).geometry;
  for (const { id, data } of areas) {
    const shape = data.shape;
    if (!shape || data.hatched === false) continue;
    let geometry: Polygon | MultiPolygon | undefined;
    if ('polygonOf' in shape) {
      const g = geometries.find((c) => c.id === shape.polygonOf);
      const arcs = g ? polygonAround(topology, g, shape.at) : null;
      geometry = arcs ? decode({ type: 'Polygon', arcs }) : undefined;
    } else if ('unnamedFeature' in shape) {
      const g = geometries.find((c) => c.id === undefined && (c.properties as { name?: string } | undefined)?.name === shape.unnamedFeature);
      geometry = g ? decode(g) : undefined;
    } else if ('country' in shape) {
      const g = geometries.find((c) => c.id === shape.country);
      geometry = g ? decode(g) : undefined;
    } else {
      const f = geodata.get(shape.data)?.find((x) => x.id === shape.feature);
      if (f && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')) geometry = f.geometry;
    }
    if (!geometry) continue;
    const [[w, s], [e, n]] = geoBounds(geometry);
    if (Math.hypot(e - w, n - s) < detail.minDegrees) continue;
    const coarse = coarsePolygons(geometry, detail.digits);
    if (coarse) shapes.push({ id, class: data.status, name: data.name, geometry: coarse });
  }
  return shapes;
}

/**
 * A polygon at the precision a map needs: simplified (Douglas–Peucker) to a tolerance of one unit of the last
 * kept decimal, coordinates rounded to `digits` decimals and the points that then repeat dropped. A ring that
 * collapses, or turns inside out (it would cover the globe), is left out; null when nothing is left, as for an
 * area too small to draw at that precision.
 */
export function coarsePolygons(geometry: Polygon | MultiPolygon, digits: number): MultiPolygon | null {
  const k = 10 ** digits;
  const ring = (positions: Position[]) =>
    simplify(
      positions.map(([x, y]) => ({ x, y })),
      1 / k,
      true,
    )
      .map(({ x, y }) => [Math.round(x * k) / k, Math.round(y * k) / k])
      .filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .map((rings) => rings.map(ring).filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0 && geoArea({ type: 'Polygon', coordinates: rings }) < 2 * Math.PI);
  return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

/** Where an area's label goes: its own point, or the centre of the largest polygon of its shape. */
export function labelAt(area: BorderArea, shape: LayerFeature | undefined): [number, number] | null {
  if (area.label?.at) return area.label.at;
  if (!shape) return null;
  return labelPoint({ type: 'Feature', id: '', properties: { name: '' }, geometry: shape.geometry as Polygon | MultiPolygon } as CountryFeature);
}

/** An area a state's map can show, and how large it is drawn there: its largest extent in pixels. */
export interface AreaInView {
  id: string;
  pixels: number;
}

/**
 * The areas a state's map can show — a shape whose bounds reach into the frame, or a label point inside it —
 * at any of the frame shapes the site draws, in list order, with the largest size each is drawn at (a shape's
 * diagonal; for an area without a shape, its label's `span`).
 */
export function areasInView(
  state: MapState,
  areas: readonly BorderAreaEntry[],
  shapes: readonly LayerFeature[],
  countries: ReadonlyMap<string, CountryFeature>,
): AreaInView[] {
  const byId = new Map(shapes.map((s) => [s.id, s]));
  const seen = new Map<string, number>();
  for (const size of FRAME_SHAPES) {
    const projection = projectionFor(state.projection, stateCamera(state, size, countries), size);
    const path = geoPath(projection);
    const inside = (x: number, y: number) => x >= 0 && y >= 0 && x <= size.width && y <= size.height;
    for (const { id, data } of areas) {
      const shape = byId.get(id);
      let pixels: number | null = null;
      if (shape) {
        const [[x0, y0], [x1, y1]] = path.bounds(shape.geometry);
        if (x1 >= 0 && y1 >= 0 && x0 <= size.width && y0 <= size.height) pixels = Math.hypot(x1 - x0, y1 - y0);
      } else if (!data.shape && data.label?.at) {
        const p = projection(data.label.at);
        const q = projection([data.label.at[0] + (data.label.span ?? 0), data.label.at[1]]);
        if (p && q && inside(p[0], p[1])) pixels = Math.hypot(q[0] - p[0], q[1] - p[1]);
      }
      if (pixels !== null) seen.set(id, Math.max(pixels, seen.get(id) ?? 0));
    }
  }
  return areas.filter((a) => seen.has(a.id)).map((a) => ({ id: a.id, pixels: seen.get(a.id) as number }));
}

/** Label priority: under everything a step labels itself, in the list's order. */
const LABEL_PRIORITY = 0.5;
/** An area drawn smaller than this, in pixels across, is hatched but not labeled: a label would point at nothing. */
export const LABEL_MIN_PIXELS = 12;

/**
 * A state with the areas in view added: the hatched shapes as an areas layer, the ids in `borderAreas`, and
 * labels (with a dot where the label points) for the areas one of whose parties the step draws in a role,
 * where they are drawn large enough to point at; an area with a `corner` note is labeled wherever it is in view,
 * by its point or else by the note in a corner of the map.
 */
export function withBorderAreas(
  state: MapState,
  visible: readonly AreaInView[],
  areas: readonly BorderAreaEntry[],
  shapes: readonly LayerFeature[],
): MapState {
  if (visible.length === 0) return state;
  const inView = visible.map((a) => a.id);
  const large = new Set(visible.filter((a) => a.pixels >= LABEL_MIN_PIXELS).map((a) => a.id));
  const byId = new Map(shapes.map((s) => [s.id, s]));
  const roles = new Set(state.roles.map(([code]) => code));
  const hatched = inView.filter((id) => byId.has(id));
  const taken = new Set(state.labels.filter((l) => l.dot).map((l) => `${l.at[0]},${l.at[1]}`));
  const labels: MapLabel[] = [];
  areas.forEach(({ id, data }, i) => {
    if (!data.label || !inView.includes(id)) return;
    const corner = data.label.corner;
    const at = labelAt(data, byId.get(id));
    const priority = LABEL_PRIORITY - i / 100;
    // A step that labels the same place says what it needs to (the build checks it names the area's status).
    if (at && taken.has(`${at[0]},${at[1]}`)) return;
    const pointable = large.has(id) && at !== null;
    if (pointable && (corner || data.parties.some((code) => roles.has(code)))) {
      labels.push({ id: `area-${id}`, at, text: data.label.text, dot: true, priority, area: id, ...(corner ? { corner } : {}) });
    } else if (corner) {
      // Too small to point at (a world map on a phone): the note alone, in a corner.
      labels.push({ id: `area-${id}`, at: at ?? [0, 0], text: corner.join(' '), dot: false, priority, area: id, corner, cornerOnly: true });
    }
  });
  return {
    ...state,
    areas: hatched.length > 0 ? [...state.areas, { layer: BORDER_LAYER, data: BORDER_LAYER, show: hatched, fade: false }] : state.areas,
    labels: [...state.labels, ...labels],
    borderAreas: [...inView],
  };
}
