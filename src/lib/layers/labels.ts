/** Labels: a country's name at its centre, or a named place (content/geodata/places.geojson) with a dot. */
import { z } from 'astro/zod';
import { countryCode, lonLat } from '../content/schema-primitives';
import { labelLines, round } from '../render/frame-parts';
import { markerBox, type LayerDrawing } from './layer-drawing';
import type { LayerKind } from './layer-kind';

/** A label on the map: a country's name at its centre, or a named place. */
export const labelSchema = z
  .object({
    /** Label this country (at its centroid). */
    country: z.optional(countryCode),
    /** Label this place (an id in content/geodata/places.geojson). */
    place: z.string().optional(),
    /** Text to show instead of the country's or place's name. */
    text: z.string().min(1).optional(),
  })
  .strict()
  .refine((l) => (l.country === undefined) !== (l.place === undefined), {
    error: 'a label names exactly one of `country` or `place`',
  });

/** A place that labels can name (content/geodata/places.geojson). */
export const placeSchema = z.object({
  /** Display name. */
  name: z.string().min(1),
  /** Where it is: [lon, lat]. */
  at: lonLat,
  /** Where the coordinate comes from: a survey, a dataset or a derivation from one, never an encyclopedia. */
  source: z
    .string()
    .min(1)
    .refine((text) => !/wikipedia/i.test(text), { error: 'Wikipedia is not a source: give the coordinate of a dataset (Natural Earth, an OpenStreetMap trace) or derive it from one, and say how' }),
});

/** A text label at a point. */
export interface MapLabel {
  /** Stable id. */
  id: string;
  /** Where it is: [lon, lat]. */
  at: [number, number];
  /** What it says. */
  text: string;
  /** True for a place (drawn with a dot); a country's name sits on the country without one. */
  dot: boolean;
  /** Placement priority: higher goes first (a step's own labels 3, a disputed area's under 1). */
  priority?: number;
  /** For a disputed or occupied area's label: the area's id (content/geodata/borders.yaml). */
  area?: string;
  /** A note for a corner of the map where the label finds no room by its point (borders.yaml, `label.corner`). */
  corner?: string[];
  /** The area is too small to point at: only the corner note. */
  cornerOnly?: boolean;
}

/** Where places are listed. */
export const PLACES_FILE = 'content/geodata/places.geojson';

export const labels: LayerKind = {
  name: 'labels',
  resolve(draft, { stepId, step, context }) {
    draft.labels = step.labels.map((label) => {
      if (label.country !== undefined) {
        const point = context.countryLabelPoints.get(label.country);
        if (!point) throw new Error(`step "${stepId}": no label point for country "${label.country}"`);
        return { id: `country-${label.country}`, at: point.at, text: label.text ?? point.name, dot: false };
      }
      const place = context.places.get(label.place as string);
      if (!place) throw new Error(`step "${stepId}": unknown place "${label.place}"`);
      return { id: `place-${label.place}`, at: place.at, text: label.text ?? place.name, dot: true };
    });
  },
  text(state) {
    const places = state.labels.filter((l) => l.dot && l.area === undefined);
    return places.length === 0 ? [] : [{ type: 'list', id: 'places', title: 'Places labeled', items: places.map((p) => p.text) }];
  },
  checkStep({ file, data }, { entries, report, list }) {
    data.labels.forEach((label, i) => {
      if (label.place !== undefined && !entries.places.has(label.place)) {
        report(`${file}: labels[${i}].place: unknown place "${label.place}"; use a place id from ${PLACES_FILE} or add the place there (known: ${list(entries.places.keys())})`);
      }
    });
    // Where a step labels the place an area's label would go, its label says what the area's would.
    data.labels.forEach((label, i) => {
      const at = label.place !== undefined ? entries.places.get(label.place) : undefined;
      const area = at && entries.borderAreas.find((a) => a.data.label?.at?.[0] === at[0] && a.data.label.at[1] === at[1]);
      const wanted = area ? area.data.label?.text : undefined;
      if (wanted && !(label.text ?? '').includes(wanted)) {
        report(`${file}: labels[${i}].text: ${label.place} is where the map labels ${area?.data.name} "${wanted}" (${area?.file}); include those words in this label`);
      }
    });
  },
  // A disputed area's label is the area's (disputed-areas.ts).
  csvRows: ({ anchor, state }, context) =>
    state.labels
      .filter((l) => l.area === undefined)
      .map((l) => {
        const place = l.id.startsWith('place-') ? context.places.get(l.id.slice('place-'.length)) : undefined;
        return [anchor, l.dot ? 'place' : 'label', l.id, l.text, '', '', `${l.at[0]} ${l.at[1]}`, place ? `(coordinates: ${place.source})` : ''];
      }),
  geoJson(state, _context, add) {
    for (const l of state.labels.filter((x) => x.dot && x.area === undefined)) add(l.id, { type: 'Point', coordinates: l.at }, { kind: 'place', name: l.text });
  },
};

/** How labels draw: a country's name at its point, a place's with a dot, a disputed area's with a dot only if placed. */
export const labelsDrawing: LayerDrawing = {
  name: 'labels',
  drawOverlay(draft, { state, placer }) {
    for (const l of state.labels) {
      const corner = l.corner ? { corner: l.corner, ...(l.cornerOnly ? { cornerOnly: true } : {}) } : {};
      const p = placer.point(l.at);
      if (!p) {
        // Where its point is off the map, a note still has its corner.
        if (l.corner) draft.candidates.push({ id: l.id, x: -1, y: -1, lines: l.corner, priority: l.priority ?? 3, ...corner });
        continue;
      }
      const dot = { id: l.id, x: round(p[0]), y: round(p[1]), role: null };
      // A disputed area's dot is drawn only with its label: alone it would point at nothing.
      if (l.area !== undefined) draft.labelDots.set(l.id, dot);
      else if (l.dot) {
        draft.markers.push(dot);
        draft.reserved.push(markerBox(p, null));
      }
      draft.candidates.push({ id: l.id, x: p[0], y: p[1], lines: labelLines(l.text), priority: l.priority ?? 3, ...corner });
    }
  },
};
