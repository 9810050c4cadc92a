import { describe, expect, it } from 'vitest';
import { moonInset } from '../../src/lib/moon-inset';
import { flowMarkup, insetMarkup, labelMarkup, markerMarkup, overlayMarkup } from '../../src/lib/overlay-markup';
import { markerRadius } from '../../src/lib/render-frame';

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
    expect(markup).toContain(`<path class="moon-disc" d="${drawn.disc}"/>`);
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

  it('overlayMarkup(no inset) draws none', () => {
    expect(overlayMarkup({ flows: [], markers: [], labels: [], inset: null })).not.toContain('moon-inset');
  });
});
