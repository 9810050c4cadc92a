import { describe, expect, it } from 'vitest';
import { legendKey, shownEntries } from '../../src/lib/legend';

describe('legendKey', () => {
  it('legendKey(entry) names a role entry by its role and a style entry by its style', () => {
    expect(legendKey({ role: 'founder' })).toBe('role:founder');
    expect(legendKey({ style: 'line:claims:indian-claim' })).toBe('style:line:claims:indian-claim');
  });
});

describe('shownEntries', () => {
  it('shownEntries(keys) holds the key of every entry for what the map shows, and no other', () => {
    const shown = shownEntries({ roles: ['founder', 'partner'], styles: ['flow:energy'] });
    expect([...shown].sort()).toEqual(['role:founder', 'role:partner', 'style:flow:energy']);
    expect(shown.has(legendKey({ role: 'founder' }))).toBe(true);
    expect(shown.has(legendKey({ role: 'listed' }))).toBe(false);
    expect(shown.has(legendKey({ style: 'flow:sanctions' }))).toBe(false);
  });
});
