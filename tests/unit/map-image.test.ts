import { describe, expect, it } from 'vitest';
import { mapBox, mapImageSvg, wrapText, type MapImage } from '../../src/lib/render/map-image';

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
