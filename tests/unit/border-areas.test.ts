import { geoContains } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryFeatures, type CountriesTopology } from '../../src/lib/geo/base-map';
import type { BorderArea } from '../../src/lib/content/border-area-schema';
import { areasInView, borderShapes, coarsePolygons, recognisedTopology, withBorderAreas, type BorderAreaEntry } from '../../src/lib/geo/border-areas';
import { mapState, squareCountry } from './fixtures';

/**
 * Aland ("001") has two squares, 0–10° and 20–30° east; the second touches Beeland ("002", 30–40°) along 30°E.
 * "Ceeland", 50–60°, has no code (as world-atlas draws Kosovo). Rings run clockwise, as d3-geo expects.
 */
const topology = {
  type: 'Topology',
  arcs: [
    [[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]],
    [[20, 0], [20, 10], [30, 10]],
    [[30, 10], [30, 0]],
    [[30, 0], [20, 0]],
    [[30, 10], [40, 10], [40, 0], [30, 0]],
    [[50, 0], [50, 10], [60, 10], [60, 0], [50, 0]],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'MultiPolygon', id: '001', properties: { name: 'Aland' }, arcs: [[[0]], [[1, 2, 3]]] },
        { type: 'Polygon', id: '002', properties: { name: 'Beeland' }, arcs: [[~2, 4]] },
        { type: 'Polygon', properties: { name: 'Ceeland' }, arcs: [[5]] },
      ],
    },
  },
} as unknown as CountriesTopology;

const area = (data: Partial<BorderArea>): BorderArea => ({
  name: 'Area', status: 'occupied', held: 'Aland', parties: ['001'], treatment: 'Drawn as Beeland.', since: [], sources: ['s'], ...data,
});
const eastOfAland: BorderAreaEntry = { id: 'east', data: area({ shape: { polygonOf: '001', at: [25, 5] }, drawnAs: '002' }) };
const ceeland = (drawnAs: BorderArea['drawnAs']): BorderAreaEntry => ({ id: 'ceeland', data: area({ name: 'Ceeland', shape: { unnamedFeature: 'Ceeland' }, drawnAs }) });
const byId = (t: CountriesTopology) => new Map(countryFeatures(t).map((c) => [c.id, c]));

describe('recognisedTopology', () => {
  it('recognisedTopology(topology, area taken from one country and drawn as another) moves the polygon, dissolving the shared border', () => {
    const countries = byId(recognisedTopology(topology, [eastOfAland, ceeland('own')], 'test'));
    const [aland, beeland] = [countries.get('001'), countries.get('002')];
    expect(aland && geoContains(aland, [25, 5])).toBe(false);
    expect(aland && geoContains(aland, [5, 5])).toBe(true);
    expect(beeland && geoContains(beeland, [25, 5]) && geoContains(beeland, [35, 5])).toBe(true);
    expect((beeland?.geometry as MultiPolygon).coordinates).toHaveLength(1);
  });

  it('recognisedTopology(feature without a code, drawn as its own or as a country) gives it the area\'s id, or joins it to the country', () => {
    expect(byId(recognisedTopology(topology, [ceeland('own')], 'test')).get('ceeland')?.properties.name).toBe('Ceeland');
    const joined = byId(recognisedTopology(topology, [ceeland('002')], 'test'));
    expect(joined.has('ceeland')).toBe(false);
    expect(geoContains(joined.get('002') as never, [55, 5])).toBe(true);
  });

  it('recognisedTopology(topology still drawing a feature without a code) names it, so no area is silently dropped', () => {
    expect(() => recognisedTopology(topology, [], 'countries-test')).toThrow(
      'content/geodata/borders.yaml: world-atlas countries-test draws "Ceeland" without a country code, so no map would draw it; add an entry with `shape: { unnamedFeature: "Ceeland" }` and `drawnAs`',
    );
  });

  it('recognisedTopology(area whose point is in no polygon of the country) names the entry and field', () => {
    const lost = { id: 'lost', data: area({ shape: { polygonOf: '001', at: [45, 5] }, drawnAs: '002' }) };
    expect(() => recognisedTopology(topology, [lost, ceeland('own')], 'test')).toThrow(
      'content/geodata/borders.yaml: lost.shape.at: no polygon of country "001" in test contains [45, 5]; give a point inside the area',
    );
  });

  it('recognisedTopology(…) leaves the topology it was given as it was', () => {
    const before = JSON.stringify(topology);
    recognisedTopology(topology, [eastOfAland, ceeland('002')], 'test');
    expect(JSON.stringify(topology)).toBe(before);
  });
});

describe('borderShapes', () => {
  it('borderShapes(topology, areas) takes each hatched area\'s shape from the base map as drawn, or from a geodata layer', () => {
    const geodata = new Map([['disputed', [{ id: 'B07', geometry: squareCountry('x', 'x', 70, 30, 2).geometry }]]]);
    const areas = [eastOfAland, { id: 'aksai', data: area({ shape: { data: 'disputed', feature: 'B07' } }) }, { id: 'unmarked', data: area({ hatched: false, shape: { country: '002' } }) }];
    const shapes = borderShapes(topology, areas, geodata, { digits: 2, minDegrees: 0 });
    expect(shapes.map((s) => [s.id, s.class])).toEqual([['east', 'occupied'], ['aksai', 'occupied']]);
    expect(geoContains(shapes[0].geometry as Polygon, [25, 5])).toBe(true);
  });

  it('borderShapes(…, minDegrees) leaves out areas too small for the scale', () => {
    const geodata = new Map([['disputed', [{ id: 'tiny', geometry: squareCountry('x', 'x', 70, 30, 0.3).geometry }]]]);
    expect(borderShapes(topology, [{ id: 'tiny', data: area({ shape: { data: 'disputed', feature: 'tiny' } }) }], geodata, { digits: 1, minDegrees: 1 })).toEqual([]);
  });
});

