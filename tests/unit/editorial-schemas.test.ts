import type { ZodType } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { correctionSchema, sourceSchema } from '../../src/lib/content/editorial-schemas';

/** The issues of a failed parse, as [path, message] pairs. */
function issues(schema: ZodType, value: unknown): [PropertyKey[], string][] {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return result.error?.issues.map((i) => [i.path, i.message] as [PropertyKey[], string]) ?? [];
}

const source = { publisher: 'TASS', title: 'Russia and China sign', date: '2021-03-09', url: 'https://tass.com/science/1264213' };
const paths = (value: unknown) => issues(sourceSchema, value).map(([path]) => path.join('.'));

describe('sourceSchema', () => {
  it('sourceSchema.safeParse(valid source) succeeds', () => {
    expect(sourceSchema.parse(source)).toEqual(source);
  });

  it('sourceSchema.safeParse(straight quotes in our own words) names publisher and a bracketed title; a quoted headline keeps its own', () => {
    const found = issues(sourceSchema, { ...source, publisher: "Xinhua (via People's Daily Online)", title: '[Joint statement of the "two sides"]' });
    expect(found.map(([path]) => path)).toEqual([['publisher'], ['title']]);
    expect(found[0][1]).toMatch(/use typographic ones: “ ” for quotes, ’ for apostrophes/);
    expect(sourceSchema.safeParse({ ...source, title: 'Russia\'s "lunar" plan' }).success).toBe(true);
  });

  it('sourceSchema.safeParse(source without a title or a date) names title and date', () => {
    const { title: _title, date: _date, ...bare } = source;
    expect(issues(sourceSchema, bare)).toEqual([
      [['title'], 'every source needs the `title` of the item cited, as its publisher gave it'],
      [['date'], 'a date is written in quotes as "YYYY-MM-DD" (or "YYYY-MM" / "YYYY" when only that is known)'],
    ]);
  });

  it('sourceSchema.safeParse(url that is not a URL) names url', () => {
    expect(issues(sourceSchema, { ...source, url: 'tass.com/science' })).toEqual([[['url'], 'a source `url` must be a full http(s) URL']]);
  });

  it('sourceSchema.safeParse(url that is not http or https) names url', () => {
    for (const url of ['javascript:alert(1)', 'mailto:desk@example.com', 'ftp://example.com/report.pdf']) {
      expect(issues(sourceSchema, { ...source, url })).toEqual([[['url'], 'a source `url` must be a full http(s) URL']]);
    }
  });

  it('sourceSchema.safeParse(url on a bare IP address) names url: a copy is not the publication', () => {
    for (const url of ['http://108.161.137.60/piglix/Nord_Stream', 'https://[2001:db8::1]/report']) {
      expect(issues(sourceSchema, { ...source, url })).toEqual([
        [['url'], "a source `url` on a bare IP address is not the original publication: cite the publisher's own address"],
      ]);
    }
  });

  it('sourceSchema.safeParse(Wikipedia or a mirror of it) names url', () => {
    for (const url of ['https://en.wikipedia.org/wiki/Nord_Stream', 'https://wiki.studentb.eu/view_html.php?q=Nord_Stream_2', 'https://www.wikiwand.com/en/Doklam']) {
      expect(paths({ ...source, url })).toEqual(['url']);
    }
  });

  it('sourceSchema.safeParse(impossible date) names date', () => {
    expect(paths({ ...source, date: '2021-13-01' })).toEqual(['date']);
  });
});

describe('correctionSchema', () => {
  const correction = { date: '2026-11-30', kind: 'correction', subject: 'borders', text: 'Crimea is drawn as part of Ukraine.', steps: ['us-sanctions'] };

  it('correctionSchema.safeParse(valid correction) succeeds, steps defaulting to none', () => {
    expect(correctionSchema.parse(correction)).toEqual(correction);
    const { steps: _steps, ...general } = correction;
    expect(correctionSchema.parse(general).steps).toEqual([]);
  });

  it('correctionSchema.safeParse(correction dated to the month) names date', () => {
    expect(issues(correctionSchema, { ...correction, date: '2026-11' })).toEqual([[['date'], 'a correction is dated to the day, "YYYY-MM-DD"']]);
  });

  it('correctionSchema.safeParse(unknown kind) names kind', () => {
    expect(issues(correctionSchema, { ...correction, kind: 'erratum' }).map(([path]) => path)).toEqual([['kind']]);
  });

  it('correctionSchema.safeParse(correction without a subject, or with a sentence for one) names subject', () => {
    const { subject: _subject, ...bare } = correction;
    expect(issues(correctionSchema, bare).map(([path]) => path)).toEqual([['subject']]);
    expect(issues(correctionSchema, { ...correction, subject: 'The maps now draw Crimea as part of Ukraine, hatched' })).toEqual([
      [['subject'], 'a correction\'s `subject` is a few words (40 characters at most); the `text` says the rest'],
    ]);
  });
});
