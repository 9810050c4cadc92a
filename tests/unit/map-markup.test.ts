import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countryMarkup,
  EMPTY_OVERLAY,
  flowMarkup,
  frameSvg,
  geometryMarkup,
  hatchMarkup,
  insetMarkup,
  labelMarkup,
  landMarkup,
  mapSvg,
  markerMarkup,
  overlayMarkup,
  shapeMarkup,
  staticBandsMarkup,
  staticGeometryMarkup,
} from '../../src/lib/render/map-markup';
import { moonInset } from '../../src/lib/render/moon-inset';
import { markerRadius, type Frame } from '../../src/lib/render/render-frame';
import type { StaticDrawing } from '../../src/lib/render/static-drawing';

describe('labelMarkup', () => {
  it('labelMarkup(one line) is a text with its name, anchored at its point', () => {
    expect(labelMarkup({ id: 'place-pangong', x: 10, y: 20, anchor: 'start', lines: ['Pangong Tso'] })).toBe(
      '<text class="label" x="10" y="20" text-anchor="start" data-id="place-pangong"><tspan class="label-name" x="10" dy="0">Pangong Tso</tspan></text>',
    );
  });

  it('labelMarkup(two lines) sets the second as a note under the name, and escapes both', () => {
    const markup = labelMarkup({ id: 'a&b', x: 5, y: 6, anchor: 'end', lines: ['Aksai <Chin>', '(held by China, claimed by India)'] });
    expect(markup).toContain('data-id="a&amp;b"');
    expect(markup).toContain('<tspan class="label-name" x="5" dy="0">Aksai &lt;Chin&gt;</tspan>');
    expect(markup).toContain('<tspan class="label-note" x="5" dy="1.2em">(held by China, claimed by India)</tspan>');
    expect(markup).toContain('text-anchor="end"');
  });
});

describe('flowMarkup', () => {
  it('flowMarkup(flow) is its shaft at its width and its head', () => {
    expect(flowMarkup({ id: 'gas', kind: 'energy', shaft: 'M0,0L10,0', head: 'M10,0L8,2Z', width: 4.5 })).toBe(
      '<g class="flow" data-id="gas" data-kind="energy"><path class="shaft" d="M0,0L10,0" stroke-width="4.5"/><path class="head" d="M10,0L8,2Z"/></g>',
    );
  });
});

describe('markerMarkup', () => {
  it('markerMarkup(marker) is a circle of its radius, with its role when it has one', () => {
    const founder = { id: '156', x: 1, y: 2, role: 'founder' as const };
    expect(markerMarkup(founder)).toBe(`<circle class="marker" cx="1" cy="2" r="${markerRadius(founder)}" data-id="156" data-role="founder"/>`);
    expect(markerMarkup({ id: 'place', x: 1, y: 2, role: null })).not.toContain('data-role');
  });
});

describe('insetMarkup', () => {
  const drawn = moonInset(60);
  it('insetMarkup(inset) places the disc, graticule, pole and caption at its corner', () => {
    const markup = insetMarkup({ ...drawn, x: 8, y: 100, caption: 'Lunar south pole', anchor: 'start' });
    expect(markup).toMatch(/^<g class="moon-inset" transform="translate\(8 100\)">/);
    expect(markup).toContain(`<circle class="moon-disc" cx="30" cy="30" r="26"/>`);
    expect(markup).toContain(`<circle class="moon-pole" cx="${drawn.pole[0]}" cy="${drawn.pole[1]}" r="4"/>`);
    expect(markup).toContain('<text class="label moon-caption" x="0" y="76" text-anchor="start">');
  });

  it('insetMarkup(inset at a right-hand corner) aligns its caption to the disc\'s right edge, in two lines when long', () => {
    const markup = insetMarkup({ ...drawn, x: 200, y: 8, caption: 'Site: the lunar south pole (planned)', anchor: 'end' });
    expect(markup).toContain(`x="${drawn.size}" y="${drawn.size + 16}" text-anchor="end"`);
    expect(markup.match(/<tspan/g)).toHaveLength(2);
  });
});

