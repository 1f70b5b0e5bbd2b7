import { describe, expect, it } from 'vitest';
import { decodeUrl, encodeUrl } from '../../src/lib/state/url';

const known = {
  venues: new Set(['pyongyang', 'vostochny']),
  people: new Set(['kim-jong-un']),
  span: { first: '2000-01-01', last: '2024-12-31' },
};

describe('decodeUrl', () => {
  it('reads every parameter', () => {
    expect(decodeUrl('?date=2023-09-13&venue=vostochny&lang=en', known)).toEqual({
      intent: { date: '2023-09-13', venue: 'vostochny', lang: 'en' },
      warnings: [],
    });
  });

  it.each([
    ['?date=2023-02-30', 'date'],
    ['?date=13-09-2023', 'date'],
    ['?date=1999-01-01', 'date'],
    ['?venue=atlantis', 'venue'],
    ['?person=KIM-JONG-UN', 'person'],
    ['?lang=fr', 'lang'],
    [`?venue=${'x'.repeat(5000)}`, 'venue'],
  ])('ignores %s with a warning', (search, key) => {
    const { intent, warnings } = decodeUrl(search, known);
    expect(intent).toEqual({});
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`Ignoring URL parameter ${key}=`);
  });

  it('keeps the good parameters when one is bad', () => {
    expect(decodeUrl('?date=nope&lang=ar', known).intent).toEqual({ lang: 'ar' });
  });

  it('leaves unknown parameters alone without warning', () => {
    expect(decodeUrl('?childId=x&utm=1', known)).toEqual({ intent: {}, warnings: [] });
  });

  it('prefers person when both a venue and a person are given', () => {
    const { intent, warnings } = decodeUrl('?venue=pyongyang&person=kim-jong-un', known);
    expect(intent).toEqual({ person: 'kim-jong-un' });
    expect(warnings[0]).toContain('both venue and person');
  });

  it('uses the last of repeated values', () => {
    expect(decodeUrl('?lang=ar&lang=en', known).intent).toEqual({ lang: 'en' });
  });
});

describe('encodeUrl', () => {
  it('round-trips through decodeUrl', () => {
    const intent = { date: '2023-09-13', person: 'kim-jong-un', lang: 'ar' as const };
    expect(decodeUrl(encodeUrl('', intent), known).intent).toEqual(intent);
  });

  it('keeps parameters that are not ours', () => {
    expect(encodeUrl('?childId=atlas&date=2000-01-01', { date: '2023-09-13' })).toBe('?childId=atlas&date=2023-09-13');
  });

  it('keeps foreign parameters byte for byte', () => {
    expect(encodeUrl('?embed&q=a%20b&x=%E0%A4', { lang: 'ar' })).toBe('?embed&q=a%20b&x=%E0%A4&lang=ar');
  });

  it('replaces our parameters however they were escaped', () => {
    expect(encodeUrl('?%64ate=2000-01-01&childId=c', { date: '2023-09-13' })).toBe('?childId=c&date=2023-09-13');
  });

  it('removes a cleared focus', () => {
    expect(encodeUrl('?venue=pyongyang&date=2023-09-13', { date: '2023-09-13' })).toBe('?date=2023-09-13');
  });
});
