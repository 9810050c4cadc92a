/** The world base map: Natural Earth countries from the world-atlas package, as GeoJSON features. */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geoArea, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';

/** A country of the base map; `id` is its ISO 3166-1 numeric code as world-atlas spells it ("036"). */
export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };

/** The world-atlas topology shape: one `countries` object of named polygons. */
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** One country of the topology, as arcs. */
export type CountryGeometry = CountriesTopology['objects']['countries']['geometries'][number];

/** A country's polygons, each a list of rings of arc indexes (none for a country without a shape). */
export const polygonsOf = (g: CountryGeometry): number[][][] =>
  g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];

/** One country of the topology as a feature, or null for the few without an ISO code. */
export function countryFeature(topology: CountriesTopology, geometry: CountryGeometry): CountryFeature | null {
  const f = feature(topology, geometry);
  return 'id' in f && typeof f.id === 'string' ? (f as CountryFeature) : null;
}

/** Decodes the `countries` object into features, leaving out the few without an ISO code. */
export function countryFeatures(topology: CountriesTopology): CountryFeature[] {
  return topology.objects.countries.geometries.flatMap((g) => countryFeature(topology, g) ?? []);
}

/**
 * The topology's countries, fewest points first (ties in their order). The live map decodes and projects them in this
 * order: its code is compiled and warmed on the small ones, so the largest (Canada, Russia, Antarctica) no longer
 * each take one long slice of a frame while it is cold (at 4× CPU in a fresh page, a world map's countries took
 * 115–134 ms so, the longest 4–6 ms; in the file's order 148–249 ms, Canada alone 30–57).
 */
export function geometriesBySize(topology: CountriesTopology): CountryGeometry[] {
  // Every arc of every ring of every polygon, counted wherever it is used.
  const points = (g: CountryGeometry) => polygonsOf(g).flat(2).reduce((n, arc) => n + topology.arcs[arc < 0 ? ~arc : arc].length, 0);
  return topology.objects.countries.geometries
    .map((g) => [g, points(g)] as const)
    .sort((a, b) => a[1] - b[1])
    .map(([g]) => g);
}

/** Maps each ISO numeric code in the topology to the country's name. */
export function countryNames(topology: CountriesTopology): Map<string, string> {
  const names = new Map<string, string>();
  for (const g of topology.objects.countries.geometries) {
    const name = (g.properties as { name?: string } | undefined)?.name;
    if (typeof g.id === 'string') names.set(g.id, name ?? g.id);
  }
  return names;
}

/** A point to label a country at: the centroid of its largest polygon (so France is labelled in Europe). */
export function labelPoint(country: CountryFeature): [number, number] {
  const { geometry } = country;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = polygons[0];
  let bestArea = -1;
  for (const rings of polygons) {
    const area = geoArea({ type: 'Polygon', coordinates: rings });
    if (area > bestArea) {
      best = rings;
      bestArea = area;
    }
  }
  const [lon, lat] = geoCentroid({ type: 'Polygon', coordinates: best });
  return [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
}
