/** Reads a GeoJSON FeatureCollection of named points, checking its shape so a broken file fails loudly. */

/** One point feature, flattened. */
export interface PointRecord {
  id: string;
  name: string;
  at: [number, number];
  source: string;
}

const isNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** Parses `text` (the file's contents) into point records; throws with `file` and the feature's index on any fault. */
export function parsePointCollection(text: string, file: string): PointRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const collection = json as { type?: unknown; features?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new Error(`${file}: type: expected a GeoJSON FeatureCollection with a features array`);
  }
  const seen = new Set<string>();
  return collection.features.map((raw, i) => {
    if (typeof raw !== 'object' || raw === null) throw new Error(`${file}: features[${i}]: expected a GeoJSON Feature object`);
    const f = raw as { geometry?: { type?: unknown; coordinates?: unknown }; properties?: Record<string, unknown> };
    const where = `${file}: features[${i}]`;
    const coords = f.geometry?.coordinates;
    if (f.geometry?.type !== 'Point' || !Array.isArray(coords) || coords.length < 2 || !isNumber(coords[0]) || !isNumber(coords[1])) {
      throw new Error(`${where}.geometry: expected a Point with [lon, lat] numbers; give the place a Point geometry`);
    }
    const [lon, lat] = coords;
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      throw new Error(`${where}.geometry.coordinates: [${lon}, ${lat}] is out of range; positions are [lon, lat] within ±180, ±90: check the numbers and that longitude comes first`);
    }
    const { id, name, source } = f.properties ?? {};
    if (typeof id !== 'string' || id === '') throw new Error(`${where}.properties.id: every place needs a string id`);
    if (seen.has(id)) throw new Error(`${where}.properties.id: duplicate id "${id}"; give each place its own id`);
    seen.add(id);
    if (typeof name !== 'string' || name === '') throw new Error(`${where}.properties.name: missing; give the place a name`);
    if (typeof source !== 'string' || source === '') throw new Error(`${where}.properties.source: every place cites where its coordinate comes from`);
    return { id, name, at: [lon, lat], source };
  });
}
