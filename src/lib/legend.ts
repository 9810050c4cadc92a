/** How a map's key knows which of its entries the map shows now. */
import type { LegendEntry, Role } from './schemas';

/** What a map shows, as legend entries name it: its roles, and the style keys of its flows, lines and areas. */
export interface LegendKeys {
  roles: Role[];
  /** E.g. "flow:energy", "line:claims:indian-claim". */
  styles: string[];
}

/** A legend entry's key: "role:<role>" or "style:<style>". */
export function legendKey(entry: Pick<LegendEntry, 'role' | 'style'>): string {
  return entry.role !== undefined ? `role:${entry.role}` : `style:${entry.style ?? ''}`;
}

/** The keys of the entries a map showing `keys` has on it. */
export function shownEntries(keys: LegendKeys): Set<string> {
  return new Set([
    ...keys.roles.map((role) => legendKey({ role })),
    ...keys.styles.map((style) => legendKey({ style })),
  ]);
}
