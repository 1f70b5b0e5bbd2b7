import { describe, expect, it } from 'vitest';
import { arabicCount, arabicPlural } from '../../src/lib/i18n/arabic-count';
import { ar } from '../../src/lib/i18n/ar';
import { searchMessages } from '../../src/lib/i18n/search';

describe('Arabic counted nouns', () => {
  it("take CLDR's Arabic plural category for every number from 1 to 2,000, as Intl.PluralRules gives it", () => {
    const rules = new Intl.PluralRules('ar');
    for (let n = 1; n <= 2000; n++) expect(arabicPlural(n), String(n)).toBe(rules.select(n));
  });

  it.each([
    [1, 'حدث واحد'],
    [2, 'حدثان'],
    [3, '3 أحداث'],
    [10, '10 أحداث'],
    [11, '11 حدثًا'],
    [43, '43 حدثًا'],
    [99, '99 حدثًا'],
    [100, '100 حدث'],
    [102, '102 حدث'],
    [103, '103 أحداث'],
    [111, '111 حدثًا'],
    [200, '200 حدث'],
    [1500, '1500 حدث'],
  ])('%i events: %s', (n, words) => {
    expect(ar.timeline.eventsValue(n)).toBe(words);
  });

  it.each([
    [1, 'وحدث آخر', 'اعرض حدثًا آخر (غير المعروضة: 1)'],
    [2, 'وحدثان آخران', 'اعرض حدثين آخرين (غير المعروضة: 2)'],
    [7, 'و7 أحداث أخرى', 'اعرض 7 أحداث أخرى (غير المعروضة: 7)'],
    [20, 'و20 حدثًا آخر', 'اعرض 20 حدثًا آخر (غير المعروضة: 20)'],
  ])('the interface counts %i more with a noun that agrees: %s; %s', (n, andMore, showMore) => {
    expect(ar.timeline.andMore(n)).toBe(andMore);
    expect(ar.panel.showMore(20, n)).toBe(showMore);
  });

  it('counts search results and the events a day or a focus holds in the same forms', () => {
    expect([0, 1, 2, 5, 12, 100].map(searchMessages.ar.count)).toEqual(['لا نتائج', 'نتيجة واحدة', 'نتيجتان', '5 نتائج', '12 نتيجة', '100 نتيجة']);
    expect(ar.announce.day('13 سبتمبر 2023', 2, 'فوستوتشني')).toBe('13 سبتمبر 2023: حدثان، في فوستوتشني');
    expect(ar.timeline.approximateValue(12)).toBe('12 حدثًا مؤرخًا بالشهر أو السنة فقط');
    expect(ar.timeline.eventsValue(105)).toBe('105 أحداث');
    expect(arabicCount(12, { one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالًا', other: 'مقال' })).toBe('12 مقالًا');
  });
});
