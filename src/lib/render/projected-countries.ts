/**
 * The projected sphere and countries of base drawings, remembered. Scenes drawn on one base map at one rotation
 * (the world scenes) share them, and a drawing dropped behind the reader and needed again is not projected again:
 * projecting is most of the script a base drawing costs while the reader scrolls.
 */
import type { ProjectionName } from '../geo/camera';
import { countryPieces, shapePieces, type ReferencePiece } from './reference-drawing';
import type { SceneGeometry } from './render-frame';

/**
 * Projections of a base map the live map keeps for drawings to come: a world map is drawn at several rotations
 * through the story, on a phone's memory; the ones used last are kept. A full read projects each rotation once
 * while its base map's views use no more rotations than this (tests/budget/bytes.test.ts).
 */
export const VIEWS_PER_BASE_MAP = 4;

export class ProjectedCountries {
  /** By base map (its decoded countries, one array for every scene on it), each view's pieces, latest used last. */
  private readonly byBaseMap = new WeakMap<SceneGeometry['countries'], Map<string, readonly ReferencePiece[]>>();

  /** Keeps at most `viewsPerBaseMap` projections of each base map (each is a few hundred KB of path data). */
  constructor(private readonly viewsPerBaseMap: number) {
    if (!(viewsPerBaseMap >= 1)) throw new Error(`ProjectedCountries: viewsPerBaseMap must be at least 1, got ${viewsPerBaseMap}`);
  }

  /**
   * A base drawing's pieces: the sphere and countries (`countryPieces`) from memory when this base map was
   * projected so before (else projected one at a time as they are asked for, and remembered once all are), then
   * the scene's own geodata features (`shapePieces`).
   */
  *pieces(geometry: SceneGeometry, name: ProjectionName, rotate: number): Generator<ReferencePiece> {
    let views = this.byBaseMap.get(geometry.countries);
    if (!views) this.byBaseMap.set(geometry.countries, (views = new Map()));
    const view = `${name}@${rotate}`;
    const known = views.get(view);
    if (known) {
      views.delete(view);
      views.set(view, known);
      yield* known;
    } else {
      const projected: ReferencePiece[] = [];
      for (const piece of countryPieces(geometry.countries, name, rotate)) {
        projected.push(flat(piece));
        yield piece;
      }
      views.set(view, projected);
      for (const oldest of views.keys()) {
        if (views.size <= this.viewsPerBaseMap) break;
        views.delete(oldest);
      }
    }
    yield* shapePieces(geometry.layers, name, rotate);
  }

  /**
   * The pieces of the countries `ids` at this view, in base map order: from memory where the view was projected
   * whole, else those countries alone (a drawing shared by scenes gives a country a path of its own when another
   * scene gives it a role).
   */
  countries(geometry: SceneGeometry, name: ProjectionName, rotate: number, ids: ReadonlySet<string>): ReferencePiece[] {
    const known = this.byBaseMap.get(geometry.countries)?.get(`${name}@${rotate}`);
    if (known) return known.filter((piece) => piece.kind === 'country' && ids.has(piece.id));
    const wanted = geometry.countries.filter((country) => ids.has(country.id));
    return [...countryPieces(wanted, name, rotate)].filter((piece) => piece.kind === 'country').map(flat);
  }
}

/**
 * The piece with its path data as one flat string. Path data is built by appending, point by point, and script
 * engines keep such a string as the tree of its parts until its characters are read: kept so, four world views took
 * 6.1 MB of heap, flat 0.9 MB (Node 24).
 */
function flat(piece: ReferencePiece): ReferencePiece {
  piece.d.charCodeAt(0);
  return piece;
}
