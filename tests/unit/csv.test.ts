import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/site/csv';

describe('toCsv', () => {
  it('toCsv(header, rows) writes CRLF lines and quotes only fields that need it', () => {
    expect(toCsv(['a', 'b'], [['1', 'x, y'], ['say "hi"', 'line\nbreak']])).toBe('a,b\r\n1,"x, y"\r\n"say ""hi""","line\nbreak"\r\n');
  });

  it('toCsv(header, a row of the wrong length) throws naming the row', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow('CSV row 1 has 1 fields; the header has 2');
  });
});
