/** Dates in content are strings: a day ("2021-03-09"), a month ("2024-05") or a year ("2023"). */

/** The shape of a content date: "YYYY", "YYYY-MM" or "YYYY-MM-DD" (whether it exists is another matter). */
export const CONTENT_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** How precisely a content date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A parsed content date; `start` and `end` are the first and last day it can mean, as "YYYY-MM-DD". */
export interface ParsedDate {
  precision: DatePrecision;
  start: string;
  end: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns null for anything else, including 2021-02-30. */
export function parseContentDate(value: string): ParsedDate | null {
  const m = CONTENT_DATE_PATTERN.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { precision: 'year', start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) {
    return { precision: 'month', start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}` };
  }
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  return { precision: 'day', start: value, end: value };
}

/** True when `value` is a real calendar day written "YYYY-MM-DD". */
export function isCalendarDay(value: string): boolean {
  return parseContentDate(value)?.precision === 'day';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** A content date in words, with the month names given: "17 Jul 2023" or "17 July 2023", "May 2024", "2023". */
function formatDate(value: string, months: readonly string[]): string {
  const parsed = parseContentDate(value);
  if (!parsed) throw new Error(`not a content date: "${value}"`);
  const [y, mo, d] = value.split('-');
  if (parsed.precision === 'year') return y;
  if (parsed.precision === 'month') return `${months[Number(mo) - 1]} ${y}`;
  return `${Number(d)} ${months[Number(mo) - 1]} ${y}`;
}

/** Formats a content date for a map label, e.g. "17 Jul 2023", "May 2024", "2023". */
export function formatShortDate(value: string): string {
  return formatDate(value, MONTHS);
}

/** Formats a content date for prose, e.g. "9 March 2021", "March 2021". */
export function formatLongDate(value: string): string {
  return formatDate(value, MONTHS_LONG);
}

/** True when `value` (a content date) lies wholly after the day `day` ("YYYY-MM-DD"): its first day is later. */
export function startsAfter(value: string, day: string): boolean {
  const start = parseContentDate(value)?.start;
  if (!start) throw new Error(`not a content date: "${value}"`);
  return start > day;
}

const MONTH_NAMES = [...MONTHS_LONG, ...MONTHS, 'Sept'].join('|');
const MONTH_INDEX = (name: string) => {
  const i = MONTHS_LONG.findIndex((m) => m.startsWith(name.slice(0, 3)));
  return pad(i + 1);
};
/** "15 June 2020", "15–16 Jun 2020", "June 2020" or a year between 1900 and 2099 standing on its own. */
const MENTION = new RegExp(
  `(?:\\b(\\d{1,2})(?:[–-]\\d{1,2})?\\s+)?\\b(${MONTH_NAMES})\\.?\\s+(\\d{4})\\b|(?<![\\d.,$£€])\\b((?:19|20)\\d{2})\\b(?![\\d,]|\\.\\d|\\s?%)`,
  'g',
);

/** A date written out in prose, and the content date it stands for. */
export interface DateMention {
  /** As written, e.g. "26 September 2022". */
  text: string;
  /** As a content date: "2022-09-26", "2022-09" or "2022". */
  date: string;
}

/** The dates that `text` mentions: days, months and bare years, in order. */
export function dateMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(MENTION)) {
    if (m[4]) found.push({ text: m[0], date: m[4] });
    else if (m[1]) found.push({ text: m[0], date: `${m[3]}-${MONTH_INDEX(m[2])}-${pad(Number(m[1]))}` });
    else found.push({ text: m[0], date: `${m[3]}-${MONTH_INDEX(m[2])}` });
  }
  return found;
}
