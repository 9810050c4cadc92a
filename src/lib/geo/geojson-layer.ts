/**
 * Reads a GeoJSON layer of lines or areas and checks it the way d3-geo will use it: valid geometry types,
 * [lon, lat] positions in range, closed rings, exterior rings wound clockwise (a ring wound the other way
 * covers the rest of the globe), and a unique id on every feature. Errors name the file and the feature.
 */
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { geoArea } from 'd3-geo';

/** What a layer holds. */
export type LayerGeometry = 'lines' | 'areas';

/** A checked feature of a layer: id, an optional style class, and its geometry. */
export interface LayerFeature {
  id: string;
  /** A CSS-safe class from the `classField` property, e.g. "indian-claim". */
  class?: string;
  /** Its name, from the `nameField` property, for the map's text alternative. */
  name?: string;
  /** A note on it, from the `noteField` property, e.g. who administers and who claims an area. */
  note?: string;
  geometry: LineString | MultiLineString | Polygon | MultiPolygon;
}

/** How to read a file: which geometry it must hold and which properties give ids and classes. */
export interface LayerSpec {
  geometry: LayerGeometry;
  idField: string;
  classField?: string;
  nameField?: string;
  noteField?: string;
}

const TYPES: Record<LayerGeometry, string[]> = { lines: ['LineString', 'MultiLineString'], areas: ['Polygon', 'MultiPolygon'] };

/** Lowercase words joined by hyphens: "Indian claim" → "indian-claim". */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function checkPosition(p: unknown, where: string): asserts p is Position {
  if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
    throw new Error(`${where}: not a position; write each position as a [lon, lat] pair of numbers`);
  }
  if (p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90) {
    throw new Error(`${where}: [${p[0]}, ${p[1]}] is out of range; positions are [lon, lat] within ±180, ±90: check the numbers and that longitude comes first`);
  }
}

function checkLine(line: unknown, where: string) {
  if (!Array.isArray(line) || line.length < 2) throw new Error(`${where}: a line needs at least two positions; add the missing positions or remove the line`);
  line.forEach((p, i) => checkPosition(p, `${where}[${i}]`));
}

function checkRing(ring: unknown, where: string) {
  if (!Array.isArray(ring) || ring.length < 4) throw new Error(`${where}: a ring needs at least four positions (the last repeating the first); add the missing positions`);
  ring.forEach((p, i) => checkPosition(p, `${where}[${i}]`));
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) throw new Error(`${where}: the ring is not closed; repeat its first position at its end`);
}

function checkPolygon(rings: unknown, where: string) {
  if (!Array.isArray(rings) || rings.length === 0) throw new Error(`${where}: a polygon needs at least one ring; add its exterior ring or remove the polygon`);
  rings.forEach((ring, i) => checkRing(ring, `${where}[${i}]`));
  // d3-geo reads a ring's winding to tell inside from outside: a polygon of more than a hemisphere is a
  // ring wound the wrong way, which would fill the whole globe except the area meant.
  if (geoArea({ type: 'Polygon', coordinates: rings as Position[][] }) > 2 * Math.PI) {
    throw new Error(`${where}: the exterior ring is wound the wrong way (counter-clockwise), so it would fill the globe; reverse its positions (d3-geo wants exterior rings clockwise)`);
  }
}

/** Parses and checks `text`, the contents of `file`, as a layer of `spec.geometry`. */
export function parseGeoLayer(text: string, file: string, spec: LayerSpec): LayerFeature[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}); fix the syntax, e.g. by re-exporting the file`);
  }
  const collection = json as { type?: unknown; features?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new Error(`${file}: type: not a GeoJSON FeatureCollection; the file must hold one, with a features array`);
  }
  const seen = new Set<string>();
  return collection.features.map((raw, i) => {
    const where = `${file}: features[${i}]`;
    if (typeof raw !== 'object' || raw === null) throw new Error(`${where}: not a GeoJSON Feature; every entry of features must be a Feature object`);
    const f = raw as Feature;
    const type = f.geometry?.type;
    if (!type || !TYPES[spec.geometry].includes(type)) {
      throw new Error(`${where}.geometry.type: "${String(type)}" is not one of ${TYPES[spec.geometry].join(', ')} (this layer holds ${spec.geometry}); give the feature a ${TYPES[spec.geometry].join(' or ')} geometry`);
    }
    const coords = (f.geometry as { coordinates?: unknown }).coordinates;
    const at = `${where}.geometry.coordinates`;
    if (!Array.isArray(coords) || coords.length === 0) throw new Error(`${at}: missing or empty; give the geometry its coordinates`);
    if (type === 'LineString') checkLine(coords, at);
    if (type === 'MultiLineString') coords.forEach((line, j) => checkLine(line, `${at}[${j}]`));
    if (type === 'Polygon') checkPolygon(coords, at);
    if (type === 'MultiPolygon') coords.forEach((polygon, j) => checkPolygon(polygon, `${at}[${j}]`));

    const id = f.properties?.[spec.idField];
    if (typeof id !== 'string' || id === '') throw new Error(`${where}.properties.${spec.idField}: missing; give every feature a string id in \`${spec.idField}\``);
    if (seen.has(id)) throw new Error(`${where}.properties.${spec.idField}: duplicate id "${id}"; give each feature its own id`);
    seen.add(id);
    const cls = spec.classField ? f.properties?.[spec.classField] : undefined;
    if (spec.classField && (typeof cls !== 'string' || cls === '')) {
      throw new Error(`${where}.properties.${spec.classField}: missing (this layer styles features by it); give every feature a \`${spec.classField}\``);
    }
    const text = (field: string | undefined) => {
      const value = field ? f.properties?.[field] : undefined;
      return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    };
    const name = text(spec.nameField);
    const note = text(spec.noteField);
    return {
      id,
      ...(typeof cls === 'string' ? { class: slug(cls) } : {}),
      ...(name ? { name } : {}),
      ...(note ? { note } : {}),
      geometry: f.geometry as LayerFeature['geometry'],
    };
  });
}

/** The same geometry with every coordinate rounded to `digits` decimals (2 ≈ 1 km, finer than a pixel here). */
export function roundGeometry<G extends LayerFeature['geometry']>(geometry: G, digits: number): G {
  const k = 10 ** digits;
  const round = (value: unknown): unknown => (Array.isArray(value) ? value.map(round) : Math.round((value as number) * k) / k);
  return { ...geometry, coordinates: round(geometry.coordinates) } as G;
}
