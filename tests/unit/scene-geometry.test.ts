import { geoPath } from 'd3-geo';
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

  it('countriesInScene([], countries) is empty', () => {
    expect(countriesInScene([], countries)).toEqual(new Set());
  });
});
