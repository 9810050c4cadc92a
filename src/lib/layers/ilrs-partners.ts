/**
 * The ILRS partners (content/data/ilrs-partners.yaml) as of the step's day: each shaded in its role (founder,
 * partner, or listed where no signing date is verified) with a marker at its capital and its signing date.
 */
import { z } from 'astro/zod';
import { formatShortDate, parseContentDate } from '../content/dates';
import { contentDate, countryCode, lonLat } from '../content/schema-primitives';
import type { IlrsPartner, Role } from '../content/schemas';
import { round } from '../render/frame-parts';
import type { MapState } from '../state/map-state';
import { entriesOf, type KindData, type KindDataSet } from './kind-data';
import { markerBox, type LayerDrawing } from './layer-drawing';
import type { LayerKind } from './layer-kind';

/** A country in the International Lunar Research Station (content/data/ilrs-partners.yaml). */
export const ilrsPartnerSchema = z
  .object({
    /** The country (ISO numeric code). */
    country: countryCode,
    /** Display name. */
    name: z.string().min(1),
    /** Founder (China, Russia) or partner. */
    role: z.enum(['founder', 'partner']),
    /** When it signed; null where no signing date could be verified. */
    signed: z.nullable(contentDate),
    /** When it was first listed as a participant, for partners without a verified signing date. */
    listed: z.optional(contentDate),
    /** The agreement, as reported. */
    agreement: z.string().min(1),
    /** The capital, where the map puts its marker: [lon, lat]. */
    capital: lonLat,
    /** Ids of the sources behind this entry. */
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict()
  .refine((p) => p.signed !== null || p.listed !== undefined, {
    error: 'a partner without a `signed` date needs a `listed` date (when a source first named it)',
  });

/** The partners' data file: each partner cites its own sources. */
export const ilrsPartnersData: KindData<typeof ilrsPartnerSchema> = {
  collection: 'ilrsPartners',
  file: 'content/data/ilrs-partners.yaml',
  schema: ilrsPartnerSchema,
  sources: (partner) => partner.sources,
  prose: (partner) => [['agreement', partner.agreement]],
};

/** The partners, in file order. */
const partnersIn = (set: KindDataSet) => entriesOf(set, ilrsPartnersData).map((e) => e.data);

/** A marker at a point, e.g. a partner's capital. */
export interface MapMarker {
  /** Stable id (the country code for partners). */
  id: string;
  /** Where it is: [lon, lat]. */
  at: [number, number];
  /** The role it is drawn in. */
  role: Role;
  /** Its name. */
  label: string;
  /** A second line, e.g. the signing date. */
  note?: string;
  /** True when it is new at this step (labelled first when space is short). */
  fresh: boolean;
}

/** The partners that had joined by `asOf` (signed on or before it, or listed on or before it). */
export function partnersAsOf(partners: readonly IlrsPartner[], asOf: string): IlrsPartner[] {
  const day = parseContentDate(asOf)?.end;
  if (!day) throw new Error(`asOf: not a content date: "${asOf}"`);
  return partners.filter((p) => {
    const joined = p.signed ?? p.listed;
    const start = joined ? parseContentDate(joined)?.start : undefined;
    return start !== undefined && start <= day;
  });
}

function partnerRole(p: IlrsPartner): Role {
  if (p.role === 'founder') return 'founder';
  return p.signed === null ? 'listed' : 'partner';
}

function partnerNote(p: IlrsPartner): string {
  if (p.signed !== null) return formatShortDate(p.signed);
  return `listed ${formatShortDate(p.listed as string)}; date unverified`;
}

export const ilrsPartners: LayerKind = {
  name: 'ilrs-partners',
  sceneLayer: { data: false, fade: false },
  data: [ilrsPartnersData],
  resolve(draft, { stepId, step, previous, context, layers }) {
    if (layers.length === 0) return;
    if (!step.asOf) throw new Error(`step "${stepId}": the ilrs-partners layer needs an \`asOf\` date`);
    const before = previous?.asOf && previous.scene === step.scene ? partnersAsOf(partnersIn(context.kindData), previous.asOf) : [];
    const known = new Set(before.map((p) => p.country));
    const roles = new Map<string, Role>();
    for (const p of partnersAsOf(partnersIn(context.kindData), step.asOf)) {
      const role = partnerRole(p);
      roles.set(p.country, role);
      draft.markers.push({ id: p.country, at: p.capital, role, label: p.name, note: partnerNote(p), fresh: !known.has(p.country) });
    }
    // A step's own highlight draws over a partner's role.
    draft.roles = new Map([...roles, ...draft.roles]);
  },
  shownKeys: (state) => ({ roles: state.markers.map((m) => m.role) }),
  roleNames: (role, state) => state.markers.filter((m) => m.role === role).map((m) => m.label),
  text: (state) =>
    state.markers.length === 0
      ? []
      : [{ type: 'table', caption: 'ILRS member countries on the map', columns: ['Country', 'Signed'], rows: state.markers.map((p) => [p.label, p.note ?? '']) }],
  checkData({ entries, checkSources, tooLate }) {
    for (const { file, id, data } of entriesOf(entries.kindData, ilrsPartnersData)) {
      checkSources(file, `${id}.sources`, data.sources);
      tooLate(file, `${id}.signed`, data.signed);
      tooLate(file, `${id}.listed`, data.listed);
    }
  },
  checkStepLayer(entry, _i, { file, data }, { report }) {
    if (!data.asOf) report(`${file}: asOf: layer "${entry.id}" shows partners as of a date; add \`asOf: "YYYY-MM-DD"\``);
  },
  csvRows: ({ anchor, state }, context) =>
    state.markers.map((m) => [anchor, 'partner', m.id, m.label, m.role, m.note ?? '', `${m.at[0]} ${m.at[1]}`, (partnersIn(context.kindData).find((p) => p.country === m.id)?.sources ?? []).join(' ')]),
  geoJson(state, _context, add) {
    for (const m of state.markers) add(`partner-${m.id}`, { type: 'Point', coordinates: m.at }, { kind: 'partner', name: m.label, role: m.role, signed: m.note ?? null });
  },
};

/** Which marker labels go first when space is short: founders always, then partners new at this step. */
function markerPriority(marker: MapState['markers'][number]): number {
  if (marker.role === 'founder') return 2.8;
  return marker.fresh ? 2 : 1;
}

/** How the partners draw: a marker at each capital, labeled with the name and signing date. */
export const ilrsPartnersDrawing: LayerDrawing = {
  name: 'ilrs-partners',
  drawOverlay(draft, { state, placer }) {
    for (const m of state.markers) {
      const p = placer.point(m.at);
      if (!p) continue;
      draft.markers.push({ id: m.id, x: round(p[0]), y: round(p[1]), role: m.role });
      // No label covers a marker, its own or another's.
      draft.reserved.push(markerBox(p, m.role));
      const lines = m.note ? [m.label, m.note] : [m.label];
      // A founder stays labeled on the smallest map: its name alone, the date being the key's (the founders' entry).
      const short = m.role === 'founder' && m.note ? { short: [m.label] } : {};
      draft.candidates.push({ id: m.id, x: p[0], y: p[1], lines, priority: markerPriority(m), ...short });
    }
  },
};