describe('overlayMarkup', () => {
  it('overlayMarkup(overlay) draws arrows, then markers, then labels, then the inset', () => {
    const markup = overlayMarkup({
      flows: [{ id: 'f', kind: 'sanctions', shaft: 'M0,0', head: 'M0,0', width: 2 }],
      markers: [{ id: 'm', x: 0, y: 0, role: null }],
      labels: [{ id: 'l', x: 0, y: 0, anchor: 'start', lines: ['L'] }],
      inset: { ...moonInset(60), x: 0, y: 0, caption: 'Moon', anchor: 'start' },
    });
    const order = ['<g class="flows">', '<g class="markers">', '<g class="labels">', '<g class="moon-inset"'].map((s) => markup.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('overlayMarkup(no inset) draws none, and keeps every group for the live map to fill', () => {
    const markup = overlayMarkup(EMPTY_OVERLAY);
    expect(markup).not.toContain('class="moon-inset"');
    expect(markup).toBe('<g class="flows"></g><g class="markers"></g><g class="labels"></g><g class="moon-inset-layer"></g>');
  });
});

describe('hatchMarkup', () => {
  it('hatchMarkup(prefix) is a pattern of diagonal lines with a unique id', () => {
    expect(hatchMarkup('m1')).toBe(
      '<pattern id="m1-hatch" class="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><path d="M0 0V6"/></pattern>',
    );
  });

  it('hatchMarkup(prefix, scale) shrinks it by the scale, so that its lines are a few pixels apart on screen', () => {
    expect(hatchMarkup('m1', 4)).toContain('patternTransform="scale(0.25) rotate(45)"');
  });
});

describe('countryMarkup and shapeMarkup', () => {
  it('landMarkup(d) is countries in no role as one country path, with no id or role to restyle', () => {
    expect(landMarkup('M0,0L1,0Z M5,5L6,5Z')).toBe('<path class="country" d="M0,0L1,0Z M5,5L6,5Z"/>');
  });

  it('countryMarkup(country) carries its id and, only when it has one, its role', () => {
    expect(countryMarkup({ id: '643', d: 'M0,0Z', role: 'founder' })).toBe('<path class="country" d="M0,0Z" data-id="643" data-role="founder"/>');
    expect(countryMarkup({ id: '4', d: 'M0,0Z', role: null })).toBe('<path class="country" d="M0,0Z" data-id="4"/>');
  });

  const shape = { id: 'claims:aksai', layer: 'claims', feature: 'aksai', class: 'indian-claim', d: 'M1,1Z' };
  it('shapeMarkup(area) is hatched with its map\'s pattern and names its layer, feature and class', () => {
    expect(shapeMarkup('area', shape, 'story')).toBe(
      '<path class="area" d="M1,1Z" fill="url(#story-hatch)" data-layer="claims" data-feature="aksai" data-class="indian-claim"/>',
    );
  });

  it('shapeMarkup(line that fades in) is marked for its fade and keeps its own dash: no pathLength', () => {
    expect(shapeMarkup('line', { ...shape, fade: true }, 'story')).toBe(
      '<path class="line" d="M1,1Z" data-layer="claims" data-feature="aksai" data-class="indian-claim" data-fade=""/>',
    );
    expect(shapeMarkup('line', shape, 'story')).not.toContain('data-fade');
    expect(shapeMarkup('line', shape, 'story')).not.toContain('fill=');
  });
});

const frame: Frame = {
  width: 400,
  height: 300,
  sphere: 'M0,0H400V300H0Z',
  countries: [{ id: '156', name: 'China', d: 'M1,1Z', role: 'founder' }],
  areas: [{ id: 'a:b', layer: 'a', feature: 'b', d: 'M2,2Z' }],
  lines: [{ id: 'l:m', layer: 'l', feature: 'm', d: 'M3,3Z' }],
  flows: [],
  markers: [{ id: '156', x: 10, y: 20, role: 'founder' }],
  labels: [{ id: '156', x: 14, y: 20, anchor: 'start', lines: ['China'] }],
  inset: null,
};

describe('geometryMarkup', () => {
  it('geometryMarkup(frame) draws the sea, then countries, areas and lines, each in its group', () => {
    const markup = geometryMarkup(frame, 'p');
    expect(markup).toMatch(/^<path class="sphere" d="M0,0H400V300H0Z"\/><g class="countries"><path class="country"[^>]*><\/g><g class="areas"><path class="area"[^>]*><\/g><g class="lines"><path class="line"[^>]*><\/g>$/);
  });
});

describe('mapSvg and frameSvg', () => {
  it('mapSvg(no size, no description) is the live map before it draws: hatching and its groups only', () => {
    const markup = mapSvg({ idPrefix: 'live', content: overlayMarkup(EMPTY_OVERLAY) });
    expect(markup).toMatch(/^<svg class="map" role="img"><defs><pattern id="live-hatch"/);
    expect(markup).not.toContain('viewBox');
    expect(markup).not.toContain('aria-label');
  });

  it('frameSvg(frame) is a whole map: its box, its name for screen readers, geometry under what keeps its size', () => {
    const markup = frameSvg(frame, { idPrefix: 'img', description: 'China & Russia', placement: { x: 0, y: 64 } });
    expect(markup).toContain('viewBox="0 0 400 300" x="0" y="64" width="400" height="300" role="img" aria-label="China &amp; Russia"');
    expect(markup.indexOf('<g class="lines">')).toBeLessThan(markup.indexOf('<g class="flows">'));
    expect(markup).toContain('<text class="label" x="14" y="20"');
  });
});

describe('staticGeometryMarkup and staticBandsMarkup', () => {
  const drawing: StaticDrawing = {
    ...frame,
    hatchScale: 2,
    bands: [
      { name: 'narrow', size: { width: 320, height: 240 }, transform: { k: 0.5, x: 10, y: 20 }, overlay: EMPTY_OVERLAY },
      { name: 'wide', size: { width: 960, height: 540 }, transform: { k: 1.5, x: 0, y: 0 }, overlay: frame },
    ],
  };
  const geometry = staticGeometryMarkup(drawing, 's1');
  const bands = staticBandsMarkup(drawing, { idPrefix: 's1', description: 'A map' });

  it('staticGeometryMarkup(drawing) holds the geometry once, hidden, with the hatching at the bands\' scale', () => {
    expect(geometry.match(/class="country"/g)).toHaveLength(1);
    expect(geometry).toMatch(/^<svg class="map-geometry" aria-hidden="true" focusable="false"><defs><pattern id="s1-hatch"[^>]*patternTransform="scale\(0.5\) rotate\(45\)"/);
    expect(geometry).toContain('<g id="s1-geometry" class="geometry"><path class="sphere"');
    expect(geometry).not.toContain('map-band');
  });

  it('staticBandsMarkup(drawing) places the geometry in each band by id, with a transform, and draws that band\'s own overlay', () => {
    expect(bands).not.toContain('class="country"');
    const each = bands.split('<svg class="map map-band"');
    expect(each[0]).toBe('');
    expect(each.slice(1)).toHaveLength(2);
    expect(each[1]).toMatch(/^ data-band="narrow" viewBox="0 0 320 240" role="img" aria-label="A map"><use href="#s1-geometry" transform="matrix\(0.5 0 0 0.5 10 20\)"\/>/);
    expect(each[1]).not.toContain('<pattern');
    expect(each[1]).not.toContain('class="label"');
    expect(each[2]).toContain('<text class="label"');
  });
});

describe('one renderer', () => {
  // The live map and the server's drawings parse or place this module's markup; none writes map elements itself.
  const writers = ['src/browser', 'src/components', 'src/data', 'src/islands', 'src/pages'];
  const files = writers.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|astro|svelte)$/.test(f))
      .map((f) => join(dir, f)),
  );
  it.each(files)('%s writes no map or key element of its own (path, circle, text, pattern, use) and creates no SVG element', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).not.toMatch(/<(path|circle|text|pattern|use)[\s>]|createElementNS/);
  });
});
