import { describe, expect, it } from 'vitest';
import {
  ampSizeMessage,
  childIdFrom,
  FRAMES_INIT,
  HEIGHT_RANGE,
  heightMessages,
  isHeightRequest,
  MAX_MESSAGE_LENGTH,
  parseHeight,
  parsePym,
  pymMessage,
  stepMessage,
} from '../../src/lib/embed/embed-protocol';

describe('pymMessage', () => {
  it('pymMessage(id, type, value) is the pym.js wire format', () => {
    expect(pymMessage('map-1', 'height', 640)).toBe('pymxPYMxmap-1xPYMxheightxPYMx640');
  });
});

describe('parsePym', () => {
  it('parsePym(pym string) gives its id, type and value', () => {
    expect(parsePym('pymxPYMxmap-1xPYMxwidthxPYMx375')).toEqual({ id: 'map-1', type: 'width', value: '375' });
  });

  it('parsePym(pymMessage(…)) round-trips', () => {
    expect(parsePym(pymMessage('a', 'height', '12'))).toEqual({ id: 'a', type: 'height', value: '12' });
  });

  it('parsePym(oversized string) is null, unread', () => {
    expect(parsePym(pymMessage('a'.repeat(MAX_MESSAGE_LENGTH), 'height', 500))).toBeNull();
    expect(parsePym(`pymxPYMxaxPYMxheightxPYMx${'1'.repeat(MAX_MESSAGE_LENGTH)}`)).toBeNull();
  });

  it('parsePym(anything else) is null', () => {
    for (const data of [null, 42, {}, 'hello', 'pymxPYMxa', 'xxxxPYMxaxPYMxheightxPYMx1', 'pymxPYMxaxPYMxxPYMx1', 'pymxPYMxaxPYMxheightxPYMx1xPYMx2']) {
      expect(parsePym(data)).toBeNull();
    }
  });
});

describe('ampSizeMessage', () => {
  it('ampSizeMessage(height) is the object amp-iframe and @newswire/frames read', () => {
    expect(ampSizeMessage(480)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 480 });
  });
});

describe('childIdFrom', () => {
  it('childIdFrom(pym query string) is the childId parameter', () => {
    expect(childIdFrom('?initialWidth=375&childId=graphic-1&parentTitle=News&parentUrl=https%3A%2F%2Fexample.org%2F')).toBe('graphic-1');
  });

  it('childIdFrom(query without childId, or with an empty one) is null', () => {
    expect(childIdFrom('')).toBeNull();
    expect(childIdFrom('?initialWidth=375')).toBeNull();
    expect(childIdFrom('?childId=')).toBeNull();
  });

  it('childIdFrom(childId holding the pym delimiter) is null: no parent could match it', () => {
    expect(childIdFrom('?childId=axPYMxb')).toBeNull();
  });

  it('childIdFrom(hostile childId) is that text, only ever sent back in messages', () => {
    const hostile = '"><img src=x onerror=alert(1)>';
    const id = childIdFrom(`?childId=${encodeURIComponent(hostile)}`);
    expect(id).toBe(hostile);
    expect(parsePym(heightMessages(500, id)[0])).toEqual({ id: hostile, type: 'height', value: '500' });
  });

  it('childIdFrom(oversized childId) is null, so every message sent stays under MAX_MESSAGE_LENGTH', () => {
    expect(childIdFrom(`?childId=${'a'.repeat(MAX_MESSAGE_LENGTH / 4 + 1)}`)).toBeNull();
    const longest = childIdFrom(`?childId=${'a'.repeat(MAX_MESSAGE_LENGTH / 4)}`);
    expect(parsePym(pymMessage(longest ?? '', 'height', 10_000))).not.toBeNull();
  });
});

describe('heightMessages', () => {
  it('heightMessages(height, childId) is the pym string and the AMP object', () => {
    expect(heightMessages(640, 'map-1')).toEqual(['pymxPYMxmap-1xPYMxheightxPYMx640', { sentinel: 'amp', type: 'embed-size', height: 640 }]);
  });

  it('heightMessages(height, null) is the AMP object only', () => {
    expect(heightMessages(640, null)).toEqual([{ sentinel: 'amp', type: 'embed-size', height: 640 }]);
  });
});

