import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FAVICON_SIZE, faviconDataUrl, faviconPng } from '../../src/lib/site/favicon';

/** The PNG's chunks, each checked against its CRC. */
function chunks(png: Buffer): Map<string, Buffer> {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const found = new Map<string, Buffer>();
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type}'s CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    found.set(type, data);
    at += 12 + length;
  }
  return found;
}

/** Each pixel's [r, g, b, a], read back through the palette. */
function pixels(png: Buffer): number[][][] {
  const c = chunks(png);
  const [palette, alphas, rows] = [c.get('PLTE')!, c.get('tRNS')!, inflateSync(c.get('IDAT')!)];
  const stride = 1 + FAVICON_SIZE / 2;
  return Array.from({ length: FAVICON_SIZE }, (_, y) => {
    expect(rows[y * stride], `row ${y}'s filter`).toBe(0);
    return Array.from({ length: FAVICON_SIZE }, (_, x) => {
      const i = (rows[y * stride + 1 + (x >> 1)] >> (x % 2 === 0 ? 4 : 0)) & 0xf;
      return [...palette.subarray(i * 3, i * 3 + 3), alphas[i] ?? 255];
    });
  });
}

describe('favicon', () => {
  it('is a 32 px PNG of indexed colors, 4 bits a pixel, whose chunks check out and end with IEND', () => {
    const c = chunks(faviconPng());
    const header = c.get('IHDR')!;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), ...header.subarray(8)]).toEqual([32, 32, 4, 3, 0, 0, 0]);
    expect([...c.keys()]).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
    expect(inflateSync(c.get('IDAT')!).length).toBe(32 * 17);
  });

  it('draws the mark: a white disc in a red ring, clear outside it, with smoothed edges', () => {
    const p = pixels(faviconPng());
    expect(p[16][16]).toEqual([255, 255, 255, 255]);
    expect(p[16][5]).toEqual([0xb3, 0x26, 0x1e, 255]);
    expect(p[5][16]).toEqual([0xb3, 0x26, 0x1e, 255]);
    for (const [x, y] of [[0, 0], [31, 0], [0, 31], [31, 31], [16, 0], [0, 16]]) expect(p[y][x][3], `(${x}, ${y})`).toBe(0);
    // Smoothed: pixels the outer edge crosses are partly covered, all round it (the same in each quarter).
    const partly = (x0: number, y0: number) =>
      p.slice(y0, y0 + 16).flatMap((row) => row.slice(x0, x0 + 16)).filter(([, , , a]) => a > 0 && a < 255).length;
    const quarters = [partly(0, 0), partly(16, 0), partly(0, 16), partly(16, 16)];
    expect(quarters[0]).toBeGreaterThan(4);
    expect(new Set(quarters).size).toBe(1);
  });

  it('is small enough to be in every page', () => {
    expect(faviconPng().length).toBeLessThan(400);
    expect(faviconDataUrl()).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(faviconDataUrl().split(',')[1], 'base64')).toEqual(faviconPng());
  });
});
