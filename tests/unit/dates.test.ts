import { describe, expect, it } from 'vitest';
import { dateMentions, formatLongDate, formatShortDate, isCalendarDay, parseContentDate, startsAfter } from '../../src/lib/content/dates';

describe('parseContentDate', () => {
  it('parseContentDate("2021") is the whole year', () => {
    expect(parseContentDate('2021')).toEqual({ precision: 'year', start: '2021-01-01', end: '2021-12-31' });
  });

  it('parseContentDate("2024-05") is the whole month', () => {
    expect(parseContentDate('2024-05')).toEqual({ precision: 'month', start: '2024-05-01', end: '2024-05-31' });
    expect(parseContentDate('2021-04')?.end).toBe('2021-04-30');
  });

  it('parseContentDate("2021-03-09") is one day', () => {
    expect(parseContentDate('2021-03-09')).toEqual({ precision: 'day', start: '2021-03-09', end: '2021-03-09' });
  });

  it('parseContentDate(day that does not exist) returns null', () => {
    expect(parseContentDate('2021-02-30')).toBeNull();
    expect(parseContentDate('2021-04-31')).toBeNull();
    expect(parseContentDate('2021-03-00')).toBeNull();
    expect(parseContentDate('2021-03-32')).toBeNull();
  });

  it('parseContentDate(month that does not exist) returns null', () => {
    expect(parseContentDate('2021-13-01')).toBeNull();
    expect(parseContentDate('2021-00')).toBeNull();
    expect(parseContentDate('2021-13')).toBeNull();
  });

  it('parseContentDate(unpadded or free-form text) returns null', () => {
    expect(parseContentDate('2021-3-1')).toBeNull();
    expect(parseContentDate('2021-03-1')).toBeNull();
    expect(parseContentDate('21-03-01')).toBeNull();
    expect(parseContentDate('9 March 2021')).toBeNull();
    expect(parseContentDate('2021-03-09T00:00')).toBeNull();
    expect(parseContentDate('')).toBeNull();
  });

  it('parseContentDate(29 February) follows the leap-year rules', () => {
    expect(parseContentDate('2024-02-29')?.precision).toBe('day');
    expect(parseContentDate('2000-02-29')?.precision).toBe('day');
    expect(parseContentDate('2023-02-29')).toBeNull();
    expect(parseContentDate('1900-02-29')).toBeNull();
    expect(parseContentDate('2024-02')?.end).toBe('2024-02-29');
    expect(parseContentDate('2023-02')?.end).toBe('2023-02-28');
  });
});

describe('isCalendarDay', () => {
  it('isCalendarDay(value) is true only for a real "YYYY-MM-DD" day', () => {
    expect(isCalendarDay('2021-03-09')).toBe(true);
    expect(isCalendarDay('2021-03')).toBe(false);
    expect(isCalendarDay('2021')).toBe(false);
    expect(isCalendarDay('2021-02-30')).toBe(false);
  });
});

describe('formatShortDate', () => {
  it('formatShortDate(day) is "17 Jul 2023"', () => {
    expect(formatShortDate('2023-07-17')).toBe('17 Jul 2023');
    expect(formatShortDate('2021-03-09')).toBe('9 Mar 2021');
  });

  it('formatShortDate(month) is "May 2024"', () => {
    expect(formatShortDate('2024-05')).toBe('May 2024');
  });

  it('formatShortDate(year) is the year', () => {
    expect(formatShortDate('2023')).toBe('2023');
  });

  it('formatShortDate(impossible date) throws', () => {
    expect(() => formatShortDate('2021-02-30')).toThrow('not a content date: "2021-02-30"');
  });
});

describe('formatLongDate', () => {
  it('formatLongDate(day) is "9 March 2021"', () => {
    expect(formatLongDate('2021-03-09')).toBe('9 March 2021');
    expect(formatLongDate('2020-12-01')).toBe('1 December 2020');
  });

  it('formatLongDate(month) is "March 2021"', () => {
    expect(formatLongDate('2021-03')).toBe('March 2021');
  });

  it('formatLongDate(year) is the year', () => {
    expect(formatLongDate('2025')).toBe('2025');
  });

  it('formatLongDate(impossible date) throws', () => {
    expect(() => formatLongDate('2021-13-01')).toThrow('not a content date');
  });
});

describe('startsAfter', () => {
  it('startsAfter(date, day) is true when the date\'s first day is later than the day', () => {
    expect(startsAfter('2021-03-22', '2021-03-12')).toBe(true);
    expect(startsAfter('2021-04', '2021-03-12')).toBe(true);
    expect(startsAfter('2022', '2021-03-12')).toBe(true);
  });

  it('startsAfter(date, day) is false for the day itself, earlier days and a month or year that holds the day', () => {
    expect(startsAfter('2021-03-12', '2021-03-12')).toBe(false);
    expect(startsAfter('2020-12-28', '2021-03-12')).toBe(false);
    expect(startsAfter('2021-03', '2021-03-12')).toBe(false);
    expect(startsAfter('2021', '2021-03-12')).toBe(false);
  });

  it('startsAfter(malformed date, day) throws naming the value', () => {
    expect(() => startsAfter('March 2021', '2021-03-12')).toThrow('not a content date: "March 2021"');
  });
});

describe('dateMentions', () => {
  it('dateMentions(text) finds days, day ranges, months and bare years as content dates, in order', () => {
    expect(dateMentions('On 26 September 2022, after the 15–16 Jun 2020 clash, in Sept 2021 and by 2035.')).toEqual([
      { text: '26 September 2022', date: '2022-09-26' },
      { text: '15–16 Jun 2020', date: '2020-06-15' },
      { text: 'Sept 2021', date: '2021-09' },
      { text: '2035', date: '2035' },
    ]);
  });

  it('dateMentions(text) takes no figure for a year: thousands, money, decimals and percentages', () => {
    expect(dateMentions('About 2,200 km, $2021 billion, 2021.5 units, 2020% and 12021 are not years.')).toEqual([]);
  });

  it('dateMentions(text) reads a month name only with a capital and a year', () => {
    expect(dateMentions('China may sign; it may. May 2021 is a date.')).toEqual([{ text: 'May 2021', date: '2021-05' }]);
  });
});
