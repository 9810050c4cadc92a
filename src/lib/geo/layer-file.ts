/**
 * A geodata layer's feature as a scene's published data holds it (`data/<scene>.json`, `layers`): each line or
 * ring one string (polyline-text.ts), its positions as whole numbers of 10^-digits of a degree, each after the
 * first as the change from the one before; `digits` is the fewest decimals that write every position exactly (the
 * build rounds each layer's positions already). Decoded, the positions are the same numbers to the last bit.
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { LayerFeature } from './geojson-layer';
import { readIntegers, writeIntegers } from './polyline-text';

/** A layer feature's geometry as published: `coordinates` nested as in GeoJSON down to each line, a string. */
export type LayerGeometryFile =
  | { type: 'LineString'; digits: number; coordinates: string }
  | { type: 'MultiLineString' | 'Polygon'; digits: number; coordinates: string[] }
  | { type: 'MultiPolygon'; digits: number; coordinates: string[][] };

/** A layer feature as published. */
export type LayerFeatureFile = Omit<LayerFeature, 'geometry'> & { geometry: LayerGeometryFile };

const MAX_DIGITS = 6;

/** The fewest decimals (at most 6) that write every one of `lines`' positions exactly, or null. */
function fewestDigits(lines: readonly Position[][]): number | null {
  for (let digits = 0; digits <= MAX_DIGITS; digits++) {
    const scale = 10 ** digits;
    const exact = (v: number) => Math.abs(v * scale - Math.round(v * scale)) < 1e-6;
    if (lines.every((line) => line.every(([x, y]) => exact(x) && exact(y)))) return digits;
  }
  return null;
}

function writeLine(line: readonly Position[], scale: number): string {
  const values: number[] = [];
  let [px, py] = [0, 0];
  for (const [x, y] of line) {
    const [qx, qy] = [Math.round(x * scale), Math.round(y * scale)];
    values.push(qx - px, qy - py);
    [px, py] = [qx, qy];
  }
  return writeIntegers(values);
}

/** The published form of `feature`. Throws, naming it, when its positions need more than 6 decimals. */
export function layerFeatureFile(feature: LayerFeature): LayerFeatureFile {
  const { geometry } = feature;
  const lines: Position[][] =
    geometry.type === 'LineString' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : geometry.coordinates;
  const digits = fewestDigits(lines);
  if (digits === null) throw new Error(`layer feature "${feature.id}": positions need more than ${MAX_DIGITS} decimals; round them`);
  const write = (line: readonly Position[]) => writeLine(line, 10 ** digits);
  const file: LayerGeometryFile =
    geometry.type === 'LineString'
      ? { type: geometry.type, digits, coordinates: write(geometry.coordinates) }
      : geometry.type === 'MultiPolygon'
        ? { type: geometry.type, digits, coordinates: geometry.coordinates.map((polygon) => polygon.map(write)) }
        : { type: geometry.type, digits, coordinates: geometry.coordinates.map(write) };
  return { ...feature, geometry: file };
}

/** A line's positions from its text; throws naming `where`. */
function readLine(text: unknown, scale: number, least: number, where: string): Position[] {
  if (typeof text !== 'string') throw new Error(`${where} must be a string`);
  const values = readIntegers(text);
  if (typeof values === 'string') throw new Error(`${where} ${values}`);
  if (values.length % 2) throw new Error(`${where} ends inside a position`);
  if (values.length < least * 2) throw new Error(`${where} has ${values.length / 2} positions, fewer than ${least}`);
  const line: Position[] = [];
  let [x, y] = [0, 0];
  for (let i = 0; i < values.length; i += 2) {
    x += values[i];
    y += values[i + 1];
    line.push([x / scale, y / scale]);
  }
  return line;
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${where} must be a list`);
  return value;
}

/** The feature a published one holds. Throws, naming `where` (its file and place) and the field, for one it is not. */
export function layerFeatureFromFile(json: unknown, where: string): LayerFeature {
  const feature = json as Partial<LayerFeatureFile> | null;
  if (typeof feature?.id !== 'string') throw new Error(`${where}: "id" must be a string`);
  const geometry = feature.geometry as Partial<LayerGeometryFile> | undefined;
  const digits = geometry?.digits;
  if (typeof digits !== 'number' || !Number.isInteger(digits) || digits < 0 || digits > MAX_DIGITS)
    throw new Error(`${where}: "geometry.digits" must be a whole number from 0 to ${MAX_DIGITS}`);
  const scale = 10 ** digits;
  const at = `${where}: geometry.coordinates`;
  const coordinates = geometry?.coordinates;
  const ring = (text: unknown, i: number, j?: number) => readLine(text, scale, 4, `${at}${j === undefined ? '' : `[${j}]`}[${i}]`);
  let decoded: LayerFeature['geometry'];
  switch (geometry?.type) {
    case 'LineString':
      decoded = { type: 'LineString', coordinates: readLine(coordinates, scale, 2, at) } satisfies LineString;
      break;
    case 'MultiLineString':
      decoded = { type: 'MultiLineString', coordinates: list(coordinates, at).map((line, i) => readLine(line, scale, 2, `${at}[${i}]`)) } satisfies MultiLineString;
      break;
    case 'Polygon':
      decoded = { type: 'Polygon', coordinates: list(coordinates, at).map((text, i) => ring(text, i)) } satisfies Polygon;
      break;
    case 'MultiPolygon':
      decoded = {
        type: 'MultiPolygon',
        coordinates: list(coordinates, at).map((polygon, j) => list(polygon, `${at}[${j}]`).map((text, i) => ring(text, i, j))),
      } satisfies MultiPolygon;
      break;
    default:
      throw new Error(`${where}: "geometry.type" must be LineString, MultiLineString, Polygon or MultiPolygon`);
  }
  return { ...(feature as LayerFeatureFile), geometry: decoded };
}
