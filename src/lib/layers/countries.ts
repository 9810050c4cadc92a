/** Countries drawn in a role: each step's `highlight`, a country or a group of countries (NATO), in a role. */
import { z } from 'astro/zod';
import { countryCode } from '../content/schema-primitives';
import { entriesOf, entryById, type KindData } from './kind-data';
import type { LayerKind } from './layer-kind';

/** How a highlighted country is drawn; each scene's legend names the roles it uses. */
export const roleSchema = z.enum(['founder', 'partner', 'listed', 'focus', 'counterpart', 'member', 'subject', 'transit']);

/** A country, or a named group of countries, drawn in a role at one step. */
export const highlightSchema = z
  .object({
    /** The country (ISO numeric code). */
    country: z.optional(countryCode),
    /** A group of countries (an id in content/data/country-groups.yaml). */
    group: z.string().min(1).optional(),
    /** The role it is drawn in. */
    role: roleSchema,
  })
  .strict()
  .refine((h) => (h.country === undefined) !== (h.group === undefined), {
    error: 'a highlight names exactly one of `country` or `group`',
  });

/** A named group of countries (content/data/country-groups.yaml), e.g. NATO's members in March 2021. */
export const countryGroupSchema = z
  .object({
    /** Display name. */
    name: z.string().min(1),
    /** The member countries (ISO numeric codes). */
    members: z.array(countryCode).min(1),
    /** Ids of the sources for the membership. */
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** The country groups' data file: each group cites the sources for its membership. */
export const countryGroupsData: KindData<typeof countryGroupSchema> = {
  collection: 'countryGroups',
  file: 'content/data/country-groups.yaml',
  schema: countryGroupSchema,
  sources: (group) => group.sources,
};

export const countries: LayerKind = {
  name: 'countries',
  data: [countryGroupsData],
  resolve(draft, { stepId, step, context }) {
    for (const h of step.highlight) {
      if (h.group !== undefined) {
        const group = entryById(context.kindData, countryGroupsData, h.group);
        if (!group) throw new Error(`step "${stepId}": unknown country group "${h.group}"`);
        for (const code of group.members) draft.roles.set(code, h.role);
      } else {
        draft.roles.set(h.country as string, h.role);
      }
    }
  },
  shownKeys: (state) => ({ roles: state.roles.map(([, role]) => role) }),
  // Groups by their name, countries by theirs, in step order.
  roleNames: (role, _state, context) =>
    context.step.highlight
      .filter((h) => h.role === role)
      .map((h) => (h.group !== undefined ? (entryById(context.kindData, countryGroupsData, h.group)?.name ?? h.group) : context.countryName(h.country as string))),
  checkData({ entries, checkSources }) {
    for (const { file, id, data } of entriesOf(entries.kindData, countryGroupsData)) checkSources(file, `${id}.sources`, data.sources);
  },
  checkStep({ file, data }, { entries, report, list }) {
    const groupIds = new Set(entriesOf(entries.kindData, countryGroupsData).map((g) => g.id));
    data.highlight.forEach((h, i) => {
      if (h.group !== undefined && !groupIds.has(h.group)) {
        report(`${file}: highlight[${i}].group: unknown country group "${h.group}"; use a group from ${countryGroupsData.file} or add it there (known: ${list(groupIds)})`);
      }
    });
  },
  csvRows({ anchor, state, data }, context) {
    // A country's role comes from a group (cite the group's membership sources) or from the step itself.
    const groupOf = new Map<string, string[]>();
    for (const h of data.highlight) {
      const group = h.group !== undefined ? entryById(context.kindData, countryGroupsData, h.group) : undefined;
      if (group) for (const code of group.members) groupOf.set(code, group.sources);
    }
    // A partner's row is the partner's (ilrs-partners.ts).
    return state.roles
      .filter(([code]) => !state.markers.some((m) => m.id === code))
      .map(([code, role]) => [anchor, 'country', code, context.names.get(code) ?? code, role, '', '', (groupOf.get(code) ?? []).join(' ')]);
  },
};
