import type { LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CountryFeature } from '../../src/lib/geo/base-map';
import type { LayerFeature } from '../../src/lib/geo/geojson-layer';
import { ProjectedCountries } from '../../src/lib/render/projected-countries';
import { countryPieces, shapePieces } from '../../src/lib/render/reference-drawing';
import type { SceneGeometry } from '../../src/lib/render/render-frame';
import { squareCountry } from './fixtures';

const PLAIN = [squareCountry('001', 'Aland', 0, 0), squareCountry('002', 'Beeland', 10, 0), squareCountry('003', 'Ceeland', 100, 40)];

/** A base map's countries, counting how often each one's geometry is read (projecting a country reads it). */
function countedCountries(): { countries: CountryFeature[]; reads: () => number } {
  let reads = 0;
  const countries = PLAIN.map(
    (country) => {
      const { geometry } = country;
      return Object.defineProperty({ ...country }, 'geometry', {
        get: () => {
          reads += 1;
          return geometry;
        },
      });
    },
  );
  // Each country's extent (whether it is clear of the cut) is worked out on its first projection, once: counted
  // apart, so that the reads below are projections.
  [...countryPieces(countries, 'naturalEarth1', 0)];
  reads = 0;
  return { countries, reads: () => reads };
}

const line = (...coordinates: [number, number][]): LineString => ({ type: 'LineString', coordinates });
const pipelines: LayerFeature[] = [{ id: 'main', class: 'ns2', geometry: line([1, 1], [5, 2], [9, 3]) }];
const borders: LayerFeature[] = [{ id: 'lac', geometry: line([100, 41], [104, 44]) }];

function geometry(countries: CountryFeature[], layers: [string, LayerFeature[]][] = []): SceneGeometry {
  return { countries, layers: new Map(layers) };
}

/** What projecting the same countries and features afresh gives (read uncounted). */
const fresh = (g: SceneGeometry, rotate: number) => [...countryPieces(PLAIN, 'naturalEarth1', rotate), ...shapePieces(g.layers, 'naturalEarth1', rotate)];

describe('ProjectedCountries', () => {
  it('pieces() gives the countries\' pieces, then the features\', the first time and from memory after', () => {
    const { countries } = countedCountries();
    const g = geometry(countries, [['pipelines', pipelines]]);
    const projected = new ProjectedCountries(2);
    expect([...projected.pieces(g, 'naturalEarth1', -10)]).toEqual(fresh(g, -10));
    expect([...projected.pieces(g, 'naturalEarth1', -10)]).toEqual(fresh(g, -10));
  });

  it('pieces() projects a base map\'s countries once per view, for every scene drawn on it', () => {
    const { countries, reads } = countedCountries();
    const projected = new ProjectedCountries(2);
    const lunar = geometry(countries);
    const border = geometry(countries, [['lac', borders]]);
    [...projected.pieces(lunar, 'naturalEarth1', -10)];
    const once = reads();
    expect(once).toBeGreaterThan(0);
    // Another scene on the same base map, at the same view: its own features, the countries from memory.
    expect([...projected.pieces(border, 'naturalEarth1', -10)]).toEqual(fresh(border, -10));
    [...projected.pieces(lunar, 'naturalEarth1', -10)];
    expect(reads()).toBe(once);
    // Another rotation or projection is another view.
    [...projected.pieces(lunar, 'naturalEarth1', 20)];
    expect(reads()).toBe(2 * once);
    [...projected.pieces(lunar, 'equalEarth', 20)];
    expect(reads()).toBe(3 * once);
  });

  it('pieces() keeps the views used last, up to its limit for each base map', () => {
    const { countries, reads } = countedCountries();
    const g = geometry(countries);
    const projected = new ProjectedCountries(2);
    const draw = (rotate: number) => [...projected.pieces(g, 'naturalEarth1', rotate)];
    draw(0);
    const once = reads();
    draw(10);
    draw(0); // used last now: 10 is the oldest
    draw(20); // drops 10
    expect(reads()).toBe(3 * once);
    draw(0);
    draw(20);
    expect(reads()).toBe(3 * once);
    draw(10);
    expect(reads()).toBe(4 * once);
  });

  it('pieces() remembers nothing of a projection left half done, and nothing across base maps', () => {
    const first = countedCountries();
    const projected = new ProjectedCountries(2);
    const g = geometry(first.countries);
    const pieces = projected.pieces(g, 'naturalEarth1', 0);
    pieces.next();
    pieces.next();
    pieces.return(undefined);
    const half = first.reads();
    const whole = [...projected.pieces(g, 'naturalEarth1', 0)];
    expect(first.reads()).toBeGreaterThan(half);
    expect(whole).toEqual(fresh(g, 0));
    const other = countedCountries();
    [...projected.pieces(geometry(other.countries), 'naturalEarth1', 0)];
    expect(other.reads()).toBeGreaterThan(0);
  });

  it('countries() gives the asked countries\' pieces: from memory where the view is known, else those alone', () => {
    const { countries, reads } = countedCountries();
    const g = geometry(countries, [['pipelines', pipelines]]);
    const projected = new ProjectedCountries(2);
    const asked = new Set(['003', '001']);
    const expected = fresh(g, -10).filter((piece) => piece.kind === 'country' && asked.has(piece.id));
    expect(expected.map((piece) => (piece.kind === 'country' ? piece.id : ''))).toEqual(['001', '003']);
    // Not projected yet: the two countries alone, not the third.
    expect(projected.countries(g, 'naturalEarth1', -10, asked)).toEqual(expected);
    expect(reads()).toBe(2);
    // Once the view is projected whole, from memory.
    [...projected.pieces(g, 'naturalEarth1', -10)];
    const whole = reads();
    expect(projected.countries(g, 'naturalEarth1', -10, asked)).toEqual(expected);
    expect(reads()).toBe(whole);
    expect(projected.countries(g, 'naturalEarth1', -10, new Set())).toEqual([]);
  });

  it('a limit under one view is an error', () => {
    expect(() => new ProjectedCountries(0)).toThrow(/viewsPerBaseMap must be at least 1, got 0/);
  });
});
