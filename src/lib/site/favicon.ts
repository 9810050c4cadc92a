/**
 * The site's icon, the story's mark (a red ring), drawn as a 32 px PNG and put in each page as a data URL (in the
 * page, so that no request is made for it). Not SVG: Chromium fetches a page's icon again at every change of its
 * address, which follows the reader from step to step, and decodes an SVG icon as a document of its own, about
 * 20 ms of the page's main thread at 4× CPU each time: a slow frame in the reader's scroll (docs/performance.md).
 * A small PNG decodes in a fraction of a millisecond.
 */
import { crc32, deflateSync } from 'node:zlib';

/** The icon's side in pixels: a browser tab's 16 px at twice the density. */
export const FAVICON_SIZE = 32;
/** The mark: a ring of the story's red around a white disc, in pixels of the icon, centred. */
const RING = { outer: 14, inner: 7, red: [0xb3, 0x26, 0x1e], white: [0xff, 0xff, 0xff] } as const;
/** Samples per side of a pixel, for its edges' coverage. */
const SAMPLES = 8;
/** Steps of coverage kept at the edges: enough to smooth them, few enough for a palette of a few colors. */
const LEVELS = 4;

type Rgba = readonly [number, number, number, number];

/** The mark's color at pixel (x, y), with its edges' coverage rounded to LEVELS steps. */
function pixel(x: number, y: number): Rgba {
  let ring = 0;
  let disc = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const r = Math.hypot(x + (sx + 0.5) / SAMPLES - FAVICON_SIZE / 2, y + (sy + 0.5) / SAMPLES - FAVICON_SIZE / 2);
      if (r <= RING.inner) disc += 1;
      else if (r <= RING.outer) ring += 1;
    }
  }
  const alpha = Math.round(((ring + disc) / SAMPLES ** 2) * LEVELS) / LEVELS;
  if (alpha === 0) return [0, 0, 0, 0];
  const white = Math.round((disc / (ring + disc)) * LEVELS) / LEVELS;
  const [r, g, b] = RING.red.map((red, i) => Math.round(red * (1 - white) + RING.white[i] * white));
  return [r, g, b, Math.round(alpha * 255)];
}

/** A PNG chunk: its length, type, data and CRC. */
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The icon as a PNG file: indexed colors, 4 bits a pixel, transparency by palette entry. */
export function faviconPng(): Buffer {
  const pixels = Array.from({ length: FAVICON_SIZE }, (_, y) => Array.from({ length: FAVICON_SIZE }, (_, x) => pixel(x, y)));
  const palette = [...new Map(pixels.flat().map((p) => [p.join(), p])).values()];
  if (palette.length > 16) throw new Error(`favicon: ${palette.length} colors, more than a 4-bit palette holds`);
  const index = new Map(palette.map((p, i) => [p.join(), i]));
  // Each row: filter type 0, then two pixels a byte.
  const rows = pixels.map((row) => {
    const bytes = Buffer.alloc(1 + FAVICON_SIZE / 2);
    row.forEach((p, x) => (bytes[1 + (x >> 1)] |= index.get(p.join())! << (x % 2 === 0 ? 4 : 0)));
    return bytes;
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(FAVICON_SIZE, 0);
  header.writeUInt32BE(FAVICON_SIZE, 4);
  header.set([4, 3, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flatMap(([r, g, b]) => [r, g, b]))),
    // Entries past the last translucent one are opaque without saying so.
    chunk('tRNS', Buffer.from(palette.map(([, , , a]) => a).slice(0, palette.findLastIndex(([, , , a]) => a < 255) + 1))),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

let dataUrl: string | undefined;

/** The icon as a data URL, for the page's `<link rel="icon">`: drawn once a build (3 ms), not for each page. */
export function faviconDataUrl(): string {
  return (dataUrl ??= `data:image/png;base64,${faviconPng().toString('base64')}`);
}
