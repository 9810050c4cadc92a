/** Cuts a world-atlas topology down to some of its countries, keeping only the arcs they use. */
import type { Arc, Topology } from 'topojson-specification';
import type { CountriesTopology } from './base-map';

type ArcIndexes = number[];

/** A topology holding only the countries in `keep` (by ISO numeric id) and the arcs they draw. */
export function subsetTopology(topology: CountriesTopology, keep: ReadonlySet<string>): CountriesTopology {
  const arcs: Arc[] = [];
  const renumbered = new Map<number, number>();
  const arc = (index: number) => {
    const original = index < 0 ? ~index : index;
    let next = renumbered.get(original);
    if (next === undefined) {
      next = arcs.length;
      renumbered.set(original, next);
      arcs.push(topology.arcs[original]);
    }
    return index < 0 ? ~next : next;
  };
  const ring = (indexes: ArcIndexes) => indexes.map(arc);

  const geometries = topology.objects.countries.geometries
    .filter((g) => typeof g.id === 'string' && keep.has(g.id))
    .map((g) => {
      if (g.type === 'Polygon') return { ...g, arcs: g.arcs.map(ring) };
      if (g.type === 'MultiPolygon') return { ...g, arcs: g.arcs.map((polygon) => polygon.map(ring)) };
      return g;
    });

  const subset: Topology = {
    type: 'Topology',
    ...(topology.transform ? { transform: topology.transform } : {}),
    arcs,
    objects: { countries: { ...topology.objects.countries, geometries } },
  };
  return subset as CountriesTopology;
}
