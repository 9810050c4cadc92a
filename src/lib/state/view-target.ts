/** Turns a step's view into the GeoJSON object its camera fits. */
import type { FeatureCollection, MultiPoint } from 'geojson';
import type { CountryFeature } from '../geo/base-map';
import type { StepView } from '../content/schemas';

/** Points along a box's edges: fitting to them frames the box without relying on ring winding. */
function boxOutline([[west, south], [east, north]]: [[number, number], [number, number]]): MultiPoint {
  const span = west <= east ? east - west : east + 360 - west;
  const points: [number, number][] = [];
  const steps = 12;
  for (let i = 0; i <= steps; i++) {
    const lon = west + (span * i) / steps;
    const wrapped = lon > 180 ? lon - 360 : lon;
    points.push([wrapped, south], [wrapped, north]);
  }
  return { type: 'MultiPoint', coordinates: points };
}

/** The object to fit for a view: the listed countries, the bounds box, or both. */
export function viewTarget(view: StepView, countries: ReadonlyMap<string, CountryFeature>): FeatureCollection {
  const features: FeatureCollection['features'] = [];
  for (const code of view.fit ?? []) {
    const country = countries.get(code);
    if (!country) throw new Error(`view.fit: country "${code}" is not in the scene's geometry`);
    features.push(country);
  }
  if (view.bounds) features.push({ type: 'Feature', properties: {}, geometry: boxOutline(view.bounds) });
  return { type: 'FeatureCollection', features };
}
