/**
 * The live map's scene data: each scene's `data/<scene>.json` fetched once, and each base map it names fetched and
 * decoded once for every scene drawn on it (beside the scene's data where the page names it already). Decoding runs a slice per frame in the background, and at once for a
 * scene the reader is waiting for (`hurry`).
 */
import { countryFeature, geometriesBySize, type CountryFeature } from '../lib/geo/base-map';
import type { LayerFeature } from '../lib/geo/geojson-layer';
import type { Arc } from 'topojson-specification';
import { baseMapArc, baseMapOf } from '../lib/geo/base-map-file';
import { fetchBaseMapFile, fetchSceneJson, sceneFromJson, type DrawableScene } from '../lib/state/scene-data';
import { sliced } from './sliced';

/** A base map ready to draw from: its countries as features and its hatched areas. */
interface DecodedBaseMap {
  countries: CountryFeature[];
  borders: LayerFeature[];
}

/** Countries decoded from TopoJSON per frame, in the background. */
const DECODES_PER_FRAME = 12;

export class SceneLoader {
  private readonly pending = new Map<string, Promise<DrawableScene | null>>();
  private readonly loaded = new Map<string, DrawableScene>();
  /** Base maps' countries and hatched areas by file, with the scenes drawn on them. */
  private readonly baseMaps = new Map<string, { decoded: Promise<DecodedBaseMap>; scenes: Set<string> }>();
  /** Scenes the reader waits for: their decoding runs at once. */
  private readonly urgent = new Set<string>();
  private failed = false;

  /** `onFail` is called once, on the first scene or base map that cannot be loaded. */
  constructor(
    private readonly dataUrl: string,
    private readonly onFail: (error: unknown) => void,
    private readonly knownBaseMaps: Readonly<Record<string, string>> = {},
    private readonly fetcher: typeof fetch = fetch,
  ) {}

  /** A scene, fetched and decoded once; null if it could not be loaded. */
  scene(id: string): Promise<DrawableScene | null> {
    let pending = this.pending.get(id);
    if (!pending) {
      pending = this.load(id)
        .then((scene) => {
          this.loaded.set(id, scene);
          return scene;
        })
        .catch((error: unknown) => {
          if (!this.failed) {
            this.failed = true;
            this.onFail(error);
          }
          return null;
        });
      this.pending.set(id, pending);
    }
    return pending;
  }

  /** A scene decoded already, if it is. */
  ready(id: string): DrawableScene | undefined {
    return this.loaded.get(id);
  }

  /** Marks a scene as one the reader waits for: what is left of its decoding runs at once. */
  hurry(id: string): void {
    this.urgent.add(id);
  }

  private async load(id: string): Promise<DrawableScene> {
    // Both at once where the page names the base map; the scene's own data has the final word.
    const known = this.knownBaseMaps[id];
    if (known) this.baseMap(known).scenes.add(id);
    const json = await fetchSceneJson(this.dataUrl, id, this.fetcher);
    const baseMap = this.baseMap(json.topology);
    baseMap.scenes.add(id);
    const { countries, borders } = await baseMap.decoded;
    return sceneFromJson(json, countries, borders);
  }

  /** A base map's countries and hatched areas, fetched and decoded once, with the scenes drawn on it. */
  private baseMap(file: string): { decoded: Promise<DecodedBaseMap>; scenes: Set<string> } {
    let baseMap = this.baseMaps.get(file);
    if (!baseMap) {
      const scenes = new Set<string>();
      const decoded = this.decode(file, () => [...scenes].some((scene) => this.urgent.has(scene)));
      // Fetched ahead, it may fail before any scene awaits it: each scene's load reports the failure, once.
      decoded.catch(() => undefined);
      baseMap = { decoded, scenes };
      this.baseMaps.set(file, baseMap);
    }
    return baseMap;
  }

  /** Fetches a base map and decodes its arcs, then its countries, a slice at a time (in larger slices once `urgent`). */
  private async decode(file: string, urgent: () => boolean): Promise<DecodedBaseMap> {
    const published = await fetchBaseMapFile(this.dataUrl, file, this.fetcher);
    // Its arcs' text read in one piece was a task of about 20 ms at 4× CPU (the code runs cold), a slow frame of an
    // embed's first press.
    const arcs: Arc[] = [];
    await sliced(published.arcs.keys(), (i) => arcs.push(baseMapArc(published, i, file)), { urgent });
    const { topology, borders } = baseMapOf(published, arcs, file);
    const countries: CountryFeature[] = [];
    // Smallest first (geometriesBySize says why); the base drawings project them in this order too.
    await sliced(
      geometriesBySize(topology),
      (g) => {
        const country = countryFeature(topology, g);
        if (country) countries.push(country);
      },
      { perFrame: DECODES_PER_FRAME, urgent },
    );
    return { countries, borders };
  }
}
