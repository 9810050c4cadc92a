import { describe, expect, it } from 'vitest';
import { legendMarkup } from '../../src/lib/render/legend-markup';

const step = { step: 'energy-ties', asOf: '2021-03-26', since: false, key: [] };

describe('legendMarkup', () => {
  it('legendMarkup(step with nothing to list) is an empty legend for that step', () => {
    expect(legendMarkup(step, false)).toBe('<div class="map-key-step" data-step="energy-ties"></div>');
  });

  it('legendMarkup(step, shown) marks the legend its key shows', () => {
    expect(legendMarkup(step, true)).toBe('<div class="map-key-step" data-step="energy-ties" data-shown=""></div>');
  });

  it('legendMarkup(role entry) shows the role\'s fill beside its words, escaped', () => {
    const markup = legendMarkup({ ...step, key: [{ key: 'role:founder', role: 'founder', label: 'Founders: China & Russia' }] }, true);
    expect(markup).toContain(
      '<li data-key="role:founder"><span class="swatch" data-role="founder" aria-hidden="true"></span><span>Founders: China &amp; Russia</span></li>',
    );
  });

  it('legendMarkup(style entry) shows the style\'s area and line', () => {
    const markup = legendMarkup({ ...step, key: [{ key: 'style:line:lac', style: 'line:lac', label: 'Line of Actual Control' }] }, true);
    expect(markup).toContain('<svg class="swatch-line" data-style="line:lac" viewBox="0 0 24 12" aria-hidden="true">');
  });

  it('legendMarkup(sized entry) draws each reference width at the map\'s scale with its value, then the unit', () => {
    const markup = legendMarkup(
      { ...step, key: [{ key: 'style:flow:energy', style: 'flow:energy', label: 'Energy', sizes: [{ value: 10, width: 2 }, { value: 80, width: 14.5 }], unit: 'Mtoe' }] },
      true,
    );
    expect(markup).toContain('<span class="key-size-sample"><svg class="key-size" width="24" height="6" aria-hidden="true"><path class="key-size-stroke" d="M0 3H24" stroke-width="2"/></svg> 10</span>');
    expect(markup).toContain('height="19"');
    expect(markup).toMatch(/ 80<\/span> Mtoe<\/span><\/span><\/li>/);
  });

  it('legendMarkup(a later day than the story\'s) says "Since then" and the day, first', () => {
    const markup = legendMarkup({ ...step, asOf: '2021-03-22', since: true, key: [{ key: 'role:subject', role: 'subject', label: 'Sanctioned' }] }, true);
    expect(markup).toMatch(/^<div[^>]*><ul class="legend"><li class="map-since"><strong>Since then:<\/strong>&nbsp;as of 22 March 2021<\/li><li data-key/);
  });
});
