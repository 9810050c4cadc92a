import { describe, expect, it } from 'vitest';
import { readIntegers, writeIntegers } from '../../src/lib/geo/polyline-text';

describe('writeIntegers / readIntegers', () => {
  it('writes a number as Google\'s encoded polyline does (its documented example, -179.9832104 at 5 decimals)', () => {
    expect(writeIntegers([-17998321])).toBe('`~oia@');
    // The example's whole line: (38.5, -120.2), (40.7, -120.95), (43.252, -126.453), each after the first as a change.
    expect(writeIntegers([3850000, -12020000, 220000, -75000, 255200, -550300])).toBe('_p~iF~ps|U_ulLnnqC_mqNvxq`@');
  });

  it('reads back what it writes: zero, small, negative and large numbers', () => {
    const values = [0, 1, -1, 15, 16, -16, -17, 31, 32, 1023, -1024, 2 ** 20, -(2 ** 25), 2 ** 29 - 1, -(2 ** 29)];
    expect(readIntegers(writeIntegers(values))).toEqual(values);
    expect(readIntegers('')).toEqual([]);
  });

  it.each([
    ['?? ', 'has " " at 2, outside "?" to "~"'],
    ['?_', 'ends inside a number'],
    ['~~~~~~~?', 'has a number longer than 6 characters at 5'],
  ])('readIntegers(%j) says why it cannot be read', (text, why) => {
    expect(readIntegers(text)).toBe(why);
  });
});