describe('isHeightRequest', () => {
  it("isHeightRequest(frames-init, …) is true with or without a child id", () => {
    expect(isHeightRequest(FRAMES_INIT, null)).toBe(true);
    expect(isHeightRequest({ sentinel: 'amp', type: 'frames-init' }, 'map-1')).toBe(true);
  });

  it("isHeightRequest(pym width for this child, childId) is true", () => {
    expect(isHeightRequest('pymxPYMxmap-1xPYMxwidthxPYMx700', 'map-1')).toBe(true);
  });

  it('isHeightRequest(pym width for another child, or without a child id) is false', () => {
    expect(isHeightRequest('pymxPYMxmap-2xPYMxwidthxPYMx700', 'map-1')).toBe(false);
    expect(isHeightRequest('pymxPYMxmap-1xPYMxwidthxPYMx700', null)).toBe(false);
  });

  it('isHeightRequest(oversized or hostile messages) is false', () => {
    expect(isHeightRequest(`pymxPYMxmap-1xPYMxwidthxPYMx${'7'.repeat(MAX_MESSAGE_LENGTH)}`, 'map-1')).toBe(false);
    expect(isHeightRequest({ sentinel: 'amp', type: 'frames-init ' }, 'map-1')).toBe(false);
    expect(isHeightRequest(['amp', 'frames-init'], 'map-1')).toBe(false);
  });

  it('isHeightRequest(other messages) is false', () => {
    for (const data of [{ sentinel: 'amp', type: 'embed-size', height: 5 }, { type: 'frames-init' }, 'pymxPYMxmap-1xPYMxheightxPYMx700', null, 3]) {
      expect(isHeightRequest(data, 'map-1')).toBe(false);
    }
  });
});

describe('parseHeight', () => {
  it('parseHeight(pym height string of any child) is the height', () => {
    expect(parseHeight('pymxPYMxmap-1xPYMxheightxPYMx640')).toBe(640);
    expect(parseHeight('pymxPYMxotherxPYMxheightxPYMx641')).toBe(641);
  });

  it('parseHeight(AMP embed-size) is the height, as a number or numeric text', () => {
    expect(parseHeight({ sentinel: 'amp', type: 'embed-size', height: 500 })).toBe(500);
    expect(parseHeight({ sentinel: 'amp', type: 'embed-size', height: '500' })).toBe(500);
  });

  it('parseHeight(fractional height) rounds up, so the content is never cut', () => {
    expect(parseHeight({ sentinel: 'amp', type: 'embed-size', height: 500.2 })).toBe(501);
    expect(parseHeight('pymxPYMxaxPYMxheightxPYMx500.5')).toBe(501);
  });

  it('parseHeight(height at the ends of HEIGHT_RANGE) accepts them', () => {
    expect(parseHeight(ampSizeMessage(HEIGHT_RANGE.min))).toBe(HEIGHT_RANGE.min);
    expect(parseHeight(ampSizeMessage(HEIGHT_RANGE.max))).toBe(HEIGHT_RANGE.max);
  });

  it('parseHeight(insane height) is null: out of range, not finite, not a number', () => {
    for (const height of [HEIGHT_RANGE.min - 1, HEIGHT_RANGE.max + 1, -400, 0, Number.NaN, Number.POSITIVE_INFINITY, '1e9', 'auto', '', '12; drop', null, undefined, {}]) {
      expect(parseHeight({ sentinel: 'amp', type: 'embed-size', height })).toBeNull();
    }
    for (const value of ['20', '99999', 'NaN', 'Infinity', '-300', '300px; color: red']) {
      expect(parseHeight(`pymxPYMxaxPYMxheightxPYMx${value}`)).toBeNull();
    }
  });

  it('parseHeight(hostile or malformed messages) is null: oversized, markup, CSS, unicode digits, objects, arrays', () => {
    const hostile = [
      `pymxPYMx${'a'.repeat(MAX_MESSAGE_LENGTH)}xPYMxheightxPYMx500`,
      'x'.repeat(1_000_000),
      'pymxPYMxaxPYMxheightxPYMx<img src=x onerror=alert(1)>',
      'pymxPYMxaxPYMxheightxPYMx500; background:url(x)',
      'pymxPYMxaxPYMxheightxPYMx50%',
      'pymxPYMxaxPYMxheightxPYMx５００',
      'pymxPYMxaxPYMxheightxPYMx0x1F4',
      'pymxPYMxaxPYMxheightxPYMx5e2',
      ['pym', 'a', 'height', '500'],
      { sentinel: 'amp', type: 'embed-size', height: [500] },
      { sentinel: 'amp', type: 'embed-size', height: { valueOf: () => 500 } },
      { sentinel: 'amp', type: 'embed-size', height: '1'.repeat(400) },
      { sentinel: 'amp', type: 'embed-size', height: -500 },
      { sentinel: 'amp', type: 'embed-size', height: 1e9 },
      { sentinel: 'amp', type: 'embed-size', height: Number.NaN },
      { sentinel: 'amp', type: 'embed-size' },
      { sentinel: 'AMP', type: 'embed-size', height: 500 },
      { type: 'embed-size', height: 500 },
    ];
    for (const data of hostile) expect(parseHeight(data), JSON.stringify(data)?.slice(0, 80)).toBeNull();
  });

  it('parseHeight(other messages) is null', () => {
    for (const data of [FRAMES_INIT, { sentinel: 'other', type: 'embed-size', height: 300 }, 'pymxPYMxaxPYMxwidthxPYMx300', '300', 300, null]) {
      expect(parseHeight(data)).toBeNull();
    }
  });
});

describe('stepMessage', () => {
  it('stepMessage(step, index) is the documented object a host can listen for', () => {
    expect(stepMessage('nato-report', 2)).toEqual({ sentinel: 'china-russia', type: 'step', step: 'nato-report', index: 2 });
  });
});
