/** Tiny hand-made geometry shared by the unit tests. */
import type { CountryFeature } from '../../src/lib/geo/base-map';
import type { CountryGroup, Flow, IlrsPartner } from '../../src/lib/content/schemas';
import { countryGroupsData } from '../../src/lib/layers/countries';
import { flowsData } from '../../src/lib/layers/flows';
import { ilrsPartnersData } from '../../src/lib/layers/ilrs-partners';
import type { KindData, KindDataSet, KindEntry } from '../../src/lib/layers/kind-data';
import type { MapState } from '../../src/lib/state/map-state';

/**
 * A square country `side` degrees wide with its south-west corner at [west, south]. The exterior ring runs
 * clockwise (north first, then east), as d3-geo expects; the RFC 7946 order would cover the rest of the globe.
 */
export function squareCountry(id: string, name: string, west: number, south: number, side = 10): CountryFeature {
  const east = west + side;
  const north = south + side;
  return {
    type: 'Feature',
    id,
    properties: { name },
    geometry: {
      type: 'Polygon',
      coordinates: [[[west, south], [west, north], [east, north], [east, south], [west, south]]],
    },
  };
}

/**
 * The same square with a vertex every degree. d3's fitExtent measures the target at scale 150, where it does
 * not resample a long great-arc edge; at the fitted scale that edge bulges a few pixels past the extent. With
 * short edges (as in the 110m base map) the fit is exact to well under a pixel.
 */
export function fineSquareCountry(id: string, name: string, west: number, south: number, side = 10): CountryFeature {
  const east = west + side;
  const north = south + side;
  const ring: [number, number][] = [];
  for (let i = 0; i < side; i++) ring.push([west, south + i]);
  for (let i = 0; i < side; i++) ring.push([west + i, north]);
  for (let i = 0; i < side; i++) ring.push([east, north - i]);
  for (let i = 0; i <= side; i++) ring.push([east - i, south]);
  return { type: 'Feature', id, properties: { name }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

/** A map state of scene "scene" fitting country "001", drawing nothing else; `overrides` replace any field. */
export function mapState(overrides: Partial<MapState> = {}): MapState {
  return {
    step: 'step',
    scene: 'scene',
    projection: 'naturalEarth1',
    view: { fit: ['001'] },
    roles: [],
    markers: [],
    labels: [],
    flows: [],
    lines: [],
    areas: [],
    moonInset: null,
    description: 'Aland.',
    asOf: '2021-03-12',
    since: false,
    borderAreas: [],
    key: [],
    ...overrides,
  };
}

/** The layer kinds' own data as the build hands it on, by collection: entries of the partners, flows and groups. */
export function kindData(parts: { partners?: readonly KindEntry<IlrsPartner>[]; flows?: readonly KindEntry<Flow>[]; groups?: readonly KindEntry<CountryGroup>[] } = {}): KindDataSet {
  return new Map<string, readonly KindEntry[]>([
    [ilrsPartnersData.collection, parts.partners ?? []],
    [flowsData.collection, parts.flows ?? []],
    [countryGroupsData.collection, parts.groups ?? []],
  ]);
}

/** Entries of a kind's data file, as the build loads them from `descriptor.file`: each id with its data, in order. */
export function fileEntries<T>(descriptor: Pick<KindData, 'file'>, byId: Iterable<readonly [string, T]>): KindEntry<T>[] {
  return [...byId].map(([id, data]) => ({ file: descriptor.file, id, data }));
}
