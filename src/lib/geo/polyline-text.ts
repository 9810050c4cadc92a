/**
 * Whole numbers as text, the way Google's encoded polyline writes them: each zigzag-coded (small negatives stay
 * small), five bits a character from "?" (63) up, a set sixth bit meaning "more of this number follows". The
 * published map data write coordinates so (base-map-file.ts, layer-file.ts): compressed, a run of small numbers
 * weighs far less than the same numbers as JSON arrays, and the browser reads it in one pass.
 */

const FIRST = 63;
const MORE = 0x20;
const BITS = 0x1f;

/** `values`, whole numbers within ±2^29, as one string. */
export function writeIntegers(values: readonly number[]): string {
  let text = '';
  for (const n of values) {
    let value = n < 0 ? ~(n << 1) : n << 1;
    while (value >= MORE) {
      text += String.fromCharCode((MORE | (value & BITS)) + FIRST);
      value >>= 5;
    }
    text += String.fromCharCode(value + FIRST);
  }
  return text;
}

/** The numbers `text` writes, or why it writes none (a sentence to follow the field's name). */
export function readIntegers(text: string): number[] | string {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - FIRST;
    if (c < 0 || c > 63) return `has "${text[i]}" at ${i}, outside "?" to "~"`;
    value |= (c & BITS) << shift;
    if (c & MORE) {
      shift += 5;
      if (shift > 25) return `has a number longer than 6 characters at ${i}`;
      continue;
    }
    values.push(value & 1 ? ~(value >> 1) : value >> 1);
    value = 0;
    shift = 0;
  }
  if (shift !== 0) return 'ends inside a number';
  return values;
}
