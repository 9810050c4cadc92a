/**
 * Makes a scene's topology small enough to ship: coordinates decoded, thinned outside the region the scene's
 * views can show (every few points kept, so shapes stay close and no long chord cuts across the view),
 * re-quantized to the precision a map a few thousand pixels wide needs, and country names dropped (the
 * browser draws no names from the base map).
 */
import type { Arc, Positions } from 'topojson-specification';
import { quantize, transform as decoder } from 'topojson-client';
import type { CountriesTopology } from './base-map';

/** A box in degrees: [west, south, east, north] (west > east never: boxes here do not cross 180°). */
export type Box = [number, number, number, number];

/** How the topology is compacted. */
export interface CompactOptions {
  /** Where the scene's views can look; outside it only every `thin`-th point is kept. Null: everywhere. */
  region: Box | null;
  /** Keep one point in this many outside the region. */
  thin: number;
  /** Quantization: the grid has this many steps across the topology's bounding box. */
  quantization: number;
}

const inside = ([x, y]: Positions, [w, s, e, n]: Box) => x >= w && x <= e && y >= s && y <= n;

/** Keeps an arc's ends, its points in the region and their neighbours, and every `thin`-th point elsewhere. */
export function thinArc(points: Positions[], region: Box | null, thin: number): Positions[] {
  if (region === null || thin <= 1) return points;
  const last = points.length - 1;
  return points.filter((p, i) => {
    if (i === 0 || i === last || i % thin === 0) return true;
    return inside(p, region) || inside(points[i - 1], region) || inside(points[i + 1], region);
  });
}

/** The compacted topology. */
export function compactTopology(topology: CountriesTopology, options: CompactOptions): CountriesTopology {
  const decode = decoder(topology.transform ?? null);
  const arcs: Arc[] = topology.arcs.map((arc) => {
    // `false` tells the decoder an arc starts (its other points are deltas from the one before).
    const absolute = arc.map((p, i) => decode(p, i > 0));
    return thinArc(absolute, options.region, options.thin) as Arc;
  });
  const geometries = topology.objects.countries.geometries.map((g) => {
    const { properties: _names, ...rest } = g;
    return rest;
  });
  const plain = { type: 'Topology' as const, arcs, objects: { countries: { type: 'GeometryCollection' as const, geometries } } };
  return quantize(plain as never, options.quantization) as unknown as CountriesTopology;
}
