import { geoPath } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import countries50m from 'world-atlas/countries-50m.json';
import { countryFeatures, type CountriesTopology, type CountryFeature } from '../../src/lib/geo/base-map';
import { describe, expect, it } from 'vitest';
import { projectionFor } from '../../src/lib/geo/camera';
import type { MapState } from '../../src/lib/state/map-state';
import { countriesInScene, FRAME_SHAPES, framePadding, stateCamera } from '../../src/lib/state/scene-geometry';
import { fineSquareCountry, squareCountry } from './fixtures';

const aland = fineSquareCountry('001', 'Aland', 0, 0);
const beeland = squareCountry('002', 'Beeland', 10, 0);
const ceeland = squareCountry('003', 'Ceeland', 100, 0);
const deeland = squareCountry('004', 'Deeland', -170, -40);
const countries = [aland, beeland, ceeland, deeland];

function state(view: MapState['view']): MapState {
  return { step: 's', scene: 'x', projection: 'naturalEarth1', view, roles: [], markers: [], labels: [], flows: [], lines: [], areas: [], moonInset: null, description: 'd', asOf: '2021-03-12', since: false, borderAreas: [], key: [] };
}

describe('framePadding', () => {
  it('framePadding(size) is 6% of the shorter side, rounded', () => {
    expect(framePadding({ width: 1000, height: 500 })).toBe(30);
    expect(framePadding({ width: 500, height: 1000 })).toBe(30);
    expect(framePadding({ width: 333, height: 400 })).toBe(20);
  });
});

describe('stateCamera', () => {
  it.each(FRAME_SHAPES)('stateCamera(state, $width×$height) fits the view inside the padded frame', (size) => {
    const camera = stateCamera(state({ fit: ['001'] }), size, new Map([['001', aland]]));
    const [[x0, y0], [x1, y1]] = geoPath(projectionFor('naturalEarth1', camera, size)).bounds(aland);
    const pad = framePadding(size);
    expect(x0).toBeGreaterThanOrEqual(pad - 0.25);
    expect(y0).toBeGreaterThanOrEqual(pad - 0.25);
    expect(x1).toBeLessThanOrEqual(size.width - pad + 0.25);
    expect(y1).toBeLessThanOrEqual(size.height - pad + 0.25);
  });

  it('stateCamera(state with view.meridian) uses that meridian', () => {
    const camera = stateCamera(state({ fit: ['001'], meridian: 150 }), FRAME_SHAPES[0], new Map([['001', aland]]));
    expect(camera.rotate).toBe(-150);
  });
});

describe('countriesInScene', () => {
  it('countriesInScene(states, countries) keeps the countries inside some frame and drops the rest', () => {
    expect(countriesInScene([state({ fit: ['001'] })], countries)).toEqual(new Set(['001', '002']));
  });

  it('countriesInScene(states, countries) is the union over the steps', () => {
    const states = [state({ fit: ['001'] }), state({ bounds: [[-175, -45], [-155, -25]] })];
    expect(countriesInScene(states, countries)).toEqual(new Set(['001', '002', '004']));
  });

  it('countriesInScene(states, countries) drops a country in parts on both sides of the frame, whose bounding box spans it', () => {
    const parts: CountryFeature = {
      ...squareCountry('005', 'Partsland', 0, 0),
      geometry: { type: 'MultiPolygon', coordinates: [squareCountry('x', 'x', -120, 0).geometry.coordinates, squareCountry('x', 'x', 110, 0).geometry.coordinates] } as MultiPolygon,
    };
    const states = [state({ fit: ['001'] })];
    const [[x0], [x1]] = geoPath(projectionFor('naturalEarth1', stateCamera(states[0], FRAME_SHAPES[0], new Map([['001', aland]])), FRAME_SHAPES[0])).bounds(parts);
    expect([x0 < 0, x1 > FRAME_SHAPES[0].width]).toEqual([true, true]);
    expect(countriesInScene(states, [aland, parts]).has('005')).toBe(false);
  });

  it('countriesInScene(states, countries) keeps what a glide between two steps of one drawing passes over', () => {
    const between = squareCountry('006', 'Betweenland', 50, -5);
    const ends = [state({ fit: ['001'], meridian: 40 }), state({ bounds: [[90, 0], [100, 10]], meridian: 40 })];
    expect(countriesInScene(ends.slice(0, 1), [aland, between]).has('006')).toBe(false);
    expect(countriesInScene(ends.slice(1), [aland, between]).has('006')).toBe(false);
    expect(countriesInScene(ends, [aland, between]).has('006')).toBe(true);
    // Two rotations are two drawings: the map shows one, then the other, nothing glides.
    const apart = [ends[0], state({ bounds: [[90, 0], [100, 10]], meridian: 95 })];
    expect(countriesInScene(apart, [aland, between]).has('006')).toBe(false);
  });

  it('countriesInScene(states, world-atlas 50m) keeps every country a frame of any shape between the frame shapes draws, and no other', () => {
    const world = countryFeatures(countries50m as unknown as CountriesTopology);
    const byId = new Map(world.map((c) => [c.id, c]));
    const views = [
      { ...state({ bounds: [[73, 26], [97.5, 36.5]] }), scene: 'india' },
      { ...state({ bounds: [[11.5, 53.6], [30.5, 61]] }), scene: 'baltic', projection: 'mercator' as const },
    ];
    const frames = [...FRAME_SHAPES, { width: 900, height: 600 }, { width: 700, height: 700 }, { width: 375, height: 300 }, { width: 280, height: 224 }, { width: 600, height: 900 }];
    for (const view of views) {
      const keep = countriesInScene([view], world);
      const drawn = new Set<string>();
      for (const size of frames) {
        const path = geoPath(projectionFor(view.projection, stateCamera(view, size, byId), size).clipExtent([[0, 0], [size.width, size.height]]));
        for (const country of world) if (path.area(country) > 0) drawn.add(country.id);
      }
      expect([...drawn].filter((id) => !keep.has(id)), view.scene).toEqual([]);
      expect([...keep].filter((id) => !drawn.has(id)), view.scene).toEqual([]);
    }
    // The United States is in no frame over India or the Baltic, though its bounding box, Alaska to Guam, is.
    expect(countriesInScene(views, world).has('840')).toBe(false);
  });

  it('countriesInScene([], countries) is empty', () => {
    expect(countriesInScene([], countries)).toEqual(new Set());
  });
});
