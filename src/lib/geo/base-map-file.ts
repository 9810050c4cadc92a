/**
 * A base map as the site publishes it (`data/base/countries-<hash>.json`): a quantized TopoJSON topology whose arcs
 * are each written as one string (polyline-text.ts) rather than an array of number pairs: its delta-coded integers
 * in turn, x then y. Compressed, the file weighs about a sixth less than with the arcs as JSON arrays. Beside the
 * topology, `borders` holds the disputed and occupied areas the scenes on this base map hatch, drawn from it
 * (border-areas.ts), as layer features (layer-file.ts): the scenes that share the map share them too.
 */
import type { Arc } from 'topojson-specification';
import type { CountriesTopology } from './base-map';
import type { LayerFeature } from './geojson-layer';
import { layerFeatureFile, layerFeatureFromFile, type LayerFeatureFile } from './layer-file';
import { readIntegers, writeIntegers } from './polyline-text';

/** The published form: the topology with each arc as text, and the hatched areas drawn from it. */
export type BaseMapFile = Omit<CountriesTopology, 'arcs'> & { arcs: string[]; borders: LayerFeatureFile[] };

/** A base map as the maps use it: its countries' topology and the hatched areas drawn from it. */
export interface BaseMap {
  topology: CountriesTopology;
  borders: LayerFeature[];
}

/** The published form of a quantized topology (its arcs delta-coded integers, as topojson-client's quantize makes them). */
export function baseMapFile({ topology, borders }: BaseMap): BaseMapFile {
  if (!topology.transform) throw new Error('baseMapFile: the topology must be quantized (it has no transform)');
  const arcs = topology.arcs.map((arc, i) => {
    const values = arc.flatMap(([x, y]) => [x, y]);
    const odd = values.find((v) => !Number.isInteger(v));
    if (odd !== undefined) throw new Error(`baseMapFile: arcs[${i}] has a point that is not whole numbers: ${odd}`);
    return writeIntegers(values);
  });
  return { ...topology, arcs, borders: borders.map(layerFeatureFile) };
}

/** One arc's points from its text, or why it cannot be read. */
function readArc(text: unknown): Arc | string {
  if (typeof text !== 'string') return 'is not a string';
  const values = readIntegers(text);
  if (typeof values === 'string') return values;
  if (values.length % 2) return 'ends inside a point';
  if (values.length < 4) return 'has fewer than 2 points';
  const arc: Arc = [];
  for (let i = 0; i < values.length; i += 2) arc.push([values[i], values[i + 1]]);
  return arc;
}

/**
 * The base map a published file holds, its arcs decoded as topojson-client reads them and its hatched areas as
 * features. Throws, naming `file` and the field, for a file that is not one.
 */
export function baseMapFromFile(json: unknown, file: string): BaseMap {
  const published = checkedBaseMapFile(json, file);
  return baseMapOf(
    published,
    published.arcs.map((_, i) => baseMapArc(published, i, file)),
    file,
  );
}

/**
 * A published base map's fields checked, its arcs still text: `baseMapArc` reads each and `baseMapOf` makes the
 * map, so that a caller can read the arcs a few at a time. Throws, naming `file` and the field, for a file that is
 * not one.
 */
export function checkedBaseMapFile(json: unknown, file: string): BaseMapFile {
  const published = json as Partial<BaseMapFile> | null;
  if (published?.type !== 'Topology') throw new Error(`base map ${file}: "type" must be "Topology"`);
  if (!published.transform || !Array.isArray(published.transform.scale) || !Array.isArray(published.transform.translate))
    throw new Error(`base map ${file}: "transform" must have "scale" and "translate"`);
  if (!Array.isArray(published.objects?.countries?.geometries)) throw new Error(`base map ${file}: "objects.countries.geometries" must be a list`);
  if (!Array.isArray(published.arcs)) throw new Error(`base map ${file}: "arcs" must be a list of strings`);
  if (!Array.isArray(published.borders)) throw new Error(`base map ${file}: "borders" must be a list`);
  return published as BaseMapFile;
}

/** Arc `i` of a checked base map file, decoded; throws, naming `file` and the arc, for one that cannot be read. */
export function baseMapArc(published: BaseMapFile, i: number, file: string): Arc {
  const arc = readArc(published.arcs[i]);
  if (typeof arc === 'string') throw new Error(`base map ${file}: arcs[${i}] ${arc}`);
  return arc;
}

/** The base map of a checked file and its decoded arcs (in the file's order), its hatched areas read. */
export function baseMapOf(published: BaseMapFile, arcs: Arc[], file: string): BaseMap {
  const { borders, ...topology } = published;
  return {
    topology: { ...topology, arcs } as CountriesTopology,
    borders: borders.map((f, i) => layerFeatureFromFile(f, `base map ${file}: borders[${i}]`)),
  };
}
