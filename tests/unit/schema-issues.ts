/** What the content schema tests read of a failed parse, and the messages several schemas share. */
import type { ZodType } from 'astro/zod';
import { expect } from 'vitest';

/** The issues of a failed parse, as [path, message] pairs. */
export function issues(schema: ZodType, value: unknown): [PropertyKey[], string][] {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return result.error?.issues.map((i) => [i.path, i.message] as [PropertyKey[], string]) ?? [];
}

export const unknownCountry = (code: string) =>
  `unknown country code "${code}": the base map (world-atlas countries-110m) has no country with this ISO numeric id; use the ISO 3166-1 numeric code of a country the base map draws, e.g. "156" for China`;
export const impossibleDate = (value: string) =>
  `impossible date "${value}": the calendar has no such day or month; correct it to a real date as "YYYY-MM-DD"`;
export const malformedDate = (value: string) =>
  `malformed date "${value}"; write it in quotes as "YYYY-MM-DD" (or "YYYY-MM" / "YYYY" when only that is known)`;