describe('coarsePolygons', () => {
  it('coarsePolygons(polygon, 1) rounds, simplifies and drops repeated points, keeping rings closed and clockwise', () => {
    const fine = squareCountry('x', 'x', 0, 0, 10).geometry as Polygon;
    const wobbly: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0, 5.001], [0, 10], [5, 10.004], [10, 10], [10, 0], [0, 0]]] };
    const coarse = coarsePolygons(wobbly, 1) as MultiPolygon;
    expect(coarse.coordinates[0][0]).toEqual([[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]);
    expect(coarsePolygons(fine, 1)?.coordinates[0][0]).toEqual(fine.coordinates[0]);
  });

  it('coarsePolygons(polygon smaller than the precision) is null, never a ring turned inside out', () => {
    expect(coarsePolygons({ type: 'Polygon', coordinates: [[[0, 0], [0, 0.01], [0.01, 0.01], [0.01, 0], [0, 0]]] }, 1)).toBeNull();
  });
});

describe('areasInView and withBorderAreas', () => {
  const countries = new Map([['001', squareCountry('001', 'Aland', 0, 0)], ['002', squareCountry('002', 'Beeland', 20, 0)]]);
  const entries: BorderAreaEntry[] = [
    { id: 'near', data: area({ parties: ['001'], label: { text: 'Near (held by Aland)' }, shape: { data: 'd', feature: 'near' } }) },
    { id: 'far', data: area({ parties: ['001'], label: { text: 'Far' }, shape: { data: 'd', feature: 'far' } }) },
    { id: 'other', data: area({ parties: ['999'], label: { text: 'Other' }, shape: { data: 'd', feature: 'other' } }) },
  ];
  const geodata = new Map([
    ['d', [
      { id: 'near', geometry: squareCountry('x', 'x', 2, 2, 4).geometry },
      { id: 'far', geometry: squareCountry('x', 'x', 150, 60, 4).geometry },
      { id: 'other', geometry: squareCountry('x', 'x', 22, 2, 4).geometry },
    ]],
  ]);
  const shapes = borderShapes(topology, entries, geodata, { digits: 2, minDegrees: 0 });
  const state = mapState({ view: { fit: ['001', '002'] }, roles: [['001', 'focus']] });

  it('areasInView(state) lists the areas in any frame the site draws, with the size they are drawn at', () => {
    const visible = areasInView(state, entries, shapes, countries);
    expect(visible.map((a) => a.id)).toEqual(['near', 'other']);
    expect(visible[0].pixels).toBeGreaterThan(12);
  });

  it('withBorderAreas(state, areas in view) hatches them all and labels those whose party the step shades', () => {
    const next = withBorderAreas(state, areasInView(state, entries, shapes, countries), entries, shapes);
    expect(next.areas).toEqual([{ layer: 'borders', data: 'borders', show: ['near', 'other'], fade: false }]);
    expect(next.borderAreas).toEqual(['near', 'other']);
    expect(next.labels.map((l) => [l.id, l.text, l.area, l.dot])).toEqual([['area-near', 'Near (held by Aland)', 'near', true]]);
    expect(next.labels[0].priority).toBeLessThan(1);
  });

  it('withBorderAreas(state, area drawn too small to point at) hatches it without a label', () => {
    const next = withBorderAreas(state, [{ id: 'near', pixels: 4 }], entries, shapes);
    expect(next.areas[0].show).toEqual(['near']);
    expect(next.labels).toEqual([]);
  });

  it('withBorderAreas(state, area with a corner note) labels it wherever it is in view: by its point, or by the note alone', () => {
    const corner = ['Hatched: Other,', 'held by no one here'];
    const noted: BorderAreaEntry[] = [entries[0], { id: 'other', data: area({ parties: ['999'], label: { text: 'Other', corner }, shape: { data: 'd', feature: 'other' } }) }];
    // No party of it in a role, but large enough to point at: its label, with the note to fall back on.
    const large = withBorderAreas(state, [{ id: 'other', pixels: 40 }], noted, shapes).labels;
    expect(large.map((l) => [l.id, l.text, l.dot, l.corner, l.cornerOnly])).toEqual([['area-other', 'Other', true, corner, undefined]]);
    // Too small to point at: the note alone.
    const small = withBorderAreas(state, [{ id: 'other', pixels: 4 }], noted, shapes).labels;
    expect(small.map((l) => [l.id, l.dot, l.corner, l.cornerOnly])).toEqual([['area-other', false, corner, true]]);
  });

  it('withBorderAreas(state, nothing in view) is the state as it was', () => {
    expect(withBorderAreas(state, [], entries, shapes)).toBe(state);
  });
});
