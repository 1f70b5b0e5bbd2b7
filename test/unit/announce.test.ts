/**
 * What the live region says (src/lib/state/announce.ts), on the tiny story, in both
 * languages: one behaviour per row.
 */
import { describe, expect, it } from 'vitest';
import { announcement, dayText } from '../../src/lib/state/announce';
import { indexStory, select, type Focus } from '../../src/lib/state/selection';
import { ar } from '../../src/lib/i18n/ar';
import { en } from '../../src/lib/i18n/en';
import type { Lang } from '../../src/lib/story/types';
import { tinyStory } from './fixtures';

const index = indexStory(tinyStory());
const T = { en, ar };
const venue = (id: string): Focus => ({ kind: 'venue', id });
const person = (id: string): Focus => ({ kind: 'person', id });

describe('announcement', () => {
  it.each([
    ['a new day says the day, its count and its places', 'en', ['2023-07-27', null], ['2023-09-13', null], false, '13 September 2023: 4 events, at Airfield'],
    ['… in Arabic', 'ar', ['2023-07-27', null], ['2023-09-13', null], false, '13 سبتمبر 2023: 4 أحداث، في المطار'],
    ['one event, one place', 'en', ['2023-09-13', null], ['2023-09-14', null], false, '14 September 2023: 1 event, at Harbour'],
    ['… in Arabic', 'ar', ['2023-09-13', null], ['2023-09-14', null], false, '14 سبتمبر 2023: حدث واحد، في الميناء'],
    [
      'a day covered only by a month-precision event never says "no event"',
      'en',
      ['2023-09-13', null],
      ['2023-09-20', null],
      false,
      '20 September 2023: 1 event dated only to its month or year',
    ],
    ['… in Arabic', 'ar', ['2023-09-13', null], ['2023-09-20', null], false, '20 سبتمبر 2023: حدث واحد مؤرخ بالشهر أو السنة فقط'],
    ['a day with nothing says so', 'en', ['2023-09-13', null], ['2023-08-15', null], false, '15 August 2023: no event in the articles'],
    ['… in Arabic', 'ar', ['2023-09-13', null], ['2023-08-15', null], false, '15 أغسطس 2023: لا حدث في المقالات'],
    ['a new focus on the same day says the focus', 'en', ['2023-09-13', null], ['2023-09-13', person('leader-a')], false, 'Events with Ana Leader: 9 events'],
    ['… in Arabic', 'ar', ['2023-09-13', null], ['2023-09-13', person('leader-a')], false, 'أحداث حضرها آنا القائدة: 9 أحداث'],
    ['a venue focus', 'en', ['2023-09-14', null], ['2023-09-14', venue('harbour')], false, 'Events at Harbour: 2 events'],
    ['… in Arabic (two: the dual)', 'ar', ['2023-09-14', null], ['2023-09-14', venue('harbour')], false, 'الأحداث في الميناء: حدثان'],
    ['a cleared focus', 'en', ['2023-09-14', venue('harbour')], ['2023-09-14', null], false, 'All events shown again'],
    [
      'a new focus that moved the day says both',
      'en',
      ['2023-09-14', null],
      ['2023-07-27', venue('capital')],
      false,
      'Events at Capital: 6 events. 27 July 2023: 1 event, at Capital',
    ],
    ['nothing new says nothing', 'en', ['2023-09-13', null], ['2023-09-13', null], false, null],
    ['a new day while the slider has the keyboard is left to its value text', 'en', ['2023-07-27', null], ['2023-09-13', null], true, null],
    ['… but a new focus is still said', 'en', ['2023-09-13', null], ['2023-09-13', person('leader-a')], true, 'Events with Ana Leader: 9 events'],
  ] as const)('%s (%s)', (_name, lang, [fromDay, fromFocus], [day, focus], onSlider, expected) => {
    const s = select(index, day, focus);
    expect(announcement({ day: fromDay, focus: fromFocus }, s, index, lang as Lang, T[lang], { sliderHasFocus: onSlider })).toBe(expected);
  });

  it.each(['en', 'ar'] as const)('says nothing for a tour step, which the tour says itself, new day and focus alike (%s)', (lang) => {
    const s = select(index, '2023-07-27', venue('capital'));
    expect(announcement({ day: '2023-09-14', focus: null }, s, index, lang, T[lang], { tourSpeaks: true })).toBeNull();
    expect(announcement({ day: '2023-09-14', focus: null }, s, index, lang, T[lang], { tourSpeaks: false })).not.toBeNull();
  });
});

describe('dayText', () => {
  it('names each place of the day once, in the reading language', () => {
    expect(dayText(index, select(index, '2024-06-18', null), 'en', en)).toMatch(/^18 June 2024: 3 events, at /);
  });
});
