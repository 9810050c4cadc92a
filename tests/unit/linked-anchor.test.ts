/** The anchor a link names, read one way by the head script and the step observer. */
import { describe, expect, it } from 'vitest';
import { linkedAnchor } from '../../src/lib/state/linked-anchor';

describe('linkedAnchor', () => {
  it('is the fragment without its #, decoded', () => {
    expect(linkedAnchor('#nato-jisd-unit')).toBe('nato-jisd-unit');
    expect(linkedAnchor('#caf%C3%A9')).toBe('café');
    expect(linkedAnchor('')).toBe('');
  });

  it('is the fragment as written where it is not percent-encoded text', () => {
    expect(linkedAnchor('#50%-off')).toBe('50%-off');
  });
});
