import { describe, expect, it } from 'vitest';
import { stepSources } from '../../src/lib/content/step-sources';

describe('stepSources', () => {
  it('stepSources(step) lists the map\'s sources, then the "Since then" updates\', each once', () => {
    const since = [
      { date: '2022-02-22', text: 'Certification suspended.', sources: ['efe', 'gazprom'] },
      { date: '2022-09-26', text: 'Explosions.', sources: ['independent', 'gazprom'] },
    ];
    expect(stepSources({ sources: ['gazprom', 'reed-smith'], since })).toEqual(['gazprom', 'reed-smith', 'efe', 'independent']);
  });

  it('stepSources(step with "Since then" updates only) lists theirs', () => {
    expect(stepSources({ sources: [], since: [{ date: '2021-03-22', text: 'Sanctions.', sources: ['scmp'] }] })).toEqual(['scmp']);
  });
});
