import { describe, expect, it } from 'vitest';
import { areaStanding, borderAreaSchema } from '../../src/lib/content/border-area-schema';

const area = { name: 'Crimea', status: 'occupied', held: 'Russia, since 2014', claimed: 'Ukraine', parties: ['643'], treatment: 'Drawn as part of Ukraine.', sources: ['s'] };

describe('borderAreaSchema', () => {
  it('borderAreaSchema(held and claimed that read after "held by" and "claimed by") accepts them', () => {
    expect(borderAreaSchema.safeParse(area).success).toBe(true);
    expect(borderAreaSchema.safeParse({ ...area, held: 'Israel, which has occupied the West Bank since 1967' }).success).toBe(true);
  });

  it.each([
    ['held', 'disputed between China and Bhutan'],
    ['held', 'in March 2021, ethnic Armenian forces held part of it'],
    ['held', 'Israel has occupied the West Bank since 1967'],
    ['claimed', 'India and Pakistan each claim all of it'],
    ['held', 'Morocco, most of it; the rest by the Polisario Front'],
  ])('borderAreaSchema(%s: "%s") is rejected, saying how the field reads', (field, text) => {
    const result = borderAreaSchema.safeParse({ ...area, [field]: text });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([field]);
    expect(result.error?.issues[0].message).toContain(`reads after "${field} by"`);
  });

  it('borderAreaSchema(neither held nor claimed) is rejected', () => {
    const result = borderAreaSchema.safeParse({ ...area, held: undefined, claimed: undefined });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain('`held`');
  });
});

describe('areaStanding', () => {
  it('areaStanding(area) says who holds it, then who claims it', () => {
    expect(areaStanding({ held: 'Russia, since 2014', claimed: 'Ukraine' })).toBe('held by Russia, since 2014; claimed by Ukraine');
  });

  it('areaStanding(area held in dispute) says only who claims it', () => {
    expect(areaStanding({ claimed: 'China and Bhutan, each as its own' })).toBe('claimed by China and Bhutan, each as its own');
  });

  it('areaStanding(area no one else claims) says only who holds it', () => {
    expect(areaStanding({ held: 'the United Kingdom' })).toBe('held by the United Kingdom');
  });
});
