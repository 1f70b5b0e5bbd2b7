import { describe, expect, it } from 'vitest';
import { formatDay, formatDayOfMonth, formatDayWithWeekday, formatEventDate, formatMonth, formatShortMonth, formatYear } from '../../src/lib/i18n';
import type { Lang } from '../../src/lib/story/types';
import { addDays, type IsoDay } from '../../src/lib/time/days';

// The app writes dates from its own tables; these are the forms it promises: Intl's, for the
// locales the app used to hand to Intl, checked day by day.
const LOCALE: Record<Lang, string> = { ar: 'ar-u-nu-latn', en: 'en-GB' };
const intl = (lang: Lang, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', ...options });
const date = (day: IsoDay) => new Date(`${day}T00:00:00Z`);

function days(first: IsoDay, last: IsoDay): IsoDay[] {
  const out: IsoDay[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

describe.each(['ar', 'en'] as const)('dates in %s are written as Intl writes them', (lang) => {
  const dayFormat = intl(lang, { day: 'numeric', month: 'long', year: 'numeric' });
  const forms = [
    ['day', formatDay, dayFormat],
    ['day with weekday', formatDayWithWeekday, intl(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })],
    ['month', formatMonth, intl(lang, { month: 'long', year: 'numeric' })],
    ['short month', formatShortMonth, intl(lang, { month: 'short' })],
    ['year', formatYear, intl(lang, { year: 'numeric' })],
    ['day of month', formatDayOfMonth, intl(lang, { day: 'numeric' })],
  ] as const;

  it.each(forms)('%s, every day from 1900 to 2100', (_, ours, theirs) => {
    const wrong = days('1900-01-01', '2100-12-31')
      .map((day) => ({ day, ours: ours(day, lang), intl: theirs.format(date(day)) }))
      .filter((d) => d.ours !== d.intl);
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('an event over several days, within a month, across months and across years', () => {
    const wrong = days('2022-01-01', '2025-12-31')
      .flatMap((first) => [1, 2, 16, 31, 45, 200, 400].map((n) => [first, addDays(first, n)] as const))
      .map(([first, last]) => ({
        first,
        last,
        ours: formatEventDate({ first_day: first, last_day: last, precision: 'day' }, lang),
        intl: dayFormat.formatRange(date(first), date(last)),
      }))
      .filter((d) => d.ours !== d.intl);
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('a month- or year-dated event over a span', () => {
    const month = intl(lang, { month: 'long', year: 'numeric' });
    expect(formatEventDate({ first_day: '2023-07-01', last_day: '2023-07-31', precision: 'month' }, lang)).toBe(month.format(date('2023-07-01')));
    expect(formatEventDate({ first_day: '2023-11-01', last_day: '2024-02-29', precision: 'month' }, lang)).toBe(
      `${month.format(date('2023-11-01'))} – ${month.format(date('2024-02-29'))}`,
    );
    expect(formatEventDate({ first_day: '2019-01-01', last_day: '2024-12-31', precision: 'year' }, lang)).toBe('2019 – 2024');
  });
});
