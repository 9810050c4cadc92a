/**
 * SVG path data in relative steps: "M52.02,2.69l.44.29,8.82,5.71z" rather than d3's absolute "L" for every
 * point. A coastline's steps are short, so they take fewer characters and repeat more, and the server's
 * drawings are a third smaller gzipped. Positions are rounded on a grid first and the steps taken between the
 * rounded positions, so rounding never accumulates along a line.
 */
import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoStreamWrapper } from 'd3-geo';

/** A d3-geo path context (moveTo, lineTo, closePath) that writes relative path data. */
export class RelativePathContext implements GeoContext {
  #scale: number;
  #digits: number;
  #out = '';
  // The current position, and the start of the current subpath (where closePath returns), in grid units.
  #x = 0;
  #y = 0;
  #startX = 0;
  #startY = 0;
  #empty = true;
  #lineOpen = false;
  // The last number written, which decides whether the next needs a separator.
  #last = '';

  constructor(digits: number) {
    if (!Number.isInteger(digits) || digits < 0) throw new Error(`RelativePathContext: digits must be an integer ≥ 0, got ${digits}`);
    this.#digits = digits;
    this.#scale = 10 ** digits;
  }

  moveTo(x: number, y: number): void {
    const [gx, gy] = this.#grid(x, y);
    if (this.#empty) this.#write('M', gx, gy);
    else this.#write('m', gx - this.#x, gy - this.#y);
    this.#empty = false;
    this.#lineOpen = false;
    [this.#x, this.#y, this.#startX, this.#startY] = [gx, gy, gx, gy];
  }

  lineTo(x: number, y: number): void {
    const [gx, gy] = this.#grid(x, y);
    // A step that rounds to nothing draws nothing.
    if (gx === this.#x && gy === this.#y) return;
    // Steps after the first repeat the command implicitly.
    this.#write(this.#lineOpen ? '' : 'l', gx - this.#x, gy - this.#y);
    this.#lineOpen = true;
    [this.#x, this.#y] = [gx, gy];
  }

  closePath(): void {
    this.#write('z');
    this.#lineOpen = false;
    [this.#x, this.#y] = [this.#startX, this.#startY];
  }

  /** Part of a canvas's interface; d3-geo never calls it, and a path's data needs nothing to begin. */
  beginPath(): void {}

  /** d3-geo draws Point geometries as circles; the maps draw their points as markers instead. */
  arc(): void {
    throw new Error('RelativePathContext: points are drawn as markers, not as path data');
  }

  /** The path data written since the last call, which starts a new path. */
  result(): string {
    const out = this.#out;
    this.#out = '';
    this.#empty = true;
    this.#lineOpen = false;
    this.#last = '';
    return out;
  }

  #grid(x: number, y: number): [number, number] {
    return [Math.round(x * this.#scale), Math.round(y * this.#scale)];
  }

  /** Writes a command (or none, to repeat the last) and its numbers, with only the separators needed. */
  #write(command: string, ...values: number[]): void {
    if (command) {
      this.#out += command;
      this.#last = '';
    }
    for (const value of values) {
      const text = this.#number(value);
      this.#out += this.#separator(text) + text;
      this.#last = text;
    }
  }

  /**
   * What goes between the last number written and `next`: nothing after a command or when `next` cannot be
   * read as part of the last number (a minus sign, or a second decimal point), otherwise a comma.
   */
  #separator(next: string): string {
    if (!this.#last || next.startsWith('-') || (next.startsWith('.') && this.#last.includes('.'))) return '';
    return ',';
  }

  /** A grid value as its shortest decimal: 44 at two digits is ".44", -5 is "-.05", 300 is "3". */
  #number(n: number): string {
    if (n === 0) return '0';
    const sign = n < 0 ? '-' : '';
    const text = String(Math.abs(n)).padStart(this.#digits + 1, '0');
    const whole = text.slice(0, text.length - this.#digits).replace(/^0+/, '');
    const fraction = text.slice(text.length - this.#digits).replace(/0+$/, '');
    return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
  }
}

/** A function that gives an object's path data in relative steps, rounded to `digits` decimals ('' when none). */
export function relativePath(
  projection: GeoStreamWrapper,
  digits: number,
): (object: GeoPermissibleObjects) => string {
  const context = new RelativePathContext(digits);
  const path = geoPath(projection, context);
  return (object) => {
    path(object);
    return context.result();
  };
}
