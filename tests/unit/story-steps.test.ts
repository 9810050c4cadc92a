/** The story's islands read its steps from the page's step sections. */
import { describe, expect, it } from 'vitest';
import { storySteps } from '../../src/lib/state/story-steps';

describe('storySteps', () => {
  it('reads each section\'s anchor and scene, in order', () => {
    const sections = [
      { id: 'ilrs-agreement', dataset: { step: 'ilrs-agreement', scene: 'lunar-partners' } },
      { id: 'nato-report', dataset: { step: 'nato-report', scene: 'world' } },
    ];
    expect(storySteps(sections)).toEqual([
      { anchor: 'ilrs-agreement', scene: 'lunar-partners' },
      { anchor: 'nato-report', scene: 'world' },
    ]);
  });

  it('names the section that lacks its anchor or scene', () => {
    expect(() => storySteps([{ id: 'a', dataset: { scene: 'world' } }, { id: '', dataset: { scene: 'world' } }])).toThrow('step section 2 has no id');
    expect(() => storySteps([{ id: 'myanmar', dataset: {} }])).toThrow('step section "myanmar" has no data-scene');
  });

  it('says so when the page has no steps', () => {
    expect(() => storySteps([])).toThrow('no step sections');
  });
});
