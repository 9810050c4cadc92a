import { describe, expect, it } from 'vitest';
import { columnImageSvg, columnLayout, mapBox, mapImageSvg, wrapText, type MapImage } from '../../src/lib/render/map-image';

describe('wrapText', () => {
  it('wrapText(text, 10) breaks at spaces, never past the limit unless a word is longer', () => {
    expect(wrapText('one two three four', 10)).toEqual(['one two', 'three four']);
    expect(wrapText('a verylongwordindeed b', 5)).toEqual(['a', 'verylongwordindeed', 'b']);
  });
});

describe('mapBox', () => {
  it('mapBox(1200, 900, 3) leaves room for the title above and three footer lines below', () => {
    const box = mapBox(1200, 900, 3);
    expect(box.x).toBe(0);
    expect(box.width).toBe(1200);
    expect(box.y).toBeGreaterThan(40);
    expect(box.y + box.height + 3 * 18).toBeLessThanOrEqual(900);
  });
});

describe('mapImageSvg', () => {
  const image: MapImage = {
    width: 400,
    height: 300,
    title: 'Title & "more"',
    subtitle: null,
    mapMarkup: '<svg class="map" x="0" y="64"></svg>',
    legend: [{ role: 'focus', label: 'China and Russia' }, { style: 'flow:sanctions', label: 'Sanctions' }],
    footer: ['Credit <one>'],
    css: '.a { fill: red; }',
    description: 'A map',
  };

  it('mapImageSvg(image) is a standalone SVG document with its size, style, escaped text and the map inside', () => {
    const svg = mapImageSvg(image);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"')).toBe(true);
    expect(svg).toContain('<style>.a { fill: red; }');
    expect(svg).toContain('Title &amp; &quot;more&quot;');
    expect(svg).toContain('Credit &lt;one&gt;');
    expect(svg).toContain(image.mapMarkup);
    expect(svg).toContain('data-role="focus"');
    expect(svg).toContain('data-style="flow:sanctions"');
    expect(svg).not.toContain('image-subtitle" x');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('mapImageSvg(image with a sized legend entry) draws its reference widths, with values and unit, on a line of their own', () => {
    const sized = {
      ...image,
      legend: [{ style: 'flow:energy', label: 'Energy, to scale', sizes: [{ value: 4, width: 1 }, { value: 80, width: 20 }], unit: 'Mt a year' }],
    };
    const svg = mapImageSvg(sized);
    expect(svg.match(/class="key-size-stroke"[^>]*stroke-width="(\d+)"/g)?.map((m) => m.replace(/.*stroke-width="/, '').replace('"', ''))).toEqual(['1', '20']);
    expect(svg).toContain('>80<');
    expect(svg).toContain('>Mt a year<');
  });
});

describe('columnLayout and columnImageSvg', () => {
  const parts = {
    width: 246,
    title: 'Sanctions and energy between the West, Russia and China',
    legend: [
      { role: 'focus' as const, label: 'China and Russia' },
      { style: 'flow:energy', label: 'Energy exports, 2020, to scale (crude-oil arrow schematic)', sizes: [{ value: 4, width: 1 }, { value: 40, width: 10 }], unit: 'Mt of oil equivalent a year' },
    ],
    footer: ['Borders and disputed areas: Natural Earth · Pipelines © OpenStreetMap contributors (ODbL), via Global Energy Monitor'],
  };

  it('columnLayout(246, …) wraps the title, legend and footer to the width, the drawing between them 4:5 tall', () => {
    const layout = columnLayout(246, parts);
    expect(layout.title.length).toBeGreaterThan(1);
    expect(layout.footer.length).toBeGreaterThan(1);
    // At the type's size, no line runs past the image's edge (8 px margins; legend text after its 22 px swatch).
    for (const line of layout.title) expect(line.length * 8.6).toBeLessThanOrEqual(246 - 16);
    for (const { lines, unit } of layout.legend) for (const line of [...lines, ...unit]) expect(line.length * 6.9).toBeLessThanOrEqual(246 - 16 - 22);
    for (const line of layout.footer) expect(line.length * 6.3).toBeLessThanOrEqual(246 - 16);
    expect(layout.map).toEqual({ x: 0, y: expect.any(Number), width: 246, height: Math.round(246 * 0.8) });
    // Top to bottom: title, drawing, legend, footer, each clear of the one before.
    expect(layout.map.y).toBeGreaterThan(8 + 14 * layout.title.length);
    expect(layout.legend[0].y).toBeGreaterThan(layout.map.y + layout.map.height);
    expect(layout.footerY).toBeGreaterThan(layout.legend.at(-1)!.y);
    expect(layout.height).toBeGreaterThan(layout.footerY);
  });

  it('columnImageSvg(…) is a standalone SVG of the layout\'s height, with the drawing, legend lines and reference sizes', () => {
    const svg = columnImageSvg({ ...parts, mapMarkup: '<svg class="map"></svg>', css: '.a{}', description: 'A map' });
    const { height } = columnLayout(246, parts);
    expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="246" height="${height}"`)).toBe(true);
    expect(svg).toContain('<svg class="map"></svg>');
    expect(svg).toContain('data-role="focus"');
    expect(svg.match(/class="key-size-stroke"/g)).toHaveLength(2);
    expect(svg).toContain('Mt of oil equivalent a year');
  });
});
